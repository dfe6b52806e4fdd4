using Crm.Infrastructure.Common;
using Crm.Infrastructure.Tickets.Customer360;

namespace Crm.Web.Tests.Tickets.Customer360;

/// <summary>Serves <see cref="Summary"/> and <see cref="Alert"/>; a null summary is "not found".</summary>
public sealed class FakeTicketCustomerView : ITicketCustomerView
{
    public TicketCustomerSummary? Summary { get; set; }

    public AccountTicketAlert Alert { get; set; } = AccountTicketAlert.None;

    public int SummaryReads { get; private set; }

    public int AlertReads { get; private set; }

    public Task<TicketCustomerSummary> ForTicketAsync(int ticketNumber, CancellationToken cancellationToken = default)
    {
        SummaryReads++;

        return Summary is { } summary
            ? Task.FromResult(summary)
            : Task.FromException<TicketCustomerSummary>(new NotFoundException("Ticket", Guid.Empty));
    }

    public Task<AccountTicketAlert> AlertForAccountAsync(Guid accountId, CancellationToken cancellationToken = default)
    {
        AlertReads++;

        return Task.FromResult(Alert);
    }
}
