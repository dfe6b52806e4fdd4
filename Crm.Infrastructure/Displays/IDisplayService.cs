using Crm.Domain.Displays;
using Crm.Infrastructure.Common;

namespace Crm.Infrastructure.Displays;

/// <summary>
/// Setting up wall displays. Administrators manage every display; a sales manager the sales
/// displays of the teams they manage; a support lead the service displays of the teams they lead.
/// Anyone else is <see cref="ForbiddenException"/>. A display out of the user's reach, deleted or
/// unknown is <see cref="NotFoundException"/>, as is a team, pipeline or queue that does not exist
/// or does not fit the display. Bad settings are a <c>DomainException</c> naming the field (see
/// <see cref="Display.Edit"/>). Changes check the version loaded
/// (<see cref="ConcurrencyConflictException"/>) and tell every screen showing the display at once.
/// </summary>
public interface IDisplayService
{
    /// <summary>What the user may set displays up for: kinds, teams, pipelines and queues.</summary>
    Task<DisplayChoices> ChoicesAsync(CancellationToken cancellationToken = default);

    /// <summary>The displays the user manages, by name.</summary>
    Task<IReadOnlyList<DisplayRow>> ListAsync(CancellationToken cancellationToken = default);

    Task<DisplayDetails> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Sets a display up; the result carries the only copy of its kiosk token.</summary>
    Task<DisplayAddress> CreateAsync(DisplaySettings settings, CancellationToken cancellationToken = default);

    Task UpdateAsync(
        Guid id, int expectedVersion, DisplaySettings settings, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gives the display a new token (and brings a revoked display back): screens on the old
    /// address go blank, the new address is returned once and never again.
    /// </summary>
    Task<DisplayAddress> RotateTokenAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Stops the display: every screen showing it goes blank within seconds.</summary>
    Task RevokeAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>The display as its TV shows it, revoked or not, for a user who manages it.</summary>
    Task<DisplayScreen> PreviewAsync(Guid id, CancellationToken cancellationToken = default);
}
