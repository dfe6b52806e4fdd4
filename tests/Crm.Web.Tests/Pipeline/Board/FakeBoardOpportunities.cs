using Crm.Domain.Pipeline;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Pipeline;

namespace Crm.Web.Tests.Pipeline.Board;

/// <summary>
/// What the board asks of opportunities: moves (recorded, or refused with <see cref="MoveError"/>),
/// quick adds, the card as it is now, and list pages. Everything else is not the board's business.
/// </summary>
internal sealed class FakeBoardOpportunities : IOpportunityService
{
    public List<(Guid Id, int Version, Guid StageId, CloseInfo? Close)> Moves { get; } = [];

    public List<NewOpportunity> Created { get; } = [];

    public List<OpportunityQuery> Searches { get; } = [];

    public List<OpportunityRow> Rows { get; } = [];

    /// <summary>Thrown by the next moves instead of saving.</summary>
    public Exception? MoveError { get; set; }

    /// <summary>What <see cref="GetCardAsync"/> answers; not found when null.</summary>
    public OpportunityCard? CardNow { get; set; }

    public Task<int> MoveToStageAsync(
        Guid id, int expectedVersion, Guid stageId, CloseInfo? close = null,
        CancellationToken cancellationToken = default)
    {
        if (MoveError is { } error)
        {
            return Task.FromException<int>(error);
        }

        Moves.Add((id, expectedVersion, stageId, close));

        return Task.FromResult(expectedVersion + 1);
    }

    public Task<Guid> CreateAsync(NewOpportunity input, CancellationToken cancellationToken = default)
    {
        Created.Add(input);

        return Task.FromResult(Guid.CreateVersion7());
    }

    public Task<OpportunityCard> GetCardAsync(Guid id, CancellationToken cancellationToken = default) =>
        CardNow is { } card
            ? Task.FromResult(card)
            : Task.FromException<OpportunityCard>(new NotFoundException("Opportunity", id));

    public Task<Page<OpportunityRow>> SearchAsync(OpportunityQuery query, CancellationToken cancellationToken = default)
    {
        Searches.Add(query);

        return Task.FromResult(new Page<OpportunityRow>(Rows, Rows.Count));
    }

    public Task<PipelineBoard> ListForPipelineAsync(
        Guid pipelineId, BoardFilter filter, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The board reads the live snapshot, not this query.");

    public Task<OpportunityView> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<OpportunityRow>> ListForAccountAsync(
        Guid accountId, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<int> UpdateAsync(
        Guid id, int expectedVersion, OpportunityEdit edit, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<int> AddLineAsync(
        Guid id, int expectedVersion, LineInput line, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<int> UpdateLineAsync(
        Guid id, int expectedVersion, Guid lineId, LineInput line, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<int> RemoveLineAsync(
        Guid id, int expectedVersion, Guid lineId, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task DeleteAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task RestoreAsync(Guid id, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<OpportunityFieldChange>> ChangesSinceAsync(
        Guid id, int version, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();
}
