using System.Text.RegularExpressions;
using Crm.Domain.Common;

namespace Crm.Domain.Tickets.Canned;

/// <summary>
/// The placeholders a canned reply may hold, written <c>{{customer.name}}</c> (spaces inside the
/// braces and letter case do not matter), and the one renderer that fills them in. Everything
/// outside a placeholder is kept exactly as written. A <c>{{</c> without its <c>}}</c> is plain
/// text; a complete <c>{{…}}</c> naming no known placeholder is refused when the reply is saved.
/// </summary>
public static partial class CannedReplyTemplate
{
    public const string CustomerName = "customer.name";
    public const string TicketNumber = "ticket.number";
    public const string TicketSubject = "ticket.subject";
    public const string AgentName = "agent.name";
    public const string AccountName = "account.name";

    /// <summary>The known placeholders, in the order the editor offers them.</summary>
    public static readonly IReadOnlyList<string> Placeholders =
        [CustomerName, TicketNumber, TicketSubject, AgentName, AccountName];

    /// <summary>How a placeholder is written in a body: <c>{{ticket.number}}</c>.</summary>
    public static string Token(string placeholder) => "{{" + placeholder + "}}";

    /// <summary>Every <c>{{…}}</c> in <paramref name="body"/>, known or not, in order.</summary>
    public static IReadOnlyList<PlaceholderUse> Find(string? body)
    {
        var text = body ?? "";

        return [.. TokenPattern().Matches(text).Select(m => Use(text, m))];
    }

    /// <summary>The first placeholder of <paramref name="body"/> that is not known, or null.</summary>
    public static PlaceholderUse? FirstUnknown(string? body) => Find(body).FirstOrDefault(u => !u.IsKnown);

    /// <summary>
    /// Throws <see cref="DomainException"/> (code <c>Body.unknown-placeholder</c>, field Body) naming
    /// the first unknown placeholder and its line and column.
    /// </summary>
    public static void EnsureKnown(string? body)
    {
        if (FirstUnknown(body) is { } unknown)
        {
            throw new DomainException(
                "Body.unknown-placeholder",
                $"Unknown placeholder {unknown.Text} at line {unknown.Line}, column {unknown.Column}.",
                "Body");
        }
    }

    /// <summary>
    /// The body with each known placeholder replaced by its value (<see cref="CannedReplyValues"/>
    /// decides what a missing value reads as). Unknown placeholders, which a saved reply cannot
    /// hold, are left as written.
    /// </summary>
    public static string Render(string? body, CannedReplyValues values)
    {
        ArgumentNullException.ThrowIfNull(values);

        return TokenPattern().Replace(body ?? "", m => values.ValueOf(Name(m)) ?? m.Value);
    }

    private static PlaceholderUse Use(string text, Match match)
    {
        var before = text.AsSpan(0, match.Index);
        var line = before.Count('\n') + 1;
        var column = match.Index - (before.LastIndexOf('\n') + 1) + 1;
        var name = Name(match);

        return new PlaceholderUse(name, match.Value, match.Index, line, column, Placeholders.Contains(name));
    }

    private static string Name(Match match) => match.Groups["name"].Value.Trim().ToLowerInvariant();

    [GeneratedRegex(@"\{\{(?<name>[^{}\r\n]*)\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}

/// <summary>
/// One <c>{{…}}</c> in a body: the placeholder it names (trimmed, lower case), the text as written,
/// where it starts (0-based <see cref="Index"/>; 1-based <see cref="Line"/> and <see cref="Column"/>)
/// and whether it is one of <see cref="CannedReplyTemplate.Placeholders"/>.
/// </summary>
public sealed record PlaceholderUse(string Name, string Text, int Index, int Line, int Column, bool IsKnown);
