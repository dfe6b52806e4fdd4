using Crm.Domain.Leads;
using Crm.Infrastructure.Assignment;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Notifications;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Leads;

internal sealed partial class LeadService(
    IDbContextFactory<CrmDbContext> contexts, ICurrentUser currentUser, ILeadVisibility visibility,
    ICustomerVisibility customerVisibility, LeadIntake intake, INotificationPublisher notifications,
    TimeProvider clock, ILogger<LeadService> logger)
    : ILeadService
{
    private const string RecordType = "Lead";

    public async Task<Page<LeadRow>> SearchAsync(LeadQuery query, CancellationToken cancellationToken = default)
    {
        await using var session = await OpenAsync(cancellationToken);
        var db = session.Db;

        var leads = LeadQueries.Filter(visibility.Leads(db, session.Access), query);
        var total = await leads.CountAsync(cancellationToken);
        var pageSize = Math.Clamp(query.PageSize, 1, 200);
        var page = LeadQueries.Order(leads, db, query).Skip(Math.Max(query.Page, 0) * pageSize).Take(pageSize);
        var rows = await LeadQueries.Rows(page, db).ToListAsync(cancellationToken);

        return new Page<LeadRow>(rows, total);
    }

    public async Task<LeadView> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var session = await OpenAsync(cancellationToken);
        var db = session.Db;

        var lead = await visibility.Leads(db, session.Access).AsNoTracking()
            .SingleOrDefaultAsync(l => l.Id == id, cancellationToken) ?? throw new NotFoundException(RecordType, id);
        var stamp = await db.Leads.Where(l => l.Id == id)
            .Select(l => new
            {
                At = EF.Property<DateTime>(l, AuditStamps.CreatedAt),
                ById = EF.Property<Guid?>(l, AuditStamps.CreatedById),
            })
            .SingleAsync(cancellationToken);
        var customers = await customerVisibility.AccessForAsync(session.Actor, db, cancellationToken);

        return new LeadView(
            lead.Id, lead.Version, LeadQueries.ProfileOf(lead), lead.Source, lead.Status,
            lead.DisqualificationReason, lead.DisqualificationNote, await RoutingAsync(db, lead, cancellationToken),
            lead.ReceivedAt, await CreatorAsync(db, stamp.ById, lead.Source, cancellationToken),
            lead.DuplicatesOnArrival, await DuplicatesAsync(session, customers, lead, stamp.At, cancellationToken),
            await ConversionAsync(db, customers, lead, cancellationToken),
            session.Access.CanChange(lead.OwnerId, lead.QueueTeamId));
    }

    public async Task<NewLead> CreateAsync(LeadInput input, CancellationToken cancellationToken = default)
    {
        var actor = await currentUser.GetAsync(cancellationToken);

        // Built inside the work: a retried transaction starts again from a fresh, unrouted lead.
        return await contexts.InAssigningTransactionAsync(async db =>
        {
            var access = await visibility.AccessForAsync(actor, db, cancellationToken);
            if (!access.CanCreate)
            {
                throw new ForbiddenException("You cannot enter leads.");
            }

            var lead = Lead.Create(Guid.CreateVersion7(), input.Profile, input.Source, Now);
            await intake.AddAsync(db, lead, cancellationToken);

            return new NewLead(
                lead.Id, await RoutingAsync(db, lead, cancellationToken),
                access.Scope.Covers(lead.OwnerId, lead.QueueTeamId));
        }, logger, cancellationToken);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static async Task<LeadRouting> RoutingAsync(CrmDbContext db, Lead lead, CancellationToken cancellationToken)
    {
        var owner = await NameOfUserAsync(db, lead.OwnerId, cancellationToken);
        var queue = await db.Teams.Where(t => t.Id == lead.QueueTeamId).Select(t => t.Name)
            .FirstOrDefaultAsync(cancellationToken);
        var assignedBy = await NameOfUserAsync(db, lead.AssignedById, cancellationToken);

        return new LeadRouting(
            lead.OwnerId, owner, lead.QueueTeamId, queue, lead.Assignment, lead.AssignedById, assignedBy,
            lead.AssignedAt);
    }

    private static async Task<RecordCreator> CreatorAsync(
        CrmDbContext db, Guid? createdById, LeadSource source, CancellationToken cancellationToken) =>
        createdById is not null
            ? new RecordCreator(CreatorKind.User, await NameOfUserAsync(db, createdById, cancellationToken) ?? "")
            : new RecordCreator(source == LeadSource.WebForm ? CreatorKind.WebForm : CreatorKind.System, null);

    // Only records that were already there when the lead arrived count as its duplicates.
    private static async Task<IReadOnlyList<DuplicateMatch>> DuplicatesAsync(
        LeadSession session, CustomerAccess customers, Lead lead, DateTime arrivedAt,
        CancellationToken cancellationToken)
    {
        if (lead.DuplicatesOnArrival == 0)
        {
            return [];
        }

        var candidates = await DuplicateQueries.FindAsync(
            session.Db, DuplicateKeys.Of(lead), lead.Id, arrivedAt, DuplicateFinder.PerKind, cancellationToken);

        return DuplicateFinder.Present(candidates, session.Access.Scope, customers.Scope);
    }

    private async Task<LeadConversion?> ConversionAsync(
        CrmDbContext db, CustomerAccess customers, Lead lead, CancellationToken cancellationToken)
    {
        if (lead is not { ConvertedAccountId: { } accountId, ConvertedContactId: { } contactId })
        {
            return null;
        }

        var account = await customerVisibility.Accounts(db, customers).Where(a => a.Id == accountId)
            .Select(a => a.Name).FirstOrDefaultAsync(cancellationToken);
        var contact = await customerVisibility.Contacts(db, customers).Where(c => c.Id == contactId)
            .Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);

        return new LeadConversion(
            accountId, account, contactId, contact, lead.ConvertedOpportunityId, lead.ConvertedAt ?? lead.ReceivedAt);
    }

    private static Task<string?> NameOfUserAsync(CrmDbContext db, Guid? userId, CancellationToken cancellationToken) =>
        userId is null
            ? Task.FromResult<string?>(null)
            : db.CrmUsers.Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);

    private Task<LeadSession> OpenAsync(CancellationToken cancellationToken) =>
        LeadSession.OpenAsync(contexts, currentUser, visibility, cancellationToken);
}
