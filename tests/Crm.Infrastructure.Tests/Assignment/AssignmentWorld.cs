using Crm.Domain.Assignment;
using Crm.Domain.Common;
using Crm.Domain.Teams;
using Crm.Infrastructure.Assignment;
using Crm.Infrastructure.Identity;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Crm.Infrastructure.Tests.Assignment;

/// <summary>
/// Teams, users and lead rules on a test host, whose acting user is made an active admin in the
/// database. The engine reads every lead rule, so creating a world first removes the rules and
/// settings earlier tests of the class left on the shared database.
/// </summary>
internal sealed class AssignmentWorld
{
    private readonly CrmTestHost _host;
    private int _rules;

    private AssignmentWorld(CrmTestHost host)
    {
        _host = host;
    }

    public IAssignmentEngine Engine => _host.Get<IAssignmentEngine>();

    public IAssignmentRuleService Rules => _host.Get<IAssignmentRuleService>();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static async Task<AssignmentWorld> CreateAsync(CrmTestHost host)
    {
        await using (var db = await host.OpenAsync())
        {
            await db.AssignmentRules.IgnoreQueryFilters().ExecuteDeleteAsync(Token);
            await db.AssignmentSettings.IgnoreQueryFilters().ExecuteDeleteAsync(Token);
        }

        var world = new AssignmentWorld(host);
        await world.MakeActorAdminAsync();

        return world;
    }

    public async Task<Team> TeamAsync(string name, TeamKind kind = TeamKind.Sales, Guid? managerId = null)
    {
        var team = new Team(Guid.CreateVersion7(), $"{name} {Suffix()}", kind, "华东");
        if (managerId is { } id)
        {
            team.AppointManager(id);
        }

        return await _host.SaveNewAsync(team);
    }

    public async Task<User> UserAsync(
        string name, Team team, string region = "", Availability availability = Availability.Available,
        int capacity = 30, bool active = true)
    {
        var user = new User(
            Guid.CreateVersion7(), name, $"{Suffix()}@assignment.test", team.Id, "Asia/Shanghai", Languages.Chinese);
        user.UpdateProfile(name, user.TimeZone, region);
        user.SetAvailability(availability);
        user.SetCapacity(capacity);
        if (!active)
        {
            user.Deactivate(_host.Now);
        }

        return await _host.SaveNewAsync(user);
    }

    public Task<AssignmentRule> RuleAsync(
        string name, AssignmentStrategy strategy, Guid? fallbackQueueTeamId = null,
        params AssignmentCondition[] conditions)
    {
        var definition = new AssignmentRuleDefinition(name, conditions, strategy, fallbackQueueTeamId);

        return _host.SaveNewAsync(AssignmentRule.Create(Guid.CreateVersion7(), RecordKind.Lead, _rules++, definition,
            _host.Now));
    }

    /// <summary>One new lead assigned the way a feature does it: decide and save in one transaction.</summary>
    public Task<AssignmentDecision> AssignAsync(AssignmentSubject? lead = null, Func<Task>? beforeSave = null) =>
        _host.Get<IDbContextFactory<CrmDbContext>>().InAssigningTransactionAsync(async db =>
        {
            var decision = await Engine.DecideAsync(db, lead ?? Lead(), Token);
            if (beforeSave is not null)
            {
                await beforeSave();
            }

            await db.SaveChangesAsync(Token);

            return decision;
        }, NullLogger.Instance, Token);

    public static AssignmentSubject Lead(params (string Field, string Value)[] fields) =>
        new(RecordKind.Lead, fields.ToDictionary(f => f.Field, f => (string?)f.Value));

    public static AssignmentCondition When(string field, ConditionOperator op, params string[] values) =>
        new(field, op, values);

    private async Task MakeActorAdminAsync()
    {
        var team = await TeamAsync("Admins");
        var admin = new User(
            _host.Actor.Id, "Ada Admin", $"{Suffix()}@assignment.test", team.Id, "Asia/Shanghai", Languages.English);
        await _host.SaveNewAsync(admin);

        await using var db = await _host.OpenAsync();
        var role = await db.Roles.FirstOrDefaultAsync(r => r.NormalizedName == "ADMIN", Token);
        if (role is null)
        {
            role = new CrmRole(Roles.Admin);
            db.Roles.Add(role);
        }

        db.Users.Add(new CrmIdentityUser { Id = admin.Id, UserName = admin.Email, Email = admin.Email });
        db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = admin.Id, RoleId = role.Id });
        await db.SaveChangesAsync(Token);
    }

    private static string Suffix() => Guid.NewGuid().ToString("N")[..8];
}
