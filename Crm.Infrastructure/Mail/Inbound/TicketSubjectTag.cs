using System.Globalization;
using System.Text.RegularExpressions;

namespace Crm.Infrastructure.Mail.Inbound;

/// <summary>
/// The ticket number tag in a mail subject, <c>[#10234]</c>, wherever it stands
/// ("Re: 回复：[#10234] 打印机无法连接"). Full-width brackets and hash signs, which Chinese input
/// methods produce, are read too.
/// </summary>
public static partial class TicketSubjectTag
{
    /// <summary>The tag for <paramref name="number"/> as outgoing subjects carry it: <c>[#10234]</c>.</summary>
    public static string Format(long number) => string.Create(CultureInfo.InvariantCulture, $"[#{number}]");

    /// <summary>
    /// Finds the first tag in <paramref name="subject"/>. False, with 0, when there is none or
    /// its number is not a positive integer that fits a <see cref="long"/>.
    /// </summary>
    public static bool TryParse(string? subject, out long number)
    {
        number = 0;
        if (string.IsNullOrEmpty(subject))
        {
            return false;
        }

        var match = Tag().Match(subject);

        return match.Success
            && long.TryParse(
                match.Groups["number"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out number)
            && number > 0;
    }

    /// <summary>
    /// The subject without its reply and forward prefixes ("Re:", "Fwd:", "回复：", "答复:",
    /// "转发：", repeated or nested) and without the ticket tag: what a new ticket is titled.
    /// </summary>
    public static string Topic(string? subject)
    {
        if (string.IsNullOrWhiteSpace(subject))
        {
            return "";
        }

        var topic = Tag().Replace(subject, " ");
        string before;
        do
        {
            before = topic;
            topic = Prefix().Replace(topic.Trim(), "");
        }
        while (topic != before);

        return Spaces().Replace(topic, " ").Trim();
    }

    [GeneratedRegex(@"[\[［]\s*[#＃]\s*(?<number>[0-9]{1,19})\s*[\]］]")]
    private static partial Regex Tag();

    [GeneratedRegex(@"^(re|fw|fwd|aw|wg|sv|回复|答复|回覆|转发|轉寄)\s*(\[\d+\])?\s*[:：]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
