using System.Globalization;

namespace Crm.Domain.Assignment;

/// <summary>
/// Why the engine decided as it did: a stable <see cref="Code"/> with its
/// <see cref="Arguments"/> (names, regions, counts) for the UI to put into its own language,
/// and <see cref="Text"/>, the same sentence in English for logs and places without one.
/// </summary>
public sealed record AssignmentReason(string Code, IReadOnlyList<string> Arguments, string Text)
{
    public bool Equals(AssignmentReason? other) =>
        other is not null && Code == other.Code && Arguments.SequenceEqual(other.Arguments);

    public override int GetHashCode() => Code.GetHashCode(StringComparison.Ordinal);
}

/// <summary>The reason codes and the arguments each carries, in order.</summary>
public static class AssignmentReasons
{
    /// <summary>[owner]</summary>
    public const string NamedOwner = "assigned.named-owner";

    /// <summary>[owner, team]</summary>
    public const string RoundRobin = "assigned.round-robin";

    /// <summary>[owner, team, open records]</summary>
    public const string LeastBusy = "assigned.least-busy";

    /// <summary>[owner, region, open records]</summary>
    public const string Territory = "assigned.territory";

    /// <summary>[queue]</summary>
    public const string NobodyAvailable = "queued.nobody-available";

    /// <summary>[queue]</summary>
    public const string OwnerUnknown = "queued.owner-unknown";

    /// <summary>[queue, team]</summary>
    public const string TeamEmpty = "queued.team-empty";

    /// <summary>[queue]</summary>
    public const string NoRegion = "queued.no-region";

    /// <summary>[queue, region]</summary>
    public const string NoTerritoryOwner = "queued.no-territory-owner";

    /// <summary>[queue]</summary>
    public const string NoRuleMatched = "queued.no-rule-matched";

    /// <summary>[]</summary>
    public const string NoQueue = "unrouted.no-queue";

    private static readonly Dictionary<string, string> English = new()
    {
        [NamedOwner] = "{0} is the rule's named owner.",
        [RoundRobin] = "{0} is next in turn in {1}.",
        [LeastBusy] = "{0} has the fewest open records in {1} ({2}).",
        [Territory] = "{0} covers the region {1} ({2} open).",
        [NobodyAvailable] = "Nobody the rule could choose is available; the record waits in the {0} queue.",
        [OwnerUnknown] = "The rule's named owner no longer exists; the record waits in the {0} queue.",
        [TeamEmpty] = "{1} has no members; the record waits in the {0} queue.",
        [NoRegion] = "The record has no region to match a territory; it waits in the {0} queue.",
        [NoTerritoryOwner] = "Nobody covers the region {1}; the record waits in the {0} queue.",
        [NoRuleMatched] = "No rule matched; the record waits in the default {0} queue.",
        [NoQueue] = "No rule placed the record and no default queue is set; it stays unassigned.",
    };

    /// <summary>The reason with its English text; arguments are taken as they are.</summary>
    public static AssignmentReason Create(string code, params string[] arguments) =>
        new(code, arguments, string.Format(CultureInfo.InvariantCulture, English[code], arguments));

    internal static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
