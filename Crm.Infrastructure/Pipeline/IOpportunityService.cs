using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Common;

namespace Crm.Infrastructure.Pipeline;

/// <summary>
/// Opportunities as the signed-in user may see and change them. Every method applies
/// opportunity visibility (<see cref="Visibility.IOpportunityVisibility"/>): an opportunity the
/// caller may not see is <see cref="NotFoundException"/>, and support and marketing roles see
/// none. Writes take the version the caller loaded and throw
/// <see cref="ConcurrencyConflictException"/> when someone saved in between (nothing is
/// written; <see cref="ChangesSinceAsync"/> tells what they changed). Invalid input is a
/// <see cref="DomainException"/> naming the field, referenced records the caller cannot use
/// included ("Account.not-found", "Stage.not-found", "Owner.invalid", "PrimaryContact.not-found",
/// "Product.not-found"). A write saves the change, its stage history, audit and field history
/// and its events in one transaction; the events reach the live bus only after the commit.
/// Writes return the version now saved.
/// </summary>
public interface IOpportunityService
{
    /// <summary>One page of visible opportunities; filtering, sorting and paging run in the database.</summary>
    Task<Page<OpportunityRow>> SearchAsync(OpportunityQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The board of a pipeline: cards and per-stage totals of the visible opportunities that
    /// match. Throws <see cref="NotFoundException"/> for an unknown pipeline.
    /// </summary>
    Task<PipelineBoard> ListForPipelineAsync(
        Guid pipelineId, BoardFilter filter, CancellationToken cancellationToken = default);

    /// <summary>One card as the board shows it, for refreshing a card after a live event.</summary>
    Task<OpportunityCard> GetCardAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The opportunity with its line items and whole stage history.</summary>
    Task<OpportunityView> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// The visible opportunities of an account (at most 200): open ones by expected close, then
    /// closed ones, newest first. <see cref="NotFoundException"/> when the account is not visible.
    /// </summary>
    Task<IReadOnlyList<OpportunityRow>> ListForAccountAsync(
        Guid accountId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates an opportunity on a visible account, owned by the input's owner (someone in the
    /// caller's scope) or the caller, in an active open stage. Returns its id.
    /// <see cref="ForbiddenException"/> for roles that do not work opportunities.
    /// </summary>
    Task<Guid> CreateAsync(NewOpportunity input, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves the edit form (details, owner, amount, probability) made on version
    /// <paramref name="expectedVersion"/>.
    /// </summary>
    Task<int> UpdateAsync(
        Guid id, int expectedVersion, OpportunityEdit edit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves to an active stage of the same pipeline at the current moment, as the caller.
    /// Won and Lost need <paramref name="close"/>; moving back to an open stage reopens the
    /// opportunity. See <see cref="Opportunity.MoveTo"/> for the rules.
    /// </summary>
    Task<int> MoveToStageAsync(
        Guid id, int expectedVersion, Guid stageId, CloseInfo? close = null,
        CancellationToken cancellationToken = default);

    /// <summary>Adds a line item; the product, when given, must be active.</summary>
    Task<int> AddLineAsync(
        Guid id, int expectedVersion, LineInput line, CancellationToken cancellationToken = default);

    Task<int> UpdateLineAsync(
        Guid id, int expectedVersion, Guid lineId, LineInput line, CancellationToken cancellationToken = default);

    Task<int> RemoveLineAsync(
        Guid id, int expectedVersion, Guid lineId, CancellationToken cancellationToken = default);

    /// <summary>Soft-deletes the opportunity; its history stays. <see cref="RestoreAsync"/> brings it back.</summary>
    Task DeleteAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>
    /// Restores a deleted opportunity. If its stage was retired meanwhile, it is moved to the
    /// pipeline's first open stage (a history entry by the caller).
    /// </summary>
    Task RestoreAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// The field changes saved after <paramref name="version"/>, oldest first, with who made
    /// them: what to show when a save of that version was refused as a conflict. Line item
    /// edits show as the amount change they caused, if any.
    /// </summary>
    Task<IReadOnlyList<OpportunityFieldChange>> ChangesSinceAsync(
        Guid id, int version, CancellationToken cancellationToken = default);
}
