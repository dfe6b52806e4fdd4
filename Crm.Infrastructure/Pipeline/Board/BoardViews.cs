using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Visibility;

namespace Crm.Infrastructure.Pipeline.Board;

/// <summary>
/// Turns the shared snapshot into one user's board: visibility first, then the criteria, then
/// totals over the cards that are left, so the numbers in a column header always add up the
/// cards below it. Cards without a rate count but add nothing to the sums.
/// </summary>
internal static class BoardViews
{
    public static BoardView Build(BoardSnapshot snapshot, OpportunityAccess access, BoardCriteria criteria)
    {
        var stages = snapshot.Columns.Select(c => c.StageId).ToHashSet();
        var visible = snapshot.CardsOf(access.Scope).Where(c => stages.Contains(c.StageId)).ToList();
        var matching = visible.Where(c => Matches(c, criteria)).ToLookup(c => c.StageId);
        var columns = snapshot.Columns
            .Select(column => Column(column, matching[column.StageId], snapshot.BaseCurrency))
            .ToList();
        var missing = columns.SelectMany(c => c.Cards)
            .Where(c => c.Opportunity.AmountInBase is null)
            .Select(c => c.Opportunity.Amount.Currency)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        return new BoardView(
            snapshot.PipelineId, snapshot.PipelineName, snapshot.BaseCurrency, snapshot.ClosedSince, columns,
            Choices(visible.Select(c => new BoardChoice(c.OwnerId, c.Opportunity.OwnerName))),
            Choices(visible.Select(c => new BoardChoice(c.TeamId, c.TeamName))),
            missing, visible.Count, access.CanWrite, snapshot.Revision);
    }

    public static bool Matches(BoardCard card, BoardCriteria criteria)
    {
        var opportunity = card.Opportunity;
        var text = criteria.Text?.Trim();

        return (criteria.OwnerId is not { } owner || card.OwnerId == owner)
            && (criteria.TeamId is not { } team || card.TeamId == team)
            && (criteria.ExpectedCloseFrom is not { } from || opportunity.ExpectedCloseDate >= from)
            && (criteria.ExpectedCloseTo is not { } to || opportunity.ExpectedCloseDate <= to)
            && (string.IsNullOrEmpty(text)
                || opportunity.Name.Contains(text, StringComparison.CurrentCultureIgnoreCase)
                || opportunity.AccountName.Contains(text, StringComparison.CurrentCultureIgnoreCase));
    }

    private static BoardColumnView Column(BoardColumn column, IEnumerable<BoardCard> cards, string baseCurrency)
    {
        var ordered = column.IsClosing
            ? cards.OrderByDescending(c => c.ClosedOn).ThenByDescending(c => c.Opportunity.StageEnteredAt)
            : cards.OrderBy(c => c.Opportunity.ExpectedCloseDate)
                .ThenBy(c => c.Opportunity.Name, StringComparer.Ordinal);
        var list = ordered.ThenBy(c => c.Id).ToList();
        var amount = list.Sum(c => c.Opportunity.AmountInBase?.MinorUnits ?? 0);
        var weighted = list.Sum(c => c.Opportunity.WeightedInBase?.MinorUnits ?? 0);

        var totals = new StageTotals(
            column.StageId, list.Count, new Money(amount, baseCurrency), new Money(weighted, baseCurrency));

        return new BoardColumnView(column, list, totals);
    }

    private static IReadOnlyList<BoardChoice> Choices(IEnumerable<BoardChoice> choices) =>
    [
        .. choices.Where(c => c.Id != Guid.Empty)
            .DistinctBy(c => c.Id)
            .OrderBy(c => c.Name, StringComparer.CurrentCulture),
    ];
}
