using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Pipeline;

namespace Crm.Web.Tests.Pipeline.Opportunities;

/// <summary>
/// Opportunities kept as views, with the service's optimistic concurrency: a write on any
/// version but the current one throws <see cref="ConcurrencyConflictException"/>. A test plays
/// "someone else saved" by putting a newer view in <see cref="Views"/> and the field changes
/// in <see cref="Changes"/>.
/// </summary>
public sealed class FakeOpportunityService : IOpportunityService
{
    public Dictionary<Guid, OpportunityView> Views { get; } = [];

    public List<OpportunityRow> Rows { get; } = [];

    public List<OpportunityFieldChange> Changes { get; } = [];

    public List<(Guid Id, int Version, OpportunityEdit Edit)> Updates { get; } = [];

    public List<(Guid Id, int Version, Guid StageId, CloseInfo? Close)> Moves { get; } = [];

    public List<(Guid Id, int Version, LineInput Line)> AddedLines { get; } = [];

    public List<NewOpportunity> Created { get; } = [];

    public int Reads { get; private set; }

    /// <summary>When set, the next update throws it instead of saving (a domain error).</summary>
    public Exception? FailNextUpdate { get; set; }

    public Task<OpportunityView> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        Reads++;

        return Task.FromResult(Find(id));
    }

    public Task<IReadOnlyList<OpportunityRow>> ListForAccountAsync(
        Guid accountId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<OpportunityRow>>([.. Rows.Where(r => r.AccountId == accountId)]);

    public Task<IReadOnlyList<OpportunityFieldChange>> ChangesSinceAsync(
        Guid id, int version, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<OpportunityFieldChange>>([.. Changes.Where(c => c.Version > version)]);

    public Task<Guid> CreateAsync(NewOpportunity input, CancellationToken cancellationToken = default)
    {
        Created.Add(input);

        return Task.FromResult(Guid.CreateVersion7());
    }

    public Task<int> UpdateAsync(
        Guid id, int expectedVersion, OpportunityEdit edit, CancellationToken cancellationToken = default)
    {
        Updates.Add((id, expectedVersion, edit));
        if (FailNextUpdate is { } error)
        {
            FailNextUpdate = null;
            throw error;
        }

        return Save(id, expectedVersion, v => v with
        {
            Details = new OpportunityDetails(
                edit.Name, edit.PrimaryContactId, edit.ExpectedCloseDate, edit.NextStep, edit.Competitors),
            OwnerId = edit.OwnerId,
            AmountMode = edit.AmountMode,
            Amount = edit.AmountMode == AmountMode.Manual ? Money.Of(edit.Amount, edit.Currency) : v.Amount,
            ProbabilityOverride = edit.ProbabilityOverride,
        });
    }

    public Task<int> MoveToStageAsync(
        Guid id, int expectedVersion, Guid stageId, CloseInfo? close = null,
        CancellationToken cancellationToken = default)
    {
        Moves.Add((id, expectedVersion, stageId, close));

        return Save(id, expectedVersion, v => v with { StageId = stageId });
    }

    public Task<int> AddLineAsync(
        Guid id, int expectedVersion, LineInput line, CancellationToken cancellationToken = default)
    {
        AddedLines.Add((id, expectedVersion, line));

        return Save(id, expectedVersion, v => v);
    }

    public Task<int> UpdateLineAsync(
        Guid id, int expectedVersion, Guid lineId, LineInput line, CancellationToken cancellationToken = default) =>
        Save(id, expectedVersion, v => v);

    public Task<int> RemoveLineAsync(
        Guid id, int expectedVersion, Guid lineId, CancellationToken cancellationToken = default) =>
        Save(id, expectedVersion, v => v with { Lines = [.. v.Lines.Where(l => l.Id != lineId)] });

    public Task<Page<OpportunityRow>> SearchAsync(
        OpportunityQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult(new Page<OpportunityRow>(Rows, Rows.Count));

    public Task<PipelineBoard> ListForPipelineAsync(
        Guid pipelineId, BoardFilter filter, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The opportunity page shows no board.");

    public Task<OpportunityCard> GetCardAsync(Guid id, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The opportunity page shows no cards.");

    public Task DeleteAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default) =>
        Save(id, expectedVersion, v => v);

    public Task RestoreAsync(Guid id, CancellationToken cancellationToken = default) => Task.CompletedTask;

    private OpportunityView Find(Guid id) =>
        Views.TryGetValue(id, out var view) ? view : throw new NotFoundException("Opportunity", id);

    private Task<int> Save(Guid id, int expectedVersion, Func<OpportunityView, OpportunityView> change)
    {
        var view = Find(id);
        if (view.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException("Opportunity", id);
        }

        Views[id] = change(view) with { Version = view.Version + 1 };

        return Task.FromResult(view.Version + 1);
    }
}
