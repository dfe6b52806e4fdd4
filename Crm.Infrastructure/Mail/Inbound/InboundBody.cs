using System.Text;
using MimeKit;

namespace Crm.Infrastructure.Mail.Inbound;

/// <summary>Picks the body of a mail and decodes it, whatever charset it claims or lacks.</summary>
internal static class InboundBody
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <summary>The body as text, and whether it came from HTML; empty when there is no text body.</summary>
    public static (string Text, bool FromHtml) Text(MimeMessage message)
    {
        if (Find(message, p => p.IsPlain) is { } plain)
        {
            return (Normalize(Decode(plain)), false);
        }

        if (Find(message, p => p.IsHtml) is { } html)
        {
            return (HtmlText.ToPlainText(Decode(html)), true);
        }

        return ("", false);
    }

    /// <summary>The part <see cref="Text"/> reads, so attachments can leave it out.</summary>
    public static TextPart? Chosen(MimeMessage message) =>
        Find(message, p => p.IsPlain) ?? Find(message, p => p.IsHtml);

    private static TextPart? Find(MimeMessage message, Func<TextPart, bool> kind) =>
        message.BodyParts.OfType<TextPart>().FirstOrDefault(p => !p.IsAttachment && kind(p));

    private static string Decode(TextPart part)
    {
        var charset = part.ContentType.Charset?.Trim().ToLowerInvariant();
        if (charset is "gb2312" or "gbk" or "x-gbk" or "cp936" or "gb_2312-80" or "euc-cn")
        {
            return part.GetText(InboundMailReader.Chinese);
        }

        if (charset is not null && IsKnown(charset))
        {
            return part.GetText(charset);
        }

        return Guess(part);
    }

    // No charset (or one .NET does not know): UTF-8 when the bytes are valid UTF-8, else GB18030,
    // the likeliest encoding of an unlabelled mail to a Chinese company.
    private static string Guess(TextPart part)
    {
        using var bytes = new MemoryStream();
        part.Content?.DecodeTo(bytes);
        try
        {
            return StrictUtf8.GetString(bytes.GetBuffer(), 0, (int)bytes.Length);
        }
        catch (DecoderFallbackException)
        {
            return InboundMailReader.Chinese.GetString(bytes.GetBuffer(), 0, (int)bytes.Length);
        }
    }

    private static bool IsKnown(string charset)
    {
        try
        {
            _ = Encoding.GetEncoding(charset);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string Normalize(string text) => text.ReplaceLineEndings("\n").Trim();
}
