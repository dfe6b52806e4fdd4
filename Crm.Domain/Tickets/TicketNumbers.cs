using System.Globalization;
using System.Text.RegularExpressions;

namespace Crm.Domain.Tickets;

/// <summary>
/// How a ticket number reads: <c>#10234</c> on screens and <c>[#10234]</c> in mail subjects,
/// which is how replies find their ticket. Numbers are positive integers, allocated in order.
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
    /// The number of the first <c>[#…]</c> tag in a mail subject (<c>Re: [#10234] 发票</c>),
    /// or null when it has none.
    /// </summary>
    public static int? FindInSubject(string? subject)
    {
        var match = SubjectTagPattern().Match(subject ?? "");

        return match.Success ? Parse(match.Groups[1].Value) : null;
    }

    [GeneratedRegex(@"\[\s*#\s*(\d{1,9})\s*\]", RegexOptions.CultureInvariant)]
    private static partial Regex SubjectTagPattern();
}
