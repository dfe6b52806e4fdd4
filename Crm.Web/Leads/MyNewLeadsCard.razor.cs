using Crm.Domain.Common;
using Crm.Domain.Leads;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Leads;
using Crm.Infrastructure.Live;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Leads;

/// <summary>
/// The home page's new leads: those the rules (or someone) gave the reader and nobody has started
/// on, newest first, and how many wait in the queues the reader may take from. A lead given to
/// the reader appears without a reload; the card judges events by the owner and queue they carry.
/// </summary>
public sealed partial class MyNewLeadsCard : IDisposable
{
    private const int Shown = 5;
    private static readonly TimeSpan LiveWindow = TimeSpan.FromMilliseconds(300);

    private LeadChoices _choices = LeadChoices.None;
    private Page<LeadRow>? _mine;
    private List<(QueueOption Queue, int Count)> _waiting = [];
    private Guid _me;
    private IDisposable? _subscription;
    private CoalescedRefresh? _refresh;

    [Inject]
    private ILeadService Leads { get; set; } = default!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private ILiveBus Bus { get; set; } = default!;

    [Inject]
    private UserTimeZone Zone { get; set; } = default!;

    [Inject]
    private IStringLocalizer<LeadText> Text { get; set; } = default!;

    [Inject]
    private IStringLocalizer<Customers.CustomersText> CustomerText { get; set; } = default!;

    private string MineHref => $"/leads?owner={_me}&status=new";

    public void Dispose()
    {
        _subscription?.Dispose();
        _refresh?.Dispose();
    }

    // Subscribed before the first load, so a lead arriving meanwhile is not missed.
    protected override async Task OnInitializedAsync()
    {
        _me = (await CurrentUser.GetAsync()).UserId;
        _refresh = new CoalescedRefresh(() => InvokeAsync(async () =>
        {
            await LoadAsync();
            StateHasChanged();
        }), LiveWindow);
        _subscription = Bus.Subscribe(OnLiveEventAsync);
        await Zone.LoadAsync();
        _choices = await Leads.ChoicesAsync();
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _mine = await Leads.SearchAsync(new LeadQuery(Status: LeadStatus.New, OwnerId: _me, PageSize: Shown));
        var waiting = new List<(QueueOption, int)>();
        foreach (var queue in _choices.Queues)
        {
            var page = await Leads.SearchAsync(
                new LeadQuery(Status: LeadStatus.New, QueueTeamId: queue.TeamId, PageSize: 1));
            if (page.TotalCount > 0)
            {
                waiting.Add((queue, page.TotalCount));
            }
        }

        _waiting = waiting;
    }

    private ValueTask OnLiveEventAsync(IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        if (LeadLive.Concerns(domainEvent, _me, _choices.Queues.Select(q => q.TeamId)))
        {
            _refresh?.Request();
        }

        return ValueTask.CompletedTask;
    }

    private string Caption(LeadRow lead)
    {
        var company = lead.PersonName is null ? null : lead.Company;
        var parts = new[] { company, Text[$"Source.{lead.Source}"].Value, Ago(lead.ReceivedAt) };

        return string.Join(" · ", parts.Where(p => !string.IsNullOrEmpty(p)));
    }

    private string Ago(DateTime at) => Customers.RelativeTime.Format(at, Zone.UtcNow, CustomerText);

    private static string QueueHref(QueueOption queue) => $"/leads?queue={queue.TeamId}&status=new";
}
