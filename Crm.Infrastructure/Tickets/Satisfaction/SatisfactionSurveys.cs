using Crm.Domain.Tickets;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tickets.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Infrastructure.Tickets.Satisfaction;

/// <summary>
/// Creates the survey of a resolution inside the unit of work that resolved the ticket, so a
/// rolled-back resolution asks nobody and a committed one always has its survey and its mail.
/// </summary>
internal sealed class SatisfactionSurveys(
    TicketMailQueue mails, IOptions<SatisfactionOptions> options, ILogger<SatisfactionSurveys> logger)
{
    /// <summary>
    /// Call after changing <paramref name="ticket"/> and before saving: when the change resolved
    /// it, earlier unanswered surveys of the ticket stop working, a new one is added and its mail
    /// is queued to the customer. Returns whether a survey was created.
    /// </summary>
    public async Task<bool> AfterChangeAsync(CrmDbContext db, Ticket ticket, CancellationToken cancellationToken)
    {
        var resolved = ticket.DomainEvents.OfType<TicketStatusChanged>().Any(e => e.Status == TicketStatus.Resolved);
        if (!options.Value.Enabled || !resolved || ticket.ResolvedAt is not { } at)
        {
            return false;
        }

        var earlier = await db.Set<SatisfactionSurvey>()
            .Where(s => s.TicketId == ticket.Id && s.AnsweredAt == null && s.SupersededAt == null)
            .ToListAsync(cancellationToken);
        earlier.ForEach(s => s.Supersede(at));

        var survey = new SatisfactionSurvey(ticket.Id, at, at.AddDays(Math.Max(options.Value.SurveyDays, 1)));
        db.Add(survey);
        var queued = await mails.SurveyAsync(db, ticket, cancellationToken);
        SatisfactionLog.Created(logger, survey.Id, ticket.Id, queued);

        return true;
    }
}
