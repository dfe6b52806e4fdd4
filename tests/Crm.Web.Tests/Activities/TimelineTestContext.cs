using System.Globalization;
using Bunit;
using Crm.Domain.Teams;
using Crm.Infrastructure.Activities;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Customers;
using Crm.Infrastructure.FollowUps;
using Crm.Infrastructure.Live;
using Crm.Infrastructure.Teams;
using Crm.Infrastructure.Tickets.Customer360;
using Crm.Web.Common;
using Crm.Web.Tests.Contacts;
using Crm.Web.Tests.FollowUps;
using Crm.Web.Tests.Tickets.Customer360;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Crm.Web.Tests.Activities;

/// <summary>
/// bUnit context for the timeline, contact and follow-up components: MudBlazor services, loose
/// JS interop, English resources, a fixed clock, a signed-in rep in Shanghai, and fake services.
/// </summary>
public abstract class TimelineTestContext : BunitContext
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 6, 30, 0, TimeSpan.Zero);

    protected TimelineTestContext()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton<TimeProvider>(new FixedTimeProvider(Now));
        Services.AddSingleton<ICurrentUser>(new FixedCurrentUser(Me));
        Services.AddSingleton<IUserProfileService>(new FixedProfiles(Me.UserId, "Asia/Shanghai"));
        Services.AddScoped<UserTimeZone>();
        Services.AddSingleton<ILiveBus>(Bus);
        Services.AddSingleton<IActivityService>(ActivityService);
        Services.AddSingleton<ITicketTimeline>(TicketTimeline);
        Services.AddSingleton<ITicketCustomerView>(TicketCustomers);
        Services.AddScoped<ICustomerTimeline, CustomerTimeline>();
        Services.AddSingleton<IContactService>(ContactService);
        Services.AddSingleton<IFollowUpService>(FollowUpService);
    }

    public static Actor Me { get; } = new(Guid.CreateVersion7(), new HashSet<string>([Roles.SalesRep]));

    public Guid AccountId { get; } = Guid.CreateVersion7();

    public ImmediateLiveBus Bus { get; } = new();

    public FakeTicketTimeline TicketTimeline { get; } = new();

    public FakeTicketCustomerView TicketCustomers { get; } = new();

    public FakeActivityService ActivityService { get; } = new();

    public FakeContactService ContactService { get; } = new();

    public FakeFollowUpService FollowUpService { get; } = new();

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class FixedCurrentUser(Actor actor) : ICurrentUser
    {
        public Task<Actor> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(actor);
    }

    private sealed class FixedProfiles(Guid userId, string timeZone) : IUserProfileService
    {
        public Task<UserProfile?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
            Task.FromResult<UserProfile?>(new UserProfile(
                userId, "Test Rep", "rep@example.com", "en-US", timeZone, Guid.Empty, "East", true));

        public Task ChangeLanguageAsync(Guid id, string language, CancellationToken cancellationToken = default) =>
            Task.CompletedTask;
    }
}
