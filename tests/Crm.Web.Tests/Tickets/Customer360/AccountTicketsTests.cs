using Bunit;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Tickets;
using Crm.Infrastructure.Tickets.Customer360;
using Crm.Web.Tests.Common;
using Crm.Web.Tests.Tickets.Workspace;
using Crm.Web.Tickets.Customer360;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Tickets.Customer360;

public sealed class AccountTicketsTests : CrmTestContext
{
    private static readonly Guid Account = Guid.CreateVersion7();

    private readonly FakeTicketService _tickets = new();

    public AccountTicketsTests() => Services.AddSingleton<ITicketService>(_tickets);

    [Fact]
    public void Render_OpenCriticalTicket_ListsItWithoutRepeatingTheHeadersWarning()
    {
        _tickets.Rows.Add(WorkspaceSamples.Row(10240, "生产线停机") with { Priority = TicketPriority.Critical });
        TicketCustomers.Alert = new AccountTicketAlert(1, 1, 0);

        var tab = Render<AccountTickets>(p => p.Add(x => x.AccountId, Account));

        Assert.Empty(tab.FindAll("[data-testid=account-ticket-warning]"));
        Assert.Single(tab.FindAll("[data-testid=workspace-row]"));
    }

    [Fact]
    public void Render_AsksForTheAccountsTicketsOnly()
    {
        Render<AccountTickets>(p => p.Add(x => x.AccountId, Account));

        Assert.All(_tickets.Queries, q => Assert.Equal(Account, q.AccountId));
    }

    [Fact]
    public void LiveEvent_NewTicketOfTheAccount_ReadsAgain()
    {
        var tab = Render<AccountTickets>(p => p.Add(x => x.AccountId, Account));
        _tickets.Rows.Add(WorkspaceSamples.Row(10242, "新工单"));

        Bus.Publish([new TicketCreated(Guid.CreateVersion7(), 1, Now, 10242, Guid.Empty, Guid.Empty, null, Account,
            TicketStatus.New, TicketPriority.High, TicketCategory.Problem, TicketChannel.Email)]);

        tab.WaitForAssertion(() => Assert.Single(tab.FindAll("[data-testid=workspace-row]")), TimeSpan.FromSeconds(5));
    }
}
