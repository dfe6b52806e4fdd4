using Crm.Domain.Tickets;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Tickets.Satisfaction;

internal sealed class SatisfactionSurveyService(
    IDbContextFactory<CrmDbContext> contexts, TimeProvider clock, ILogger<SatisfactionSurveyService> logger)
    : ISatisfactionSurveyService
{
    public async Task<SurveyLookup> FindAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (!LinkTokens.IsWellFormed(token))
        {
            return SurveyLookup.NotValid;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (survey, ticket) = await FindAsync(db, token!, tracked: false, cancellationToken);

        return LookupOf(survey, ticket, Now);
    }

    public async Task<SurveyLookup> AnswerAsync(
        string? token, int rating, string? comment, CancellationToken cancellationToken = default)
    {
        if (!LinkTokens.IsWellFormed(token))
        {
            return SurveyLookup.NotValid;
        }

        var answer = await contexts.InTransactionAsync(db => AnswerAsync(db, token!, rating, comment,
            cancellationToken), cancellationToken);
        if (!answer.Recorded)
        {
            SatisfactionLog.Refused(logger, answer.State);
        }

        return answer;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    // The rating is checked before the survey is claimed; the claim is one conditional UPDATE, so
    // of two answers racing on one link the second finds it answered (PostgreSQL re-reads the
    // row after the first commits; SQLite runs one writing transaction at a time).
    private async Task<SurveyLookup> AnswerAsync(
        CrmDbContext db, string token, int rating, string? comment, CancellationToken cancellationToken)
    {
        var now = Now;
        var (survey, ticket) = await FindAsync(db, token, tracked: true, cancellationToken);
        var lookup = LookupOf(survey, ticket, now);
        if (lookup.State != SurveyState.Open)
        {
            return lookup;
        }

        ticket!.Rate(rating, comment, now);
        var claimed = await db.Set<SatisfactionSurvey>()
            .Where(s => s.Id == survey!.Id && s.AnsweredAt == null && s.SupersededAt == null && s.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.AnsweredAt, now), cancellationToken);
        if (claimed == 0)
        {
            return new SurveyLookup(SurveyState.Used);
        }

        await db.SaveChangesAsync(cancellationToken);
        SatisfactionLog.Rated(logger, ticket.Number, rating, survey!.Id);

        return lookup with { Recorded = true };
    }

    private static async Task<(SatisfactionSurvey? Survey, Ticket? Ticket)> FindAsync(
        CrmDbContext db, string token, bool tracked, CancellationToken cancellationToken)
    {
        var hash = LinkTokens.Hash(token);
        var survey = await db.Set<SatisfactionSurvey>().AsNoTracking()
            .SingleOrDefaultAsync(s => s.TokenHash == hash, cancellationToken);
        if (survey is null)
        {
            return (null, null);
        }

        var tickets = tracked ? db.Tickets : db.Tickets.AsNoTracking();

        return (survey, await tickets.SingleOrDefaultAsync(t => t.Id == survey.TicketId, cancellationToken));
    }

    // A ticket reopened since the survey was sent is no longer the resolution being rated.
    private static SurveyLookup LookupOf(SatisfactionSurvey? survey, Ticket? ticket, DateTime now)
    {
        if (survey is null || ticket is null)
        {
            return SurveyLookup.NotValid;
        }

        var state = survey.StateAt(now);
        if (state == SurveyState.Open && ticket.Status is not (TicketStatus.Resolved or TicketStatus.Closed))
        {
            state = SurveyState.NotValid;
        }

        return state == SurveyState.Open ? new SurveyLookup(state, ticket.Number, ticket.Subject) : new(state);
    }
}
