using Crm.Domain.Pipeline;
using Crm.Domain.Sla;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Currencies;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Pipeline;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Tickets.Customer360;

internal sealed class TicketCustomerView(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, ITicketVisibility tickets,
    ICustomerVisibility customers, IOpportunityVisibility opportunities, ICurrencyConversion conversion,
    ILogger<TicketCustomerView> logger)
    : ITicketCustomerView
{
    public async Task<TicketCustomerSummary> ForTicketAsync(
        int ticketNumber, CancellationToken cancellationToken = default)
    {
        await using var session = await TicketSession.OpenAsync(contexts, currentUser, tickets, cancellationToken);
        var db = session.Db;
        var ticket = await tickets.Tickets(db, session.Access).AsNoTracking()
            .Where(t => t.Number == ticketNumber)
            .Select(t => new { t.Id, t.AccountId, t.ContactId, t.RequesterName, t.RequesterEmail })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Ticket", Guid.Empty);

        var reader = new Reader(
            session, customers, await customers.AccessForAsync(session.Actor, db, cancellationToken),
            await opportunities.AccessForAsync(session.Actor, db, cancellationToken));
        var account = ticket.AccountId is { } accountId
            ? await AccountAsync(reader, accountId, cancellationToken)
            : null;
        Customer360Log.SummaryRead(logger, ticket.Id, session.Actor.UserId, account?.CanOpen ?? false);
        if (account is null)
        {
            return new TicketCustomerSummary(
                ticket.Id, ticketNumber, null, null, ticket.RequesterName, ticket.RequesterEmail,
                CustomerOpportunities.None, [], CustomerTickets.None);
        }

        return new TicketCustomerSummary(
            ticket.Id, ticketNumber, account,
            ticket.ContactId is { } contactId ? await ContactAsync(reader, contactId, cancellationToken) : null,
            ticket.RequesterName, ticket.RequesterEmail,
            await OpportunitiesAsync(reader, account.Id, cancellationToken),
            await ActivitiesAsync(db, account.Id, cancellationToken),
            await OtherTicketsAsync(session, account.Id, ticket.Id, cancellationToken));
    }

    public async Task<AccountTicketAlert> AlertForAccountAsync(
        Guid accountId, CancellationToken cancellationToken = default)
    {
        await using var session = await TicketSession.OpenAsync(contexts, currentUser, tickets, cancellationToken);
        var db = session.Db;
        var customerAccess = await customers.AccessForAsync(session.Actor, db, cancellationToken);
        if (!await customers.Accounts(db, customerAccess).AnyAsync(a => a.Id == accountId, cancellationToken))
        {
            throw new NotFoundException("Account", accountId);
        }

        var open = TicketStatusRules.OpenStatuses.ToList();
        var counts = await tickets.Tickets(db, session.Access)
            .Where(t => t.AccountId == accountId && open.Contains(t.Status))
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Open = g.Count(),
                Critical = g.Count(t => t.Priority == TicketPriority.Critical),
                Breached = g.Count(t => (t.FirstRespondedAt == null && t.FirstResponseSla == SlaState.Breached)
                    || t.ResolutionSla == SlaState.Breached),
            })
            .FirstOrDefaultAsync(cancellationToken);

        return counts is null
            ? AccountTicketAlert.None
            : new AccountTicketAlert(counts.Open, counts.Critical, counts.Breached);
    }

    // The account is read through the ticket, not through the reader's customer visibility.
    private static async Task<CustomerAccount?> AccountAsync(
        Reader reader, Guid accountId, CancellationToken cancellationToken)
    {
        var db = reader.Session.Db;
        var account = await db.Accounts.AsNoTracking().Where(a => a.Id == accountId)
            .Select(a => new
            {
                a.Id, a.Name, a.Tier,
                Owner = db.CrmUsers.Where(u => u.Id == a.OwnerId).Select(u => u.DisplayName).FirstOrDefault(),
                a.OwnerId,
            })
            .FirstOrDefaultAsync(cancellationToken);

        return account is null
            ? null
            : new CustomerAccount(
                account.Id, account.Name, account.Tier, account.Owner ?? "",
                reader.Customers.Scope.Covers(account.OwnerId));
    }

    private static async Task<CustomerContact?> ContactAsync(
        Reader reader, Guid contactId, CancellationToken cancellationToken)
    {
        var contact = await reader.Session.Db.Contacts.AsNoTracking().Where(c => c.Id == contactId)
            .Select(c => new { c.Id, c.Name, c.Title, c.Email, Phone = c.Mobile ?? c.Phone })
            .FirstOrDefaultAsync(cancellationToken);
        var canOpen = contact is not null && await reader.Visible.Contacts(reader.Session.Db, reader.Customers)
            .AnyAsync(c => c.Id == contactId, cancellationToken);

        return contact is null
            ? null
            : new CustomerContact(contact.Id, contact.Name, contact.Title, contact.Email, contact.Phone, canOpen);
    }

    private async Task<CustomerOpportunities> OpportunitiesAsync(
        Reader reader, Guid accountId, CancellationToken cancellationToken)
    {
        var db = reader.Session.Db;
        var open = db.Opportunities.AsNoTracking()
            .Where(o => o.AccountId == accountId && o.Status == OpportunityStatus.Open)
            .OrderBy(o => o.ExpectedCloseDate).ThenBy(o => o.Id);
        var rows = await OpportunityData.Project(db, open).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return CustomerOpportunities.None;
        }

        var converter = await conversion.LoadAsync(db, cancellationToken);
        var inBase = rows.Select(r => converter.TryToBase(r.Amount)).ToList();
        var total = inBase.All(m => m is not null)
            ? new Domain.Common.Money(inBase.Sum(m => m!.Value.MinorUnits), converter.BaseCurrency)
            : (Domain.Common.Money?)null;
        var shown = rows.Take(ITicketCustomerView.ShownOpportunities)
            .Select(r => new CustomerOpportunity(
                r.Id, r.Name, r.StageName, r.Amount, r.ExpectedCloseDate, reader.Opportunities.CanSee(r.OwnerId)))
            .ToList();

        return new CustomerOpportunities(shown, rows.Count, total);
    }

    private static async Task<IReadOnlyList<CustomerActivity>> ActivitiesAsync(
        CrmDbContext db, Guid accountId, CancellationToken cancellationToken) =>
        await db.Activities.AsNoTracking().Where(a => a.AccountId == accountId)
            .OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id)
            .Take(ITicketCustomerView.ShownActivities)
            .Select(a => new CustomerActivity(
                a.Id, a.Kind, a.Subject,
                db.CrmUsers.Where(u => u.Id == a.LoggedById).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                db.Contacts.Where(c => c.Id == a.ContactId).Select(c => c.Name).FirstOrDefault(),
                a.OccurredAt))
            .ToListAsync(cancellationToken);

    private async Task<CustomerTickets> OtherTicketsAsync(
        TicketSession session, Guid accountId, Guid ticketId, CancellationToken cancellationToken)
    {
        var open = TicketStatusRules.OpenStatuses.ToList();
        var others = tickets.Tickets(session.Db, session.Access)
            .Where(t => t.AccountId == accountId && t.Id != ticketId && open.Contains(t.Status));
        var count = await others.CountAsync(cancellationToken);
        if (count == 0)
        {
            return CustomerTickets.None;
        }

        var rows = await TicketQueries.Rows(TicketQueries.Order(others, TicketSort.Newest), session.Db)
            .Take(ITicketCustomerView.ShownTickets).ToListAsync(cancellationToken);

        return new CustomerTickets(rows, count);
    }

    // What the reader's own visibility allows, to say where each part may link to.
    private sealed record Reader(
        TicketSession Session, ICustomerVisibility Visible, CustomerAccess Customers,
        OpportunityAccess Opportunities);
}
