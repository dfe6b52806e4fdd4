using Crm.Domain.Leads;
using Crm.Infrastructure.Assignment;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Leads;

internal sealed class WebLeadIntake(
    IDbContextFactory<CrmDbContext> contexts, LeadIntake intake, IActor actor, TimeProvider clock,
    ILogger<WebLeadIntake> logger)
    : IWebLeadIntake
{
    public async Task<Guid> SubmitAsync(LeadProfile profile, CancellationToken cancellationToken = default)
    {
        if (actor.UserId is not null)
        {
            throw new InvalidOperationException("Web form leads are written by nobody; this scope has a user.");
        }

        // Built inside the work: a retried transaction starts again from a fresh, unrouted lead.
        return await contexts.InAssigningTransactionAsync(async db =>
        {
            var lead = Lead.Create(Guid.CreateVersion7(), profile, LeadSource.WebForm, clock.GetUtcNow().UtcDateTime);
            await intake.AddAsync(db, lead, cancellationToken);

            return lead.Id;
        }, logger, cancellationToken);
    }
}
