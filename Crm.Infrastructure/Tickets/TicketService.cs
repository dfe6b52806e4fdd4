using Crm.Domain.Tickets;
using Crm.Infrastructure.Assignment;
using Crm.Infrastructure.Attachments;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Notifications;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tickets.Mail;
using Crm.Infrastructure.Tickets.Sla;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Tickets;

internal sealed partial class TicketService(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, ITicketVisibility visibility,
    TicketIntake intake, INotificationPublisher notifications, TicketMailQueue mails, AttachmentKeeper files,
    TimeProvider clock, ILogger<TicketService> logger, TicketSlaEvaluator sla,
    Satisfaction.SatisfactionSurveys surveys)
    : ITicketService
{
    private const string RecordType = "Ticket";

    public async Task<Page<TicketRow>> SearchAsync(TicketQuery query, CancellationToken cancellationToken = default)
    {
        await using var session = await OpenAsync(cancellationToken);
        var db = session.Db;

        var visible = visibility.Tickets(db, session.Access);
        var tickets = TicketQueries.Filter(visible, query, session.Actor, session.Access);
        var total = await tickets.CountAsync(cancellationToken);
        var pageSize = Math.Clamp(query.PageSize, 1, 200);
        var ordered = query.Scope == TicketListScope.AtRisk
            ? TicketSlaQueries.SoonestDueFirst(tickets)
            : TicketQueries.Order(tickets, query.Sort);
        var page = ordered.Skip(Math.Max(query.Page, 0) * pageSize).Take(pageSize);
        var rows = await TicketQueries.Rows(page, db).ToListAsync(cancellationToken);

        return new Page<TicketRow>(rows, total);
    }

    public async Task<NewTicket> CreateAsync(TicketInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var actor = await currentUser.GetAsync(cancellationToken);

        // Built inside the work: a retried transaction starts again from a fresh number and routing.
        return await contexts.InAssigningTransactionAsync(async db =>
        {
            var access = await visibility.AccessForAsync(actor, db, cancellationToken);
            var queue = await QueueForAsync(db, access, input.QueueId, cancellationToken);
            if (input.AssigneeId is { } assigneeId)
            {
                await EnsureAssignableAsync(db, queue.TeamId, assigneeId, cancellationToken);
            }

            var draft = await DraftAsync(db, input, queue, cancellationToken);
            var ticket = await intake.AddAsync(db, draft, input.AssigneeId, cancellationToken);
            var name = await NameOfUserAsync(db, ticket.AssigneeId, cancellationToken);

            return new NewTicket(ticket.Id, ticket.Number, ticket.AssigneeId, name, ticket.Assignment);
        }, logger, cancellationToken);
    }

    public async Task<TicketChoices> ChoicesAsync(CancellationToken cancellationToken = default)
    {
        await using var session = await OpenAsync(cancellationToken);
        var (db, access) = (session.Db, session.Access);

        var queues = await FilingQueues(db, access)
            .Select(q => new QueueOption(q.Id, q.Name, q.TeamId, q.DefaultPriority))
            .ToListAsync(cancellationToken);
        var teams = queues.Select(q => q.TeamId).Distinct().ToList();
        var agents = await db.CrmUsers.Where(u => u.IsActive && teams.Contains(u.TeamId))
            .Select(u => new AgentOption(u.Id, u.DisplayName, u.TeamId))
            .ToListAsync(cancellationToken);

        return new TicketChoices(
            queues.Count > 0, [.. queues.OrderBy(q => q.Name, StringComparer.Ordinal)],
            [.. agents.OrderBy(a => a.Name, StringComparer.Ordinal)]);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    // Active queues of the teams the actor works in; admins file anywhere. Read-only roles none.
    private static IQueryable<TicketQueue> FilingQueues(CrmDbContext db, TicketAccess access)
    {
        var active = db.TicketQueues.Where(q => q.IsActive);
        if (!access.CanWork)
        {
            return active.Where(_ => false);
        }

        var teams = access.Scope.TeamIds;

        return access.Scope.SeesAll ? active : active.Where(q => teams.Contains(q.TeamId));
    }

    private static async Task<TicketQueue> QueueForAsync(
        CrmDbContext db, TicketAccess access, Guid queueId, CancellationToken cancellationToken)
    {
        if (!access.CanWork)
        {
            throw new ForbiddenException("You can read tickets but not open them.");
        }

        return await FilingQueues(db, access).AsNoTracking().SingleOrDefaultAsync(q => q.Id == queueId,
            cancellationToken) ?? throw new Domain.Common.DomainException(
            "Queue.invalid", "Choose an active queue of your team.", "Queue");
    }

    private static async Task<TicketDraft> DraftAsync(
        CrmDbContext db, TicketInput input, TicketQueue queue, CancellationToken cancellationToken)
    {
        if (input.ContactId is { } contactId
            && !await db.Contacts.AnyAsync(c => c.Id == contactId && c.AccountId == input.AccountId, cancellationToken))
        {
            throw new Domain.Common.DomainException("Contact.invalid", "Choose a contact of the account.", "Contact");
        }

        if (input.AccountId is { } accountId && !await db.Accounts.AnyAsync(a => a.Id == accountId, cancellationToken))
        {
            throw new Domain.Common.DomainException("Account.invalid", "Choose an existing account.", "Account");
        }

        if (input.OpportunityId is { } opportunityId && !await db.Opportunities.AnyAsync(
                o => o.Id == opportunityId && o.AccountId == input.AccountId, cancellationToken))
        {
            throw new Domain.Common.DomainException(
                "Opportunity.invalid", "Choose an opportunity of the account.", "Opportunity");
        }

        var priority = input.Priority ?? queue.DefaultPriority ?? TicketPriority.Medium;

        return new TicketDraft(input.Subject, input.Description, input.Channel, input.Category, priority, queue.Id,
            queue.TeamId)
        {
            AccountId = input.AccountId,
            ContactId = input.ContactId,
            RequesterName = input.RequesterName,
            RequesterEmail = input.RequesterEmail,
            Tags = input.Tags,
            OpportunityId = input.OpportunityId,
        };
    }

    private static async Task EnsureAssignableAsync(
        CrmDbContext db, Guid teamId, Guid assigneeId, CancellationToken cancellationToken)
    {
        if (!await db.CrmUsers.AnyAsync(u => u.Id == assigneeId && u.IsActive && u.TeamId == teamId,
                cancellationToken))
        {
            throw new Domain.Common.DomainException(
                "Assignee.invalid", "The ticket cannot be given to this person.", "Assignee");
        }
    }

    private static Task<string?> NameOfUserAsync(CrmDbContext db, Guid? userId, CancellationToken cancellationToken) =>
        userId is null
            ? Task.FromResult<string?>(null)
            : db.CrmUsers.Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);

    private Task<TicketSession> OpenAsync(CancellationToken cancellationToken) =>
        TicketSession.OpenAsync(contexts, currentUser, visibility, cancellationToken);
}
