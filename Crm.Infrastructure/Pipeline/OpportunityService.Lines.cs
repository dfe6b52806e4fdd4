using Crm.Domain.Pipeline;
using Crm.Domain.Products;
using Crm.Infrastructure.Common;

namespace Crm.Infrastructure.Pipeline;

internal sealed partial class OpportunityService
{
    public Task<int> AddLineAsync(
        Guid id, int expectedVersion, LineInput line, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, async (session, opportunity) =>
        {
            var product = await OpportunityRules.ProductAsync(session, line.ProductId, true, cancellationToken);
            opportunity.AddLine(Guid.CreateVersion7(), DraftOf(line, product, opportunity.Currency), Now);
        }, cancellationToken);

    public Task<int> UpdateLineAsync(
        Guid id, int expectedVersion, Guid lineId, LineInput line, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, async (session, opportunity) =>
        {
            // A product that stopped being sold may stay on a line; choosing it anew is refused.
            var unchanged = opportunity.Lines.Any(l => l.Id == lineId && l.ProductId == line.ProductId);
            var product = await OpportunityRules.ProductAsync(session, line.ProductId, !unchanged, cancellationToken);
            opportunity.UpdateLine(lineId, DraftOf(line, product, opportunity.Currency), Now);
        }, cancellationToken);

    public Task<int> RemoveLineAsync(
        Guid id, int expectedVersion, Guid lineId, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, expectedVersion, (_, opportunity) =>
        {
            opportunity.RemoveLine(lineId, Now);
            return Task.CompletedTask;
        }, cancellationToken);

    private static LineDraft DraftOf(LineInput line, Product? product, string currency) =>
        new(line.ProductId,
            string.IsNullOrWhiteSpace(line.Description) ? product?.Name ?? "" : line.Description,
            line.Quantity,
            MoneyInput.Of(line.UnitPrice, currency, "UnitPrice"),
            line.DiscountPercent);
}
