using Crm.Domain.Pipeline;
using Crm.Infrastructure.Pipeline;

namespace Crm.Web.Pipeline.Opportunities.Editing;

/// <summary>
/// What the opportunity dialogs edit. Field names are the ones the service reports changes
/// with (<see cref="OpportunityFieldChange.Field"/>), so "what you typed" and "what they
/// changed" line up in the conflict dialog.
/// </summary>
public sealed record OpportunityForm
{
    /// <summary>Every field the form shows an error next to, in the order they appear.</summary>
    public static readonly IReadOnlyList<string> Fields =
    [
        "Name", "Pipeline", "Stage", "Owner", "PrimaryContact", "ExpectedCloseDate", "Probability",
        "AmountMode", "Amount", "Currency", "NextStep", "Competitors",
    ];

    private static readonly char[] CompetitorSeparators = [',', '，', '、', ';', '；', '\n'];

    private static readonly Dictionary<string, Action<OpportunityForm, OpportunityForm>> Copiers = new()
    {
        ["Name"] = (from, to) => to.Name = from.Name,
        ["Owner"] = (from, to) => to.OwnerId = from.OwnerId,
        ["PrimaryContact"] = (from, to) => to.PrimaryContactId = from.PrimaryContactId,
        ["ExpectedCloseDate"] = (from, to) => to.ExpectedCloseDate = from.ExpectedCloseDate,
        ["AmountMode"] = (from, to) => to.AmountMode = from.AmountMode,
        ["Amount"] = (from, to) => to.Amount = from.Amount,
        ["Currency"] = (from, to) => to.Currency = from.Currency,
        ["Probability"] = (from, to) => to.ProbabilityOverride = from.ProbabilityOverride,
        ["NextStep"] = (from, to) => to.NextStep = from.NextStep,
        ["Competitors"] = (from, to) => to.Competitors = from.Competitors,
    };

    public string Name { get; set; } = "";

    public Guid OwnerId { get; set; }

    public Guid? PrimaryContactId { get; set; }

    /// <summary>The expected close day as the date field holds it (yyyy-MM-dd).</summary>
    public string? ExpectedCloseDate { get; set; }

    public AmountMode AmountMode { get; set; } = AmountMode.Manual;

    public decimal? Amount { get; set; }

    public string Currency { get; set; } = "";

    /// <summary>A probability of the opportunity's own; null follows the stage's default.</summary>
    public int? ProbabilityOverride { get; set; }

    public string? NextStep { get; set; }

    /// <summary>Competitor names as typed, separated by commas.</summary>
    public string? Competitors { get; set; }

    public static OpportunityForm From(OpportunityView view) => new()
    {
        Name = view.Details.Name,
        OwnerId = view.OwnerId,
        PrimaryContactId = view.Details.PrimaryContactId,
        ExpectedCloseDate = DateText.Iso(view.Details.ExpectedCloseDate),
        AmountMode = view.AmountMode,
        Amount = view.Amount.Amount,
        Currency = view.Amount.Currency,
        ProbabilityOverride = view.ProbabilityOverride,
        NextStep = view.Details.NextStep,
        Competitors = string.Join(", ", view.Details.Competitors ?? []),
    };

    public IReadOnlyList<string> CompetitorNames() =>
        [.. (Competitors ?? "").Split(CompetitorSeparators, StringSplitOptions.TrimEntries)
            .Where(n => n.Length > 0)];

    /// <summary>The edit as the service takes it; call after <see cref="Problems"/> found none.</summary>
    public OpportunityEdit ToEdit() => new(
        Name, PrimaryContactId, OwnerId, DateText.ParseIso(ExpectedCloseDate) ?? default, AmountMode,
        Amount ?? 0, Currency, ProbabilityOverride, NextStep, CompetitorNames());

    /// <summary>What the browser can tell before saving: (field, error code) pairs.</summary>
    public IEnumerable<(string Field, string Code)> Problems()
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            yield return ("Name", "Name.required");
        }

        if (DateText.ParseIso(ExpectedCloseDate) is null)
        {
            yield return ("ExpectedCloseDate", "ExpectedCloseDate.required");
        }

        if (AmountMode == AmountMode.Manual && Amount is not >= 0)
        {
            yield return ("Amount", Amount is null ? "Amount.required" : "Amount.negative");
        }

        if (ProbabilityOverride is < 0 or > 100)
        {
            yield return ("Probability", "Probability.range");
        }
    }

    /// <summary>The fields whose value differs from <paramref name="original"/>.</summary>
    public IReadOnlyList<string> ChangedFrom(OpportunityForm original) =>
        [.. Comparisons(original).Where(c => !c.Same).Select(c => c.Field)];

    /// <summary>
    /// <paramref name="latest"/> with the fields changed here (against <paramref name="original"/>)
    /// put on top: re-applying an edit to a version someone else saved meanwhile. A typed amount
    /// brings the manual mode with it, so it is not lost under their switch to line items.
    /// </summary>
    public OpportunityForm ReapplyOnto(OpportunityForm latest, OpportunityForm original)
    {
        var changed = ChangedFrom(original);
        var merged = latest with { };
        foreach (var field in changed)
        {
            Copiers[field](this, merged);
        }

        if (changed.Contains("Amount"))
        {
            merged.AmountMode = AmountMode.Manual;
        }

        return merged;
    }

    private IEnumerable<(string Field, bool Same)> Comparisons(OpportunityForm other) =>
    [
        ("Name", Name.Trim() == other.Name.Trim()),
        ("Owner", OwnerId == other.OwnerId),
        ("PrimaryContact", PrimaryContactId == other.PrimaryContactId),
        ("ExpectedCloseDate", ExpectedCloseDate == other.ExpectedCloseDate),
        ("AmountMode", AmountMode == other.AmountMode),
        // Following the line items, the amount is what the lines add up to, whatever the field shows.
        ("Amount", AmountMode == AmountMode.LineItems || Amount == other.Amount),
        ("Currency", Currency == other.Currency),
        ("Probability", ProbabilityOverride == other.ProbabilityOverride),
        ("NextStep", (NextStep ?? "").Trim() == (other.NextStep ?? "").Trim()),
        ("Competitors", CompetitorNames().SequenceEqual(other.CompetitorNames())),
    ];
}
