using System.Globalization;
using System.Text.RegularExpressions;

namespace Crm.Domain.Tickets;

/// <summary>
/// How a ticket number reads: <c>#10234</c> on screens and <c>[#10234]</c> in mail subjects,
/// which is how replies find their ticket. Numbers are positive integers, allocated in order.
/// This is the one parser of the tag: inbound mail reads subjects through it.
/// </summary>
public static partial class TicketNumbers
{
    /// <summary>The first number an empty database gives out.</summary>
    public const int First = 10001;

    /// <summary>The number as people read it: <c>#10234</c>.</summary>
    public static string Format(int number) => "#" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The tag mail subjects carry: <c>[#10234]</c>.</summary>
    public static string SubjectTag(int number) => $"[{Format(number)}]";

    /// <summary>A subject with the tag in front, unless it carries that tag already.</summary>
    public static string TagSubject(int number, string subject) =>
        FindInSubject(subject) == number ? subject : $"{SubjectTag(number)} {subject}".TrimEnd();

    /// <summary>Reads <c>#10234</c> or <c>10234</c> (spaces around ignored); null for anything else.</summary>
    public static int? Parse(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.StartsWith('#'))
        {
            trimmed = trimmed[1..];
        }

        return trimmed.Length is > 0 and <= 9 && trimmed.All(char.IsAsciiDigit)
            && int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : null;
    }

    /// <summary>
    /// The number of the first <c>[#…]</c> tag in a mail subject (<c>Re: [#10234] 发票</c>), also
    /// with the full-width <c>［＃10234］</c> Chinese input methods type; null when it has none or
    /// its number is not a ticket number.
    /// </summary>
    public static int? FindInSubject(string? subject)
    {
        var match = SubjectTagPattern().Match(subject ?? "");

        return match.Success ? Parse(match.Groups["number"].Value) : null;
    }

    /// <summary>
    /// The subject without its reply and forward prefixes ("Re:", "Fwd:", "回复：", "答复:",
    /// "转发：", repeated or nested) and without ticket tags: what a new ticket is titled.
    /// </summary>
    public static string Topic(string? subject)
    {
        if (string.IsNullOrWhiteSpace(subject))
        {
            return "";
        }

        var topic = AnyTagPattern().Replace(subject, " ");
        string before;
        do
        {
            before = topic;
            topic = PrefixPattern().Replace(topic.Trim(), "");
        }
        while (topic != before);

        return SpacesPattern().Replace(topic, " ").Trim();
    }

    [GeneratedRegex(@"[\[［]\s*[#＃]\s*(?<number>[0-9]{1,9})\s*[\]］]", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectTagPattern();

    [GeneratedRegex(@"[\[［]\s*[#＃]\s*[0-9]+\s*[\]］]", RegexOptions.CultureInvariant)]
    private static partial Regex AnyTagPattern();

    [GeneratedRegex(@"^(re|fw|fwd|aw|wg|sv|回复|答复|回覆|转发|轉寄)\s*(\[\d+\])?\s*[:：]\s*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PrefixPattern();

    [GeneratedRegex(@"\s{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex SpacesPattern();
}
