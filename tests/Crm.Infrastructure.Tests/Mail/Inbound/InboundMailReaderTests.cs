using System.Text;
using Crm.Infrastructure.Mail.Inbound;
using MimeKit;

namespace Crm.Infrastructure.Tests.Mail.Inbound;

public sealed class InboundMailReaderTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly MailSamples _samples = new();

    [Fact]
    public async Task ReadAsync_PlainTextMail_ReadsHeadersAndText()
    {
        var path = _samples.Write(MailSamples.Plain("Re: [#10234] 打印机无法连接", "还是连不上。", "abc@customer.test"));

        await using var mail = await ReadAsync(path);

        Assert.Equal(
            ("abc@customer.test", "wang.fang@customer.test", "王芳"), (mail.Key, mail.From.Address, mail.From.Name));
        Assert.Equal((10234, "还是连不上。", false), (mail.TicketNumber, mail.FullText, mail.TextFromHtml));
        Assert.Equal(new DateTime(2026, 3, 2, 9, 30, 0, DateTimeKind.Utc), mail.SentAt);
    }

    [Fact]
    public async Task ReadAsync_ReplyHeaders_KeepsInReplyToAndReferencesWithoutBrackets()
    {
        var message = MailSamples.Plain("Re: 报价", "好的");
        message.InReplyTo = "second@crm.test";
        message.References.AddRange(["first@crm.test", "second@crm.test"]);

        await using var mail = await ReadAsync(_samples.Write(message));

        Assert.Equal("second@crm.test", mail.InReplyTo);
        Assert.Equal(["first@crm.test", "second@crm.test"], mail.References);
    }

    [Fact]
    public async Task ReadAsync_HtmlOnly_TurnsTheHtmlIntoReadableText()
    {
        var message = MailSamples.Plain("Hello", "");
        message.Body = new TextPart("html")
        {
            Text = "<html><head><style>p{color:red}</style></head><body><p>Dear team,</p>"
                + "<p>the export fails &amp; shows <b>error 42</b>.<br>Thanks</p>"
                + "<script>alert(1)</script></body></html>",
        };

        await using var mail = await ReadAsync(_samples.Write(message));

        Assert.Equal("Dear team,\n\nthe export fails & shows error 42.\nThanks", mail.FullText);
        Assert.True(mail.TextFromHtml);
    }

    [Fact]
    public async Task ReadAsync_MultipartWithAttachments_DecodesEachIntoAFile()
    {
        var message = MailSamples.Plain("Log", "");
        var log = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("2026-03-02 ERROR 连接超时\n", 2000)));
        var body = new BodyBuilder { TextBody = "See the log.", HtmlBody = "<p>See the log.</p>" };
        body.Attachments.Add("server log.txt", log, new ContentType("text", "plain"));
        body.Attachments.Add("截图.png", [0x89, 0x50, 0x4E, 0x47, 1, 2, 3], new ContentType("image", "png"));
        message.Body = body.ToMessageBody();

        await using var mail = await ReadAsync(_samples.Write(message));

        Assert.Equal([("server log.txt", "text/plain", log.LongLength), ("截图.png", "image/png", 7L)],
            mail.Attachments.Select(a => (a.FileName, a.ContentType, a.Size)));
        Assert.Equal(log, await ReadAllAsync(mail.Attachments[0]));
        Assert.Equal("See the log.", mail.FullText);
    }

    [Fact]
    public async Task DisposeAsync_MailWithAttachment_DeletesTheDecodedFiles()
    {
        var message = MailSamples.Plain("Log", "");
        var body = new BodyBuilder { TextBody = "See the log." };
        body.Attachments.Add("a.bin", [1, 2, 3], new ContentType("application", "octet-stream"));
        message.Body = body.ToMessageBody();
        var mail = await ReadAsync(_samples.Write(message));
        var attachment = mail.Attachments[0];

        await mail.DisposeAsync();

        Assert.Throws<DirectoryNotFoundException>(() => attachment.OpenRead());
    }

    [Fact]
    public async Task ReadAsync_AttachmentNameWithFolders_KeepsOnlyTheFileName()
    {
        var message = MailSamples.Plain("Log", "");
        var body = new BodyBuilder { TextBody = "x" };
        body.Attachments.Add(@"..\..\boot.ini", [1], new ContentType("application", "octet-stream"));
        message.Body = body.ToMessageBody();

        await using var mail = await ReadAsync(_samples.Write(message));

        Assert.Equal("boot.ini", Assert.Single(mail.Attachments).FileName);
    }

    [Fact]
    public async Task ReadAsync_Utf8EncodedWordSubject_DecodesTheChinese()
    {
        var subject = MailSamples.Base64Word("回复：[#10235] 发票抬头错误", Encoding.UTF8, "UTF-8");
        var path = _samples.WriteRaw(
            $"From: a@customer.test\nSubject: {subject}\nMessage-Id: <u1@customer.test>\n"
                + "Content-Type: text/plain; charset=utf-8",
            Encoding.UTF8.GetBytes("请改为上海分公司。"));

        await using var mail = await ReadAsync(path);

        Assert.Equal(("回复：[#10235] 发票抬头错误", 10235), (mail.Subject, mail.TicketNumber));
    }

    [Fact]
    public async Task ReadAsync_Gb2312Mail_DecodesSubjectAndBodyIncludingGbkCharacters()
    {
        // 镕 is in GBK but not in GB2312; clients still label such text gb2312.
        var subject = MailSamples.Base64Word("关于朱镕基路店的订单", MailSamples.Gbk, "GB2312");
        var path = _samples.WriteRaw(
            $"From: =?GB2312?B?{Convert.ToBase64String(MailSamples.Gbk.GetBytes("李雷"))}?= <li.lei@customer.test>\n"
                + $"Subject: {subject}\nContent-Type: text/plain; charset=\"gb2312\"\nContent-Transfer-Encoding: 8bit",
            MailSamples.Gbk.GetBytes("您好，朱镕基路店的订单还没有到。"));

        await using var mail = await ReadAsync(path);

        Assert.Equal(("关于朱镕基路店的订单", "李雷"), (mail.Subject, mail.From.Name));
        Assert.Equal("您好，朱镕基路店的订单还没有到。", mail.FullText);
    }

    [Fact]
    public async Task ReadAsync_GbkWithoutCharsetAndRawHeader_DecodesAsGb18030()
    {
        var headers = Encoding.Latin1.GetString(MailSamples.Gbk.GetBytes("Subject: 退货申请"));
        var path = Path.Combine(_samples.Folder, "raw.eml");
        await File.WriteAllBytesAsync(path, [
            .. Encoding.ASCII.GetBytes("From: c@customer.test\r\n"), .. Encoding.Latin1.GetBytes(headers),
            .. Encoding.ASCII.GetBytes("\r\nContent-Type: text/plain\r\n\r\n"),
            .. MailSamples.Gbk.GetBytes("货物破损，申请退货。"),
        ], Ct);

        await using var mail = await ReadAsync(path);

        Assert.Equal(("退货申请", "货物破损，申请退货。"), (mail.Subject, mail.FullText));
    }

    [Fact]
    public async Task ReadAsync_ReplyWithChineseQuote_KeepsFullTextAndCutsReplyText()
    {
        var text = "已经重启，问题解决了。\n\n在 2026年3月2日 周一 09:00，支持团队 <support@crm.test> 写道：\n> 请重启路由器。";

        await using var mail = await ReadAsync(_samples.Write(MailSamples.Plain("Re: [#1]", text)));

        Assert.Equal("已经重启，问题解决了。", mail.ReplyText);
        Assert.Equal(text, mail.FullText);
    }

    [Fact]
    public async Task ReadAsync_NoMessageId_KeysTheMailByItsContentDigest()
    {
        var path = _samples.WriteRaw("From: a@customer.test\nSubject: hi", Encoding.ASCII.GetBytes("hello"));

        await using var mail = await ReadAsync(path);

        Assert.Null(mail.MessageId);
        Assert.StartsWith("sha256:", mail.Key, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_NoFromAddress_IsMalformedSayingSo()
    {
        var path = _samples.WriteRaw("Subject: hi\nMessage-Id: <x@y>", Encoding.ASCII.GetBytes("hello"));

        var error = await Assert.ThrowsAsync<MalformedMailException>(() => ReadAsync(path));

        Assert.Contains("no sender", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hello, this is a note and not a mail.\nSecond line.")]
    [InlineData("\u0000\u0001\u0002PK\u0003\u0004 binary")]
    public async Task ReadAsync_NotAMail_IsMalformed(string content)
    {
        var path = _samples.WriteText(content);

        await Assert.ThrowsAsync<MalformedMailException>(() => ReadAsync(path));
    }

    [Fact]
    public async Task ReadAsync_EmptyFile_IsMalformedSayingSo()
    {
        var path = _samples.WriteText("");

        var error = await Assert.ThrowsAsync<MalformedMailException>(() => ReadAsync(path));

        Assert.Equal("The file is empty.", error.Message);
    }

    [Fact]
    public async Task ReadAsync_OverTheSizeLimit_IsMalformedNamingTheSetting()
    {
        var path = _samples.Write(MailSamples.Plain("Big", new string('x', 5000)));

        var error = await Assert.ThrowsAsync<MalformedMailException>(
            () => new InboundMailReader(_samples.WorkFolder, 2048).ReadAsync(path, Ct));

        Assert.Contains("Mail:Inbound:MaxMessageBytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeleteLeftovers_OldAndNewWorkFolders_DeletesOnlyTheOldOnes()
    {
        var (old, recent) = (Path.Combine(_samples.WorkFolder, "old"), Path.Combine(_samples.WorkFolder, "recent"));
        Directory.CreateDirectory(old);
        Directory.CreateDirectory(recent);
        Directory.SetLastWriteTimeUtc(old, DateTime.UtcNow.AddDays(-2));
        var reader = new InboundMailReader(_samples.WorkFolder, 1024 * 1024);

        var deleted = reader.DeleteLeftovers(DateTime.UtcNow.AddHours(-1));

        Assert.Equal(1, deleted);
        Assert.Equal([recent], Directory.GetDirectories(_samples.WorkFolder));
    }

    public void Dispose() => _samples.Dispose();

    private Task<InboundMail> ReadAsync(string path) =>
        new InboundMailReader(_samples.WorkFolder, 10 * 1024 * 1024).ReadAsync(path, Ct);

    private static async Task<byte[]> ReadAllAsync(InboundAttachment attachment)
    {
        await using var stream = attachment.OpenRead();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, Ct);

        return copy.ToArray();
    }
}
