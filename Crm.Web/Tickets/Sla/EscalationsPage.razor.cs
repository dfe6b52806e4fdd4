using Crm.Infrastructure.Tickets;
using Crm.Infrastructure.Tickets.Sla;
using Microsoft.AspNetCore.Components;

namespace Crm.Web.Tickets.Sla;

/// <summary>
/// The escalation grid, for administrators: a row per ticket priority, most urgent first, with
/// what happens when a clock is at risk and when it is breached.
/// </summary>
public sealed partial class EscalationsPage
{
    private List<SlaEscalationView>? _cells;
    private IReadOnlyList<NamedRef>? _queues;

    [Inject]
    private ISlaEscalationService Escalations { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _queues = await Escalations.QueuesAsync();
        _cells = [.. await Escalations.ListAsync()];
    }

    private async Task OnStaleAsync() => _cells = [.. await Escalations.ListAsync()];

    private void OnSaved(SlaEscalationView saved)
    {
        var index = _cells!.FindIndex(c => c.Priority == saved.Priority && c.Trigger == saved.Trigger);
        _cells[index] = saved;
    }
}
