using Crm.Infrastructure.Common;
using Crm.Infrastructure.Leads;
using Microsoft.AspNetCore.Components;

namespace Crm.Web.Leads;

/// <summary>
/// Warns, while a lead form is being filled in, about existing leads, contacts and accounts with
/// the same email, phone or company. Looks them up once typing pauses for <see cref="Debounce"/>;
/// a newer probe cancels a pending look-up, so only the latest values are ever shown.
/// </summary>
public sealed partial class DuplicateWarning : IDisposable
{
    private DuplicateProbe? _asked;
    private CancellationTokenSource? _pending;
    private IReadOnlyList<DuplicateMatch> _matches = [];

    /// <summary>The values typed so far; a changed value starts a new look-up.</summary>
    [Parameter, EditorRequired]
    public DuplicateProbe Probe { get; set; } = default!;

    [Parameter]
    public TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(300);

    [Inject]
    private IDuplicateFinder Finder { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    public void Dispose() => CancelPending();

    protected override void OnParametersSet()
    {
        if (Probe == _asked)
        {
            return;
        }

        _asked = Probe;
        CancelPending();
        if (IsBlank(Probe))
        {
            _matches = [];
            return;
        }

        _pending = new CancellationTokenSource();
        _ = LookUpAsync(Probe, _pending.Token);
    }

    private async Task LookUpAsync(DuplicateProbe probe, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Debounce, Clock, cancellationToken);
            var matches = await Finder.FindAsync(probe, cancellationToken);
            await InvokeAsync(() =>
            {
                _matches = matches;
                StateHasChanged();
            });
        }
        catch (OperationCanceledException)
        {
            // Typing went on, or the form closed: a newer look-up (or none) takes over.
        }
        catch (ForbiddenException)
        {
            // Someone who neither enters nor works leads has no warning to see.
        }
        catch (Exception ex)
        {
            await DispatchExceptionAsync(ex);
        }
    }

    private static bool IsBlank(DuplicateProbe probe) =>
        string.IsNullOrWhiteSpace(probe.Email) && string.IsNullOrWhiteSpace(probe.Phone)
        && string.IsNullOrWhiteSpace(probe.Company);

    private void CancelPending()
    {
        _pending?.Cancel();
        _pending?.Dispose();
        _pending = null;
    }
}
