using Crm.Domain.Tickets;
using Crm.Infrastructure.Tickets;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;

namespace Crm.Web.Tickets;

/// <summary>
/// The ticket's details and the controls that change it: status (only the moves the rules
/// allow), priority, queue, assignee and tags. Read-only users see the values, disabled.
/// </summary>
public sealed partial class TicketSidePanel
{
    [Parameter, EditorRequired]
    public TicketView Ticket { get; set; } = default!;

    [Parameter, EditorRequired]
    public TicketChoices Choices { get; set; } = default!;

    [Inject]
    private UserTimeZone Zone { get; set; } = default!;

    [Parameter]
    public bool Busy { get; set; }

    [Parameter]
    public EventCallback<TicketStatus> OnStatusChanged { get; set; }

    [Parameter]
    public EventCallback<TicketPriority> OnPriorityChanged { get; set; }

    [Parameter]
    public EventCallback<Guid> OnQueueChanged { get; set; }

    [Parameter]
    public EventCallback<Guid?> OnAssigneeChanged { get; set; }

    [Parameter]
    public EventCallback<IReadOnlyList<string>> OnTagsChanged { get; set; }

    private bool CanMove => Ticket.CanWork && !Busy && Ticket.Status != TicketStatus.Closed;

    private IReadOnlyList<TicketStatus> Statuses => [Ticket.Status, .. Ticket.AllowedStatuses];

    // The current queue stays listed even when the user cannot file in it.
    private IEnumerable<QueueOption> QueueChoices =>
        Choices.Queues.Any(q => q.Id == Ticket.Queue.Id)
            ? Choices.Queues
            : [new QueueOption(Ticket.Queue.Id, Ticket.Queue.Name, Guid.Empty, null), .. Choices.Queues];

    private IEnumerable<AgentOption> AgentChoices
    {
        get
        {
            var team = Choices.Queues.FirstOrDefault(q => q.Id == Ticket.Queue.Id)?.TeamId;
            var agents = Choices.Agents.Where(a => a.TeamId == team).ToList();

            return Ticket.Assignee is { } current && agents.All(a => a.Id != current.Id)
                ? [new AgentOption(current.Id, current.Name, Guid.Empty), .. agents]
                : agents;
        }
    }

    private string Requester =>
        Ticket.Contact?.Name ?? Ticket.RequesterName ?? Ticket.RequesterEmail ?? "—";

    private string QueueName(Guid id) => QueueChoices.FirstOrDefault(q => q.Id == id)?.Name ?? "";

    private string AgentName(Guid? id) => AgentChoices.FirstOrDefault(a => a.Id == id)?.Name ?? "";

    private string When(DateTime? at) => at is { } value ? Zone.ToLocal(value).ToString("g") : Text["Ticket.NotYet"];

    private Task OnStatus(TicketStatus status) =>
        status == Ticket.Status ? Task.CompletedTask : OnStatusChanged.InvokeAsync(status);

    private Task OnPriority(TicketPriority priority) =>
        priority == Ticket.Priority ? Task.CompletedTask : OnPriorityChanged.InvokeAsync(priority);

    private Task OnQueue(Guid queueId) =>
        queueId == Ticket.Queue.Id ? Task.CompletedTask : OnQueueChanged.InvokeAsync(queueId);

    private Task OnAssignee(Guid? assigneeId) =>
        assigneeId == Ticket.Assignee?.Id ? Task.CompletedTask : OnAssigneeChanged.InvokeAsync(assigneeId);

    private Task OnTags(string text) => OnTagsChanged.InvokeAsync(TicketForm.SplitTags(text));

    private static RenderFragment Fact(string label, string value) => builder =>
    {
        builder.OpenElement(0, "tr");
        builder.OpenElement(1, "td");
        builder.AddAttribute(2, "class", "mud-text-secondary");
        builder.AddContent(3, label);
        builder.CloseElement();
        builder.OpenElement(4, "td");
        builder.AddContent(5, value);
        builder.CloseElement();
        builder.CloseElement();
    };
}
