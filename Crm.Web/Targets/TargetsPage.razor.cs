using Crm.Domain.Activities;
using Crm.Domain.Common;
using Crm.Domain.Forecasting;
using Crm.Domain.Targets;
using Crm.Domain.Teams;
using Crm.Infrastructure.Analytics;
using Crm.Infrastructure.Live;
using Crm.Infrastructure.Targets;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;

namespace Crm.Web.Targets;

/// <summary>
/// Attainment toward the targets of a fiscal month or quarter for the signed-in person's scope:
/// their own for a rep, their teams and its reps for a manager, the organisation and every team
/// for an admin, with the widest of them drawn as gauges and as six periods of won amount against
/// target. Current without reload: a newer opportunity fact table, an activity logged or a
/// target changed reloads the figures, a burst of them once.
/// </summary>
public sealed partial class TargetsPage : IDisposable
{
    private TargetCalendarInfo? _calendar;
    private TargetAttainment? _attainment;
    private AttainmentHistory? _history;
    private string _periodKey = "";
    private LiveReload? _live;
    private CoalescedRefresh? _factsRefresh;
    private IDisposable? _factsSubscription;

    [Inject]
    private ITargetService Targets { get; set; } = default!;

    [Inject]
    private IOpportunityFacts Facts { get; set; } = default!;

    [Inject]
    private ILiveBus Bus { get; set; } = default!;

    public void Dispose()
    {
        _factsSubscription?.Dispose();
        _factsRefresh?.Dispose();
        _live?.Dispose();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        // Both subscriptions start before the first load, so nothing published in between is missed.
        _live = LiveReload.Start(Bus, Concerns, () => InvokeAsync(RefreshAsync));
        _factsRefresh = new CoalescedRefresh(() => InvokeAsync(RefreshAsync), LiveReload.AdminWindow);
        _factsSubscription = Facts.Subscribe(_factsRefresh.Request);
        _calendar = await Targets.CalendarAsync();
        _periodKey = _calendar.Calendar.PeriodContaining(_calendar.Today, PeriodKind.Month).Key;
        await RefreshAsync();
    }

    private static bool Concerns(IDomainEvent domainEvent) =>
        domainEvent is TargetChanged or ActivityLogged or UserDeactivated or UserActivated or UserMovedToTeam;

    private async Task RefreshAsync()
    {
        var attainment = await Targets.AttainmentAsync(_periodKey);
        // The history follows the gauges' subject, so both speak of the same rep, team or organisation.
        _history = Headline(attainment) is { } headline
            ? await Targets.HistoryAsync(_periodKey, headline.Subject)
            : null;
        _attainment = attainment;
        StateHasChanged();
    }

    private FiscalPeriod ShownPeriod => _calendar!.Calendar.Parse(_periodKey)!;

    private async Task OnPeriodChangedAsync(FiscalPeriod period)
    {
        _periodKey = period.Key;
        _attainment = null;
        _history = null;
        await RefreshAsync();
    }

    private IReadOnlyList<SubjectAttainment> OrganizationRows(SubjectAttainment organization) =>
        [organization with { Name = Text["Page.Organization"] }];

    // The organisation for admins, else the first team the reader manages, else the reader's own row.
    private SubjectAttainment? Headline(TargetAttainment attainment) =>
        attainment.Organization is { } organization
            ? organization with { Name = Text["Page.Organization"] }
            : attainment.Teams.Select(t => t.Team ?? t.Reps.FirstOrDefault()).FirstOrDefault(s => s is not null);

    private static IReadOnlyList<SubjectAttainment> RowsOf(TeamAttainment team) =>
        team.Team is { } row ? [row, .. team.Reps] : team.Reps;
}
