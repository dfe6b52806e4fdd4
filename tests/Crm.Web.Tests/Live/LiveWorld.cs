using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Crm.Domain.Common;
using Crm.Domain.Customers;
using Crm.Domain.Pipeline;
using Crm.Domain.Teams;
using Crm.Infrastructure.Customers;
using Crm.Infrastructure.Identity;
using Crm.Infrastructure.Live;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Pipeline;
using Crm.Web.Tests.Host;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Live;

/// <summary>A person of the test world: their ids, roles and the cookies of their sign-in.</summary>
public sealed record Person(Guid Id, Guid TeamId, string Email, string Role, CookieContainer Cookies);

/// <summary>
/// The real app on a real port over a fresh SQLite file, with two sales teams (East, managed by
/// a manager who also manages South; South with its own rep), an admin and a support agent,
/// each signed in through the sign-in page once; two pipelines and an account of each rep.
/// Records are written through the app's services as a signed-in person, committed to SQLite.
/// </summary>
public sealed partial class LiveWorld : IAsyncLifetime
{
    public const string Password = "Live@2026!";

    private readonly CrmWebFactory _app = new();

    public Uri BaseUrl { get; private set; } = default!;

    public Person EastRep { get; private set; } = default!;

    public Person SouthRep { get; private set; } = default!;

    public Person Manager { get; private set; } = default!;

    public Person Admin { get; private set; } = default!;

    public Person Agent { get; private set; } = default!;

    public PipelineView Pipeline { get; private set; } = default!;

    public PipelineView OtherPipeline { get; private set; } = default!;

    public Guid EastAccount { get; private set; }

    public Guid SouthAccount { get; private set; }

    public IServiceProvider Services => _app.Services;

