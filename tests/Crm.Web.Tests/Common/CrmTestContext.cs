using System.Globalization;
using Bunit;
using Crm.Infrastructure.Activities;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Customers;
using Crm.Infrastructure.Export;
using Crm.Infrastructure.FollowUps;
using Crm.Infrastructure.Leads;
using Crm.Infrastructure.Live;
using Crm.Infrastructure.Notifications;
using Crm.Infrastructure.Teams;
using Crm.Infrastructure.Tickets.Customer360;
using Crm.Web.Common;
using Crm.Web.Export;
using Crm.Web.Tests.Activities;
using Crm.Web.Tests.Contacts;
using Crm.Web.Tests.FollowUps;
using Crm.Web.Tests.Leads;
using Crm.Web.Tests.Notifications;
using Crm.Web.Tests.Tickets.Customer360;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor.Services;

namespace Crm.Web.Tests.Common;

/// <summary>
/// bUnit context for the CRM's components: MudBlazor services, loose JS interop, the real
/// localization resources in the chosen culture, a fixed clock and fakes of the services.
/// </summary>
public abstract class CrmTestContext : BunitContext
{
    public static readonly DateTime Now = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);

    // Waits end as soon as their condition holds; the generous limit is for a shared, loaded
    // machine, where bUnit's one second default made live re-render tests fail now and then.
    static CrmTestContext() => DefaultWaitTimeout = TimeSpan.FromSeconds(10);

    protected CrmTestContext(string culture = "en-US")
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton<TimeProvider>(new FixedTimeProvider(Now));
        Services.AddSingleton<ICurrentUser>(CurrentUser);
        Services.AddSingleton<IUserProfileService>(Profiles);
        Services.AddSingleton<IAccountService>(Accounts);
        Services.AddSingleton<IAccountLookups>(Lookups);
        Services.AddScoped<UserTimeZone>();
        Services.AddSingleton<ILiveBus>(Bus);
        Services.AddSingleton<IActivityService>(Activities);
        Services.AddSingleton<ITicketTimeline>(TicketTimeline);
        Services.AddSingleton<ITicketCustomerView>(TicketCustomers);
        Services.AddScoped<ICustomerTimeline, CustomerTimeline>();
        // The ticket page's SLA panel: every test that renders the page needs its countdowns.
        Services.AddSingleton<Crm.Infrastructure.Tickets.Sla.ITicketSlaCountdowns>(
            new Tickets.Sla.FakeTicketSlaCountdowns());
        Services.AddSingleton<IContactService>(Contacts);
        Services.AddSingleton<IFollowUpService>(FollowUps);
        Services.AddSingleton<INotificationService>(Notifications);
        Services.AddSingleton<ILeadService>(Leads);
        Services.AddSingleton<IDuplicateFinder>(Duplicates);
        Services.AddSingleton<ILeadConversionService>(Conversions);
        Services.AddSingleton<Crm.Infrastructure.Tickets.Canned.ICannedReplyService>(CannedReplies);
        // Every chart card exports its table: the real exporter, streamed through loose JS interop.
        Services.AddSingleton<ITableExporter>(new TableExporter(NullLogger<TableExporter>.Instance));
        Services.AddScoped<ExportDownload>();
    }

    public FakeCurrentUser CurrentUser { get; } = new();

    public FakeUserProfileService Profiles { get; } = new();

    public FakeAccountService Accounts { get; } = new();

    public FakeAccountLookups Lookups { get; } = new();

    public ImmediateLiveBus Bus { get; } = new();

    public FakeTicketTimeline TicketTimeline { get; } = new();

    public FakeTicketCustomerView TicketCustomers { get; } = new();

    public FakeActivityService Activities { get; } = new();

    public FakeContactService Contacts { get; } = new();

    public FakeFollowUpService FollowUps { get; } = new();

    public FakeNotificationService Notifications { get; } = new();
    public FakeLeadService Leads { get; } = new();

    public FakeDuplicateFinder Duplicates { get; } = new();

    public FakeLeadConversionService Conversions { get; } = new();

    /// <summary>Registered here because the ticket composer, on every ticket page, offers them.</summary>
    public Tickets.Canned.FakeCannedReplyService CannedReplies { get; } = new();

    private sealed class FixedTimeProvider(DateTime utcNow) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(utcNow, TimeSpan.Zero);
    }
}
