using Crm.Domain.Common;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Live;
using Crm.Infrastructure.Tickets.Satisfaction;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Tickets.Satisfaction;

/// <summary>
/// <c>/service/satisfaction</c>: the desk's ratings of the last 30 days, its open complaints and
/// how long complaints take, over the tickets the user sees. A rating, a resolution or a new
/// complaint reads the figures again (coalesced); nothing polls.
/// </summary>
public sealed partial class SatisfactionPage : IDisposable
{
    private const int Days = 30;
    private static readonly TimeSpan LiveWindow = TimeSpan.FromSeconds(1);

    private SatisfactionSummary? _summary;
    private DateTime _now;
    private bool _forbidden;
    private LiveReload? _live;

    [Inject]
    private ISatisfactionReport Report { get; set; } = default!;

    [Inject]
    private ILiveBus Bus { get; set; } = default!;

    [Inject]
    private UserTimeZone Zone { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SatisfactionText> Text { get; set; } = default!;

    public void Dispose() => _live?.Dispose();

    protected override async Task OnInitializedAsync()
    {
        await Zone.LoadAsync();
        _live = LiveReload.Start(Bus, Moves, () => InvokeAsync(ReloadAsync), LiveWindow);
        await LoadAsync();
    }

    private async Task ReloadAsync()
    {
        await LoadAsync();
        StateHasChanged();
    }

    private async Task LoadAsync()
    {
        try
        {
            _summary = await Report.SummaryAsync(Days);
            _now = Zone.UtcNow;
        }
        catch (ForbiddenException)
        {
            _forbidden = true;
        }
    }

    // The events that change a figure; the figures are read again under the user's visibility.
    private static bool Moves(IDomainEvent domainEvent) => domainEvent switch
    {
        TicketRated => true,
        TicketStatusChanged e => e.Status is TicketStatus.Resolved || e.PreviousStatus is TicketStatus.Resolved,
        TicketCreated e => e.Category == TicketCategory.Complaint,
        TicketChanged => true,
        TicketAssigned => true,
        _ => false,
    };

    private string Duration(TimeSpan? span) => span switch
    {
        null => "—",
        { TotalDays: >= 1 } value => string.Format(Text["Duration.Days"], (int)value.TotalDays, value.Hours),
        { TotalHours: >= 1 } value => string.Format(Text["Duration.Hours"], (int)value.TotalHours, value.Minutes),
        { } value => string.Format(Text["Duration.Minutes"], value.Minutes),
    };
}