    public async ValueTask InitializeAsync()
    {
        BaseUrl = _app.StartOnRealPort();
        var (east, south, support) = (NewTeam("East", TeamKind.Sales), NewTeam("South", TeamKind.Sales),
            NewTeam("Support", TeamKind.Support));
        var manager = await AddUserAsync("manager", east.Id, Roles.SalesManager, [east, south, support]);
        east.AppointManager(manager.Id);
        south.AppointManager(manager.Id);
        await SaveAsync(db => db.Teams.UpdateRange(east, south));

        Manager = await SignInAsync(manager);
        EastRep = await SignInAsync(await AddUserAsync("east.rep", east.Id, Roles.SalesRep));
        SouthRep = await SignInAsync(await AddUserAsync("south.rep", south.Id, Roles.SalesRep));
        Admin = await SignInAsync(await AddUserAsync("admin", support.Id, Roles.Admin));
        Agent = await SignInAsync(await AddUserAsync("agent", support.Id, Roles.SupportAgent));

        Pipeline = await CreatePipelineAsync("新业务");
        OtherPipeline = await CreatePipelineAsync("续约");
        EastAccount = await CreateAccountAsync(EastRep, "华东制造");
        SouthAccount = await CreateAccountAsync(SouthRep, "华南食品");
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    /// <summary>A sales rep of their own new team, signed in, for a test that changes them.</summary>
    public async Task<Person> NewRepAsync(string name)
    {
        var team = NewTeam(name, TeamKind.Sales);
        await SaveAsync(db => db.Teams.Add(team));

        return await SignInAsync(await AddUserAsync(name, team.Id, Roles.SalesRep));
    }

    /// <summary>Creates an account as <paramref name="owner"/> through the account service.</summary>
    public Task<Guid> CreateAccountAsync(Person owner, string name) => AsAsync(owner, services =>
    {
        var profile = new AccountProfile(
            name, AccountKind.Company, Industry.Technology, AccountTier.Standard, "华东", null, null, null, null,
            null);

        return services.GetRequiredService<IAccountService>()
            .CreateAsync(new AccountInput(profile, [], null, null), TestContext.Current.CancellationToken);
    });

    /// <summary>Creates an opportunity as <paramref name="owner"/> through the opportunity service.</summary>
    public Task<Guid> CreateOpportunityAsync(Person owner, Guid accountId, PipelineView? pipeline = null) =>
        AsAsync(owner, services => services.GetRequiredService<IOpportunityService>().CreateAsync(
            new NewOpportunity(
                "MES 二期", accountId, (pipeline ?? Pipeline).Id, 1_250_000m, "CNY", new DateOnly(2026, 6, 30)),
            TestContext.Current.CancellationToken));

    /// <summary>Moves the opportunity to the next open stage as <paramref name="person"/>, on version 1.</summary>
    public Task<int> MoveToNextStageAsync(Person person, Guid opportunityId) =>
        AsAsync(person, services => services.GetRequiredService<IOpportunityService>().MoveToStageAsync(
            opportunityId, 1, Pipeline.Stages.Where(s => s.IsOpen).ElementAt(1).Id,
            cancellationToken: TestContext.Current.CancellationToken));

    public Task<LiveClient> ConnectAsync(Person person) => LiveClient.ConnectAsync(BaseUrl, person.Cookies);

    /// <summary>Hands events to the app's live bus as a commit would.</summary>
    public void Publish(params IDomainEvent[] events) => Services.GetRequiredService<ILiveBus>().Publish(events);

    /// <summary>
    /// Runs <paramref name="work"/> with the app's services as <paramref name="person"/>, as a
    /// circuit of theirs would: the services read the signed-in user from the authentication state.
    /// </summary>
    public async Task<T> AsAsync<T>(Person person, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, person.Id.ToString()), new Claim(ClaimTypes.Role, person.Role)],
            "Test");
        var authentication = (IHostEnvironmentAuthenticationStateProvider)
            scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        authentication.SetAuthenticationState(
            Task.FromResult(new AuthenticationState(new ClaimsPrincipal(identity))));

        return await work(scope.ServiceProvider);
    }

    public async Task<T> QueryAsync<T>(Func<CrmDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CrmDbContext>>()
            .CreateDbContextAsync();

        return await query(db);
    }

    private Task<PipelineView> CreatePipelineAsync(string name) => AsAsync(Admin, services =>
        services.GetRequiredService<IPipelineService>().CreateAsync(
            new NewPipeline(
                name,
                [
                    new NewStage("初步接洽", 10, ForecastCategory.Pipeline),
                    new NewStage("方案报价", 40, ForecastCategory.BestCase),
                ],
                "赢单", "输单"),
            TestContext.Current.CancellationToken));

    private static Team NewTeam(string name, TeamKind kind) => new(Guid.CreateVersion7(), name, kind, "CN");

    private async Task<(Guid Id, Guid TeamId, string Email, string Role)> AddUserAsync(
        string name, Guid teamId, string role, IReadOnlyList<Team>? newTeams = null)
    {
        var email = $"{name}@live.test";
        var user = new User(Guid.CreateVersion7(), name, email, teamId, "Asia/Shanghai", Languages.English);
        await SaveAsync(db =>
        {
            db.Teams.AddRange(newTeams ?? []);
            db.CrmUsers.Add(user);
        });

        await using var scope = Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<CrmRole>>();
        if (!await roles.RoleExistsAsync(role))
        {
            await roles.CreateAsync(new CrmRole(role));
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<CrmIdentityUser>>();
        var identity = new CrmIdentityUser { Id = user.Id, UserName = email, Email = email, EmailConfirmed = true };
        Ensure(await users.CreateAsync(identity, Password));
        Ensure(await users.AddToRoleAsync(identity, role));

        return (user.Id, teamId, email, role);
    }

    private Task SaveAsync(Action<CrmDbContext> change) => QueryAsync(async db =>
    {
        change(db);

        return await db.SaveChangesAsync();
    });

    /// <summary>Signs in through the sign-in page, as a browser would, and keeps the cookies.</summary>
    private async Task<Person> SignInAsync((Guid Id, Guid TeamId, string Email, string Role) user)
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = BaseUrl };
        var form = await client.GetStringAsync("/sign-in");
        using var response = await client.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "sign-in",
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(form).Groups[1].Value,
            ["Input.Email"] = user.Email,
            ["Input.Password"] = Password,
        }));

        if (cookies.GetCookies(BaseUrl)["crm.auth"] is null)
        {
            throw new InvalidOperationException($"Signing in {user.Email} failed: {response.StatusCode}.");
        }

        return new Person(user.Id, user.TeamId, user.Email, user.Role, cookies);
    }

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
