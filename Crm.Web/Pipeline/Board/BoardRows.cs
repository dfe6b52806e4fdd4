using System.Globalization;
using Crm.Infrastructure.Pipeline;
using Crm.Infrastructure.Pipeline.Board;

namespace Crm.Web.Pipeline.Board;

/// <summary>
/// A board as list rows: the same cards the columns hold, so the list changes live with the
/// board's shared snapshot and costs no query. Stage sorts by pipeline order, names by the
/// reader's culture; ties fall back to expected close, then name.
/// </summary>
internal static class BoardRows
{
    private sealed record Ranked(OpportunityRow Row, int StageOrder);

    public static IReadOnlyList<OpportunityRow> Sorted(BoardView view, OpportunitySort sort, bool descending)
    {
        var rows = view.Columns.SelectMany((column, order) =>
            column.Cards.Select(card => new Ranked(RowOf(card, column.Column), order)));
        var comparer = Comparer<Ranked>.Create(CompareBy(sort));
        var sorted = descending ? rows.OrderByDescending(r => r, comparer) : rows.OrderBy(r => r, comparer);

        return [.. sorted
            .ThenBy(r => r.Row.ExpectedCloseDate)
            .ThenBy(r => r.Row.Name, StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true))
            .ThenBy(r => r.Row.Id)
            .Select(r => r.Row)];
    }

    private static OpportunityRow RowOf(BoardCard card, BoardColumn column)
    {
        var o = card.Opportunity;

        return new OpportunityRow(
            o.Id, o.Version, o.Name, o.AccountId, o.AccountName, o.OwnerId, o.OwnerName, card.PipelineId,
            o.StageId, column.Name, card.Status, o.Amount, o.AmountInBase, o.Probability, o.WeightedInBase,
            o.ExpectedCloseDate, card.ClosedOn, o.StageEnteredAt);
    }

    private static Comparison<Ranked> CompareBy(OpportunitySort sort) => sort switch
    {
        OpportunitySort.Name => (a, b) => Text(a.Row.Name, b.Row.Name),
        OpportunitySort.Account => (a, b) => Text(a.Row.AccountName, b.Row.AccountName),
        OpportunitySort.Owner => (a, b) => Text(a.Row.OwnerName, b.Row.OwnerName),
        OpportunitySort.Stage => (a, b) => a.StageOrder.CompareTo(b.StageOrder),
        OpportunitySort.Amount => (a, b) =>
            Nullable.Compare(a.Row.AmountInBase?.MinorUnits, b.Row.AmountInBase?.MinorUnits),
        OpportunitySort.StageEntered => (a, b) => a.Row.StageEnteredAt.CompareTo(b.Row.StageEnteredAt),
        _ => (a, b) => a.Row.ExpectedCloseDate.CompareTo(b.Row.ExpectedCloseDate),
    };

    private static int Text(string a, string b) =>
        string.Compare(a, b, CultureInfo.CurrentCulture, CompareOptions.IgnoreCase);
}
