using Crm.Domain.Common;
using Crm.Domain.Displays;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Live;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Displays;

/// <summary>
/// Opens displays by kiosk token and passes on word of their changes. One subscription to the
/// live bus serves every screen on this server; changes made on another server arrive through
/// the outbox like any other event.
/// </summary>
internal sealed class DisplayDirectory : IDisplayDirectory, IDisposable
{
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<DisplayDirectory> _logger;
    private readonly IDisposable _changes;
    private readonly Listeners<Action<Guid>> _listeners = new();

    public DisplayDirectory(IServiceScopeFactory scopes, ILiveBus bus, ILogger<DisplayDirectory> logger)
    {
        _scopes = scopes;
        _logger = logger;
        _changes = bus.Subscribe(OnEventAsync);
    }

    public async Task<DisplayScreen?> FindAsync(string token, CancellationToken cancellationToken = default)
    {
        if (!LinkTokens.IsWellFormed(token))
        {
            return null;
        }

        var hash = LinkTokens.Hash(token);
        // The context factory is scoped (a context stamps its writes with the scope's user).
        await using var scope = _scopes.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CrmDbContext>>()
            .CreateDbContextAsync(cancellationToken);
        var display = await db.Displays.AsNoTracking()
            .SingleOrDefaultAsync(d => d.TokenHash == hash && d.RevokedAt == null, cancellationToken);

        return display is null ? null : await db.ScreenOfAsync(display, cancellationToken);
    }

    public IDisposable Subscribe(Action<Guid> onChanged) => _listeners.Add(onChanged);

    public void Dispose() => _changes.Dispose();

    private ValueTask OnEventAsync(IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        if (domainEvent is DisplayChanged changed)
        {
            foreach (var listener in _listeners.All)
            {
                Tell(listener, changed.AggregateId);
            }
        }

        return ValueTask.CompletedTask;
    }

    // One screen's failure must not keep the others from hearing of the change.
    private void Tell(Action<Guid> listener, Guid displayId)
    {
        try
        {
            listener(displayId);
        }
        catch (Exception error)
        {
            DisplaysLog.ListenerFailed(_logger, error, displayId);
        }
    }
}
