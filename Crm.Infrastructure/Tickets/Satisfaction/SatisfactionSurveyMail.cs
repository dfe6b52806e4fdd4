using Crm.Infrastructure.Common;
using Crm.Infrastructure.Mail;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tickets.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Tickets.Satisfaction;

/// <summary>
/// Writes the survey mail when the sender takes it. The token is made here, its hash saved
/// before the mail goes out, and it is held nowhere else: the link exists only in the mail. A
/// second try of the same mail issues a new token, so only the latest mail's link works.
/// </summary>
internal sealed class SatisfactionSurveyMail(
    IAppLinks links, TimeProvider clock, ILogger<SatisfactionSurveyMail> logger)
{
    /// <summary>The mail for the ticket's latest survey; null when that survey is no longer open.</summary>
    public async Task<MailMessage?> ComposeAsync(
        CrmDbContext db, OutgoingTicketMail mail, int number, string subject, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var survey = await db.Set<SatisfactionSurvey>().Where(s => s.TicketId == mail.TicketId)
            .OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).FirstOrDefaultAsync(cancellationToken);
        if (survey is null || survey.StateAt(now) != SurveyState.Open)
        {
            return null;
        }

        var token = LinkTokens.New();
        survey.Issue(LinkTokens.Hash(token), now);
        await db.SaveChangesAsync(CancellationToken.None);
        SatisfactionLog.Issued(logger, survey.Id);

        var link = links.Create($"{SatisfactionOptions.PagePath}/{token}");

        return TicketMails.Survey(number, subject, link, survey.ExpiresAt, mail.ToAddress, mail.ToName, mail.Language);
    }

    public static void Dropped(ILogger logger, OutgoingTicketMail mail) =>
        SatisfactionLog.MailDropped(logger, mail.Id, mail.TicketId);
}
