using System.Text.RegularExpressions;

namespace Crm.Infrastructure.Mail.Inbound;

/// <summary>
/// Cuts the quoted history off a reply where a mail client clearly marked where it starts:
/// "On … wrote:" (Gmail, Apple Mail, Thunderbird), "-----Original Message-----" and the
/// "From: … Sent: …" block (Outlook), "在 … 写道：" and "-----原始邮件-----" (Chinese clients),
/// or a block of "&gt;" lines that runs to the end. Text without such a marker is kept whole:
/// guessing wrong would lose what the customer wrote.
/// </summary>
internal static partial class QuotedHistory
{
    public static string Strip(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var cut = FirstMarker(lines) ?? QuoteBlockStart(lines);

        return cut is int at ? string.Join('\n', lines[..at]).TrimEnd() : text.Trim();
    }

    private static int? FirstMarker(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var next = i + 1 < lines.Length ? lines[i + 1].Trim() : "";
            if (IsMarker(line, next))
            {
                return i;
            }
        }

        return null;
    }

    private static bool IsMarker(string line, string next) =>
        OriginalMessage().IsMatch(line)
        || ChineseWrote().IsMatch(line)
        || EnglishWrote().IsMatch(line)
        // Gmail wraps a long attribution: "On Mon, 2 Mar 2026 at 09:00, Jane <jane@…>" / "wrote:".
        || (line.StartsWith("On ", StringComparison.Ordinal) && next.EndsWith("wrote:", StringComparison.Ordinal))
        || (line.StartsWith("在", StringComparison.Ordinal) && WroteEnd().IsMatch(next))
        || (Underline().IsMatch(line) && HeaderBlock().IsMatch(next))
        || (HeaderBlock().IsMatch(line) && SentLine().IsMatch(next));

    // The index of a run of "> " lines (blank lines allowed) that lasts to the end, if any.
    private static int? QuoteBlockStart(string[] lines)
    {
        int? start = null;
        for (var i = lines.Length - 1; i >= 0; i--)
        {
            var line = lines[i].TrimStart();
            if (line.StartsWith('>'))
            {
                start = i;
            }
            else if (line.Length > 0)
            {
                break;
            }
        }

        return start is > 0 ? start : null;
    }

    [GeneratedRegex(@"^-{2,}\s*(Original Message|原始邮件|原始郵件|Forwarded message|转发的邮件)\s*-{2,}$",
        RegexOptions.IgnoreCase)]
    private static partial Regex OriginalMessage();

    [GeneratedRegex(@"^On\s.+\swrote:$")]
    private static partial Regex EnglishWrote();

    [GeneratedRegex(@"^在.+写道\s*[：:]$")]
    private static partial Regex ChineseWrote();

    [GeneratedRegex(@"写道\s*[：:]$")]
    private static partial Regex WroteEnd();

    [GeneratedRegex(@"^_{10,}$")]
    private static partial Regex Underline();

    [GeneratedRegex(@"^\**(From|发件人|寄件者)\**\s*[:：]")]
    private static partial Regex HeaderBlock();

    [GeneratedRegex(@"^\**(Sent|Date|发送时间|日期|寄件日期)\**\s*[:：]")]
    private static partial Regex SentLine();
}
