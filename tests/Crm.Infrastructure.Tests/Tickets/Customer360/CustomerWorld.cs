using Crm.Domain.Activities;
using Crm.Domain.Common;
using Crm.Domain.Customers;
using Crm.Domain.Pipeline;
using Crm.Domain.Sla;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Tests.Common;
using Crm.Infrastructure.Tests.Pipeline;
using Crm.Infrastructure.Tickets;
using Crm.Infrastructure.Tickets.Customer360;

namespace Crm.Infrastructure.Tests.Tickets.Customer360;

/// <summary>
/// A <see cref="TicketWorld"/> with the records the customer 360 view reads: an open and a won
/// opportunity of the account (owned by the rep), activities, a contact and tickets.
/// </summary>
internal sealed class CustomerWorld(CrmTestHost host, TicketWorld tickets)
{
    public TicketWorld Tickets { get; } = tickets;

    public ITicketCustomerView View => host.Get<ITicketCustomerView>();

    public ICustomerTimeline Timeline => host.Get<ICustomerTimeline>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<CustomerWorld> CreateAsync(CrmTestHost host) =>
        new(host, await TicketWorld.CreateAsync(host));

    public async Task<Guid> OpportunityAsync(string name, bool won = false)
    {
        var pipeline = await host.SaveNewAsync(
            PipelineWorld.NewPipeline($"新业务-{Guid.NewGuid():N}", host.Now.AddDays(-30)));
        var opportunity = Opportunity.Create(
            Guid.CreateVersion7(), new OpportunityDetails(name, null, new DateOnly(2026, 6, 30)), Tickets.Account,
            Tickets.Rep, pipeline.Stages[0], new Money(12_000_000, "CNY"), Tickets.Rep, host.Now.AddDays(-20));
        if (won)
        {
            opportunity.MoveTo(pipeline.Stages.Single(s => s.Outcome == StageOutcome.Won), Tickets.Rep,
                host.Now.AddDays(-10), new CloseInfo("价格合适", DateOnly.FromDateTime(host.Now.AddDays(-10))));
        }

        return (await host.SaveNewAsync(opportunity)).Id;
    }

    /// <summary>A call logged <paramref name="hoursAgo"/> hours before now.</summary>
    public async Task<Guid> ActivityAsync(double hoursAgo) =>
        (await host.SaveNewAsync(TestRecords.Activity(Tickets.Account, host.Now.AddHours(-hoursAgo), host.Now))).Id;

    public async Task<Guid> ContactAsync(string name) =>
        (await host.SaveNewAsync(Contact.Create(
            Guid.CreateVersion7(), Tickets.Account, new ContactDetails(name, "IT 经理", null, null, null, null),
            host.Now))).Id;

    /// <summary>Opens a ticket of the account now (as an admin), then moves the clock on a minute.</summary>
    public async Task<NewTicket> TicketAsync(
        string subject, Guid? contactId = null, Guid? opportunityId = null,
        TicketPriority priority = TicketPriority.High)
    {
        var (id, roles) = (host.Actor.Id, host.Actor.Roles);
        Tickets.SignInAsAdmin();
        var ticket = await Tickets.Tickets.CreateAsync(
            Tickets.Input(subject) with { ContactId = contactId, OpportunityId = opportunityId, Priority = priority },
            Ct);
        host.Actor.SignIn(id, [.. roles]);
        host.Clock.Advance(TimeSpan.FromMinutes(1));

        return ticket;
    }

    public async Task ResolveAsync(NewTicket ticket)
    {
        var (id, roles) = (host.Actor.Id, host.Actor.Roles);
        Tickets.SignInAsAdmin();
        var view = await Tickets.Tickets.GetAsync(ticket.Number, Ct);
        await Tickets.Tickets.ChangeStatusAsync(ticket.Id, view.Version, TicketStatus.Resolved, Ct);
        host.Actor.SignIn(id, [.. roles]);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
    }

    public Task BreachResolutionAsync(NewTicket ticket) =>
        host.ChangeAsync<Ticket>(ticket.Id, (t, at) => t.ApplySla(
            new TicketSla(Guid.CreateVersion7(), SlaState.Met, at, SlaState.Breached, at.AddHours(-1), null), at));
}
