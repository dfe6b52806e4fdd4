using Crm.Domain.Tickets;
using Crm.Infrastructure.Customers;
using Crm.Infrastructure.Tickets;

namespace Crm.Web.Tickets;

/// <summary>The new-ticket dialog's fields, as typed; <see cref="ToInput"/> is what is sent.</summary>
public sealed class TicketForm
{
    public string? Subject { get; set; }

    public string? Description { get; set; }

    public AccountOption? Account { get; set; }

    public string? RequesterName { get; set; }

    public string? RequesterEmail { get; set; }

    public TicketChannel Channel { get; set; } = TicketChannel.Phone;

    public TicketCategory Category { get; set; } = TicketCategory.Question;

    public TicketPriority? Priority { get; set; }

    public Guid? QueueId { get; set; }

    public Guid? AssigneeId { get; set; }

    public string? Tags { get; set; }

    public TicketInput ToInput() =>
        new(Subject ?? "", Description, Channel, Category, Priority, QueueId ?? Guid.Empty)
        {
            AccountId = Account?.Id,
            RequesterName = RequesterName,
            RequesterEmail = RequesterEmail,
            Tags = SplitTags(Tags),
            AssigneeId = AssigneeId,
        };

    /// <summary>Tags typed as one line, separated by commas (either width) or semicolons.</summary>
    public static IReadOnlyList<string> SplitTags(string? text) =>
        (text ?? "").Split(
            [',', '，', ';', '；'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
