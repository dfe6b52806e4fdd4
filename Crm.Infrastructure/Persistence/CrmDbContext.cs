using Crm.Domain.Activities;
using Crm.Domain.Assignment;
using Crm.Domain.Attachments;
using Crm.Domain.Common;
using Crm.Domain.Currencies;
using Crm.Domain.Customers;
using Crm.Domain.Displays;
using Crm.Domain.FollowUps;
using Crm.Domain.Forecasting;
using Crm.Domain.Leads;
using Crm.Domain.Notifications;
using Crm.Domain.Organization;
using Crm.Domain.Pipeline;
using Crm.Domain.Products;
using Crm.Domain.Sla;
using Crm.Domain.Targets;
using Crm.Domain.Teams;
using Crm.Domain.Tickets;
using Crm.Domain.Tickets.Canned;
using Crm.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Persistence;

/// <summary>
/// The one model for every provider. Each provider has a thin subclass so that its
/// migrations live in their own folder.
/// </summary>
public abstract class CrmDbContext(DbContextOptions options)
    : IdentityDbContext<CrmIdentityUser, CrmRole, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<OrganizationSettings> Organization => Set<OrganizationSettings>();

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<User> CrmUsers => Set<User>();

    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<Activity> Activities => Set<Activity>();

    public DbSet<FollowUpTask> FollowUpTasks => Set<FollowUpTask>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<SalesPipeline> Pipelines => Set<SalesPipeline>();

    public DbSet<Opportunity> Opportunities => Set<Opportunity>();

    /// <summary>Every opportunity's stage history; rows are only ever added.</summary>
    public DbSet<StageChange> StageChanges => Set<StageChange>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<ExchangeRate> ExchangeRates => Set<ExchangeRate>();

    public DbSet<AssignmentRule> AssignmentRules => Set<AssignmentRule>();

    public DbSet<AssignmentSettings> AssignmentSettings => Set<AssignmentSettings>();

    public DbSet<Lead> Leads => Set<Lead>();

    /// <summary>Metadata of attached files; their bytes live in the attachment store.</summary>
    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<BusinessCalendar> SlaCalendars => Set<BusinessCalendar>();

    public DbSet<SlaPolicy> SlaPolicies => Set<SlaPolicy>();

    public DbSet<Ticket> Tickets => Set<Ticket>();

    /// <summary>Every ticket's conversation; rows are only ever added.</summary>
    public DbSet<TicketMessage> TicketMessages => Set<TicketMessage>();

    /// <summary>Every ticket's status history; rows are only ever added.</summary>
    public DbSet<TicketStatusChange> TicketStatusChanges => Set<TicketStatusChange>();

    public DbSet<TicketQueue> TicketQueues => Set<TicketQueue>();

    /// <summary>Support teams' canned replies; retired ones are soft-deleted.</summary>
    public DbSet<CannedReply> CannedReplies => Set<CannedReply>();

    /// <summary>Managers' forecast adjustments; every change is a new revision.</summary>
    public DbSet<ForecastAdjustment> ForecastAdjustments => Set<ForecastAdjustment>();

    /// <summary>Weekly and on-demand forecast snapshots with their lines; rows are only ever added.</summary>
    public DbSet<ForecastSnapshot> ForecastSnapshots => Set<ForecastSnapshot>();

    /// <summary>Targets per rep and sales team per fiscal period and measure; cleared ones are soft-deleted.</summary>
    public DbSet<Target> Targets => Set<Target>();

    /// <summary>Wall displays; deleted ones are soft-deleted.</summary>
    public DbSet<Display> Displays => Set<Display>();

    public DbSet<FieldChange> FieldChanges => Set<FieldChange>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Events of saved changes waiting for the surrounding transaction to commit.</summary>
    internal List<IDomainEvent> PendingEvents { get; } = [];

    /// <summary>Events of the save in progress; they join <see cref="PendingEvents"/> only if it succeeds.</summary>
    internal List<IDomainEvent> SavingEvents { get; } = [];

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CrmDbContext).Assembly);
        builder.ApplyAggregateConventions();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcNullableDateTimeConverter>();
    }
}
