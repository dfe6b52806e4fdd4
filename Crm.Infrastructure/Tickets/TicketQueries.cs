using Crm.Domain.Tickets;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tickets.Sla;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tickets;

/// <summary>The ticket lists' scopes, filters, order and rows, all translated to SQL.</summary>
internal static class TicketQueries
{
    public static IQueryable<Ticket> Filter(
        IQueryable<Ticket> tickets, TicketQuery query, Actor actor, TicketAccess access)
    {
        tickets = query.Scope switch
        {
            TicketListScope.Mine => tickets.Where(t => t.AssigneeId == actor.UserId),
            TicketListScope.TeamQueue => TeamQueue(tickets, access),
            TicketListScope.AtRisk => TicketSlaQueries.AtRisk(tickets),
            _ => tickets,
        };
        tickets = query.QueueId is { } queueId ? tickets.Where(t => t.QueueId == queueId) : tickets;
        var statuses = query.Statuses.ToList();
        tickets = statuses.Count > 0 ? tickets.Where(t => statuses.Contains(t.Status)) : tickets;
        tickets = query.Priority is { } priority ? tickets.Where(t => t.Priority == priority) : tickets;
        tickets = query.AccountId is { } accountId ? tickets.Where(t => t.AccountId == accountId) : tickets;

        return string.IsNullOrWhiteSpace(query.Search) ? tickets : Matching(tickets, query.Search.Trim());
    }

    /// <summary>Orders by the chosen key, then newest first and id, so pages never overlap.</summary>
    public static IQueryable<Ticket> Order(IQueryable<Ticket> tickets, TicketSort sort)
    {
        var ordered = sort switch
        {
            TicketSort.Oldest => tickets.OrderBy(t => t.OpenedAt),
            TicketSort.PriorityFirst => tickets.OrderByDescending(t => t.Priority).ThenByDescending(t => t.OpenedAt),
            TicketSort.Number => tickets.OrderByDescending(t => t.Number),
            _ => tickets.OrderByDescending(t => t.OpenedAt),
        };

        return ordered.ThenBy(t => t.Id);
    }

    public static IQueryable<TicketRow> Rows(IQueryable<Ticket> tickets, CrmDbContext db) =>
        tickets.Select(t => new TicketRow(
            t.Id, t.Number, t.Subject, t.Status, t.Priority, t.Category, t.Channel, t.QueueId,
            db.TicketQueues.Where(q => q.Id == t.QueueId).Select(q => q.Name).FirstOrDefault() ?? "",
            t.AssigneeId,
            db.CrmUsers.Where(u => u.Id == t.AssigneeId).Select(u => u.DisplayName).FirstOrDefault(),
            t.AccountId,
            db.Accounts.Where(a => a.Id == t.AccountId).Select(a => a.Name).FirstOrDefault(),
            t.OpenedAt,
            EF.Property<DateTime>(t, AuditStamps.UpdatedAt))
        {
            Version = t.Version,
            Sla = new TicketSla(t.SlaPolicyId, t.FirstResponseSla, t.FirstResponseDueAt, t.ResolutionSla,
                t.ResolutionDueAt, t.SlaNextChangeAt),
            Rating = t.Rating,
            FirstRespondedAt = t.FirstRespondedAt,
        });

    // Unassigned open tickets of the teams the actor works in; admins see every team's.
    private static IQueryable<Ticket> TeamQueue(IQueryable<Ticket> tickets, TicketAccess access)
    {
        var open = TicketStatusRules.OpenStatuses.ToList();
        var waiting = tickets.Where(t => t.AssigneeId == null && open.Contains(t.Status));
        if (access.Scope.SeesAll)
        {
            return waiting;
        }

        var teams = access.Scope.TeamIds;

        return waiting.Where(t => teams.Contains(t.TeamId));
    }

    private static IQueryable<Ticket> Matching(IQueryable<Ticket> tickets, string text)
    {
        if (TicketNumbers.Parse(text) is { } number)
        {
            return tickets.Where(t => t.Number == number);
        }

        var lower = text.ToLowerInvariant();

        return tickets.Where(t => t.Subject.ToLower().Contains(lower));
    }
}
