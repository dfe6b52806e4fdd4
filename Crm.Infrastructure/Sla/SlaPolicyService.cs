using Crm.Domain.Common;
using Crm.Domain.Customers;
using Crm.Domain.Sla;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Sla;

internal sealed class SlaPolicyService(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, TimeProvider clock,
    ILogger<SlaPolicyService> logger)
    : ISlaPolicyService
{
    private const string RecordType = "SlaPolicy";

    /// <summary>
    /// A policy's id follows from its cell, so the primary key keeps one policy per cell on every
    /// provider, even when two admins fill the same cell at once; a deleted policy is restored.
    /// </summary>
    public static Guid IdOf(SlaPriority priority, AccountTier? tier) =>
        DeterministicGuid.From("sla-policy", $"{priority}/{tier?.ToString() ?? "any"}");

    public async Task<IReadOnlyList<PolicyView>> ListAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var policies = await db.SlaPolicies.AsNoTracking().ToListAsync(cancellationToken);
        var calendars = await db.SlaCalendars.AsNoTracking()
            .Select(c => new { c.Id, c.Name, c.IsDefault }).ToListAsync(cancellationToken);
        var fallback = calendars.FirstOrDefault(c => c.IsDefault)?.Name ?? "";

        return
        [
            .. policies.OrderByDescending(p => p.Priority).ThenBy(p => p.Tier ?? 0)
                .Select(p => ViewOf(p, calendars.FirstOrDefault(c => c.Id == p.CalendarId)?.Name ?? fallback)),
        ];
    }

    public async Task<PolicyView> CreateAsync(
        SlaPriority priority, AccountTier? tier, PolicyInput input, CancellationToken cancellationToken = default)
    {
        var actor = await EnsureAdminAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var terms = await TermsOfAsync(db, input, cancellationToken);

        var id = IdOf(priority, tier);
        var policy = await db.SlaPolicies.IgnoreQueryFilters().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (policy is { IsDeleted: false })
        {
            throw Taken();
        }

        if (policy is null)
        {
            policy = SlaPolicy.Create(id, priority, tier, terms, Now);
            db.SlaPolicies.Add(policy);
        }
        else
        {
            policy.Restore(terms, Now);
        }

        await SaveNewAsync(db, cancellationToken);
        SlaLog.PolicyChanged(logger, id, priority.ToString(), TierText(tier), "created", actor.UserId);

        return await ViewAsync(db, policy, cancellationToken);
    }

    public async Task<PolicyView> UpdateAsync(
        Guid id, int expectedVersion, PolicyInput input, CancellationToken cancellationToken = default)
    {
        var actor = await EnsureAdminAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var policy = await LoadAsync(db, id, expectedVersion, cancellationToken);

        policy.Update(await TermsOfAsync(db, input, cancellationToken), Now);
        await db.SaveCheckedAsync(RecordType, id, cancellationToken);
        SlaLog.PolicyChanged(logger, id, policy.Priority.ToString(), TierText(policy.Tier), "changed", actor.UserId);

        return await ViewAsync(db, policy, cancellationToken);
    }

    public async Task DeleteAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default)
    {
        var actor = await EnsureAdminAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var policy = await LoadAsync(db, id, expectedVersion, cancellationToken);

        policy.Delete(Now);
        await db.SaveCheckedAsync(RecordType, id, cancellationToken);
        SlaLog.PolicyChanged(logger, id, policy.Priority.ToString(), TierText(policy.Tier), "deleted", actor.UserId);
    }

    internal static PolicyView ViewOf(SlaPolicy p, string calendarName) =>
        new(p.Id, p.Version, p.Priority, p.Tier, p.FirstResponseMinutes, p.ResolutionMinutes, p.CalendarId,
            calendarName, p.AtRiskPercent);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static async Task<SlaPolicy> LoadAsync(
        CrmDbContext db, Guid id, int expectedVersion, CancellationToken cancellationToken)
    {
        var policy = await db.SlaPolicies.SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException(RecordType, id);
        db.ExpectVersion(policy, expectedVersion);

        return policy;
    }

    private static async Task<SlaPolicyTerms> TermsOfAsync(
        CrmDbContext db, PolicyInput input, CancellationToken cancellationToken)
    {
        if (input.CalendarId is { } calendarId
            && !await db.SlaCalendars.AnyAsync(c => c.Id == calendarId, cancellationToken))
        {
            throw new DomainException("CalendarId.unknown", "No such calendar.", "CalendarId");
        }

        return new SlaPolicyTerms(
            input.FirstResponseMinutes, input.ResolutionMinutes, input.CalendarId, input.AtRiskPercent);
    }

    // Two admins filling the same empty cell at once: the second insert hits the primary key.
    private static async Task SaveNewAsync(CrmDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (error is not DbUpdateConcurrencyException)
        {
            throw Taken();
        }
    }

    private static async Task<PolicyView> ViewAsync(
        CrmDbContext db, SlaPolicy policy, CancellationToken cancellationToken)
    {
        var name = await db.SlaCalendars
            .Where(c => policy.CalendarId == null ? c.IsDefault : c.Id == policy.CalendarId)
            .Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);

        return ViewOf(policy, name ?? "");
    }

    private static DomainException Taken() =>
        new("Tier.taken", "This priority and tier already have a policy.", "Tier");

    private static string TierText(AccountTier? tier) => tier?.ToString() ?? "any";

    private async Task<Actor> EnsureAdminAsync(CancellationToken cancellationToken)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        if (!actor.IsAdmin)
        {
            SlaLog.Refused(logger, actor.UserId);
            throw new ForbiddenException("Only admins change SLA policies.");
        }

        return actor;
    }
}
