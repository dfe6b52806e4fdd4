namespace Crm.Web.Pipeline.Board;

/// <summary>
/// The columns the opportunity list can show, by the keys stored in each user's preferences.
/// The name is always shown; the others follow the user's choice, or <see cref="Default"/>.
/// </summary>
internal static class ListColumns
{
    public const string Name = "Name";
    public const string Account = "Account";
    public const string Stage = "Stage";
    public const string Owner = "Owner";
    public const string Amount = "Amount";
    public const string AmountInBase = "AmountInBase";
    public const string Probability = "Probability";
    public const string Weighted = "Weighted";
    public const string ExpectedClose = "ExpectedClose";
    public const string StageEntered = "StageEntered";
    public const string Status = "Status";

    /// <summary>Every column the user can choose, in the order the list shows them.</summary>
    public static readonly IReadOnlyList<string> Optional =
        [Account, Stage, Owner, Amount, AmountInBase, Probability, Weighted, ExpectedClose, StageEntered, Status];

    public static readonly IReadOnlySet<string> Default =
        new HashSet<string> { Account, Stage, Owner, Amount, AmountInBase, Probability, ExpectedClose };

    /// <summary>The saved choice without keys this version no longer knows; the default when none.</summary>
    public static IReadOnlySet<string> From(IReadOnlyList<string>? saved) =>
        saved is null ? Default : saved.Where(Optional.Contains).ToHashSet();
}
