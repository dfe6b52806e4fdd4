using Crm.Domain.Customers;
using Crm.Domain.Sla;
using Crm.Infrastructure.Live;
using Crm.Infrastructure.Sla;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Crm.Web.Sla.Policies;

/// <summary>
/// The SLA policy grid, for administrators: a row per priority, most urgent first, and a cell
/// per account tier beside the policy for all tiers. An empty tier cell falls back to the
/// all-tier policy of its row, as the resolver does. Changes other administrators save show up live.
/// </summary>
public sealed partial class PoliciesPage : IDisposable
{
    private static readonly DialogOptions DialogOptions = new() { MaxWidth = MaxWidth.Small, FullWidth = true };

    private IReadOnlyList<PolicyView>? _policies;
    private IReadOnlyList<CalendarSummary>? _calendars;
    private LiveReload? _live;

    [Inject]
    private ISlaPolicyService Policies { get; set; } = default!;

    [Inject]
    private ISlaCalendarService Calendars { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private ILiveBus Bus { get; set; } = default!;

    private static SlaPriority[] Priorities =>
        [SlaPriority.Critical, SlaPriority.High, SlaPriority.Medium, SlaPriority.Low];

    private static AccountTier?[] Tiers => [null, AccountTier.Strategic, AccountTier.Key, AccountTier.Standard];

    public void Dispose() => _live?.Dispose();

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        // Subscribed before the first load, so a change saved in between is not missed.
        _live = LiveReload.Start(
            Bus, e => e is SlaPolicyChanged or BusinessCalendarChanged, () => InvokeAsync(RefreshAsync));
        await RefreshAsync();
    }

    private async Task RefreshAsync()
    {
        _calendars = await Calendars.ListAsync();
        _policies = await Policies.ListAsync();
        StateHasChanged();
    }

    private PolicyView? Find(SlaPriority priority, AccountTier? tier) =>
        _policies?.FirstOrDefault(p => p.Priority == priority && p.Tier == tier);

    private async Task OnEditAsync((SlaPriority Priority, AccountTier? Tier) cell)
    {
        var parameters = new DialogParameters<PolicyDialog>
        {
            { d => d.Priority, cell.Priority },
            { d => d.Tier, cell.Tier },
            { d => d.Policy, Find(cell.Priority, cell.Tier) },
            { d => d.Calendars, _calendars ?? [] },
        };
        var dialog = await Dialogs.ShowAsync<PolicyDialog>(Text["Dialog.Title"], parameters, DialogOptions);
        if (await dialog.GetReturnValueAsync<string>() is { } done)
        {
            Snackbar.Add(done, Severity.Success);
            await RefreshAsync();
        }
    }
}
