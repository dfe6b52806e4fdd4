using Crm.Domain.Teams;
using Crm.Infrastructure.Identity;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Tests.Seeding;

public sealed class DemoSeederTests(DemoSeedFixture fixture) : IClassFixture<DemoSeedFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string> SignInEmails => new(DemoSignIns.All.Select(s => s.Email));

    [Theory]
    [MemberData(nameof(SignInEmails))]
    public async Task RunAsync_EmptyDatabase_CreatesDocumentedSignInWithItsRole(string email)
    {
        var expected = DemoSignIns.All.Single(s => s.Email == email);

        var roles = await WithUserManagerAsync(async users =>
            await users.GetRolesAsync((await users.FindByEmailAsync(email))!));

        Assert.Equal([expected.Role], roles);
    }

    [Theory]
    [MemberData(nameof(SignInEmails))]
    public async Task RunAsync_EmptyDatabase_DemoPasswordSignsInDocumentedUser(string email)
    {
        var passwordAccepted = await WithUserManagerAsync(async users =>
            await users.CheckPasswordAsync((await users.FindByNameAsync(email))!, DemoSignIns.Password));

        Assert.True(passwordAccepted);
    }

    [Theory]
    [MemberData(nameof(SignInEmails))]
    public async Task RunAsync_EmptyDatabase_PutsDocumentedUserInDocumentedTeam(string email)
    {
        var expected = DemoSignIns.All.Single(s => s.Email == email);

        var team = await fixture.Database.QueryAsync(db =>
            (from u in db.CrmUsers join t in db.Teams on u.TeamId equals t.Id where u.Email == email select t.Name)
                .SingleAsync(Cancel));

        Assert.Equal(expected.Team, team);
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_CreatesAllSixRoles()
    {
        var roles = await fixture.Database.QueryAsync(db => db.Roles.Select(r => r.Name!).ToListAsync(Cancel));

        Assert.Equal(Roles.All.Order(), roles.Order());
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_GivesEveryDomainUserASignInWithTheSameId()
    {
        var (domainIds, identityIds) = await fixture.Database.QueryAsync(async db =>
            (await db.CrmUsers.Select(u => u.Id).ToListAsync(Cancel),
                await db.Users.Select(u => u.Id).ToListAsync(Cancel)));

        Assert.InRange(domainIds.Count, 20, 25);
        Assert.Equal(domainIds.Order(), identityIds.Order());
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_SeedsAboutThreeHundredAccountsWithContactsAndHistory()
    {
        var (accounts, contacts, activities) = await fixture.Database.QueryAsync(async db => (
            await db.Accounts.CountAsync(Cancel), await db.Contacts.CountAsync(Cancel),
            await db.Activities.CountAsync(Cancel)));

        // The 300 customers of the history, and those its leads were converted into since.
        Assert.InRange(accounts, 320, 360);
        Assert.InRange(contacts, 300, 1200);
        Assert.InRange(activities, 2000, 6000);
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_WritesNothingToTheOutbox()
    {
        var outbox = await fixture.Database.QueryAsync(db => db.Outbox.CountAsync(Cancel));

        Assert.Equal(0, outbox);
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_DatesActivitiesWithinThePastEighteenMonths()
    {
        var now = SeedingDatabase.Now.UtcDateTime;

        var occurred = await fixture.Database.QueryAsync(db =>
            db.Activities.Select(a => a.OccurredAt).ToListAsync(Cancel));

        Assert.InRange(occurred.Min(), now.AddDays(-552), now.AddDays(-450));
        Assert.InRange(occurred.Max(), now.AddDays(-7), now);
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_LeavesSomeTasksOverdueAndSomeDueThisWeek()
    {
        var now = SeedingDatabase.Now.UtcDateTime;
        var endOfWeek = new DateTime(2026, 12, 6, 16, 0, 0, DateTimeKind.Utc); // Sunday midnight in Shanghai

        var open = await fixture.Database.QueryAsync(db =>
            db.FollowUpTasks.Where(t => !t.IsDone).Select(t => t.DueAt).ToListAsync(Cancel));

        Assert.Contains(open, due => due < now);
        Assert.Contains(open, due => due >= now && due < endOfWeek);
    }

    [Fact]
    public async Task RunAsync_EmptyDatabase_SpreadsAccountOwnersOverEverySalesTeam()
    {
        var ownerTeams = await fixture.Database.QueryAsync(db =>
            (from a in db.Accounts join u in db.CrmUsers on a.OwnerId equals u.Id select u.TeamId)
                .Distinct().CountAsync(Cancel));

        Assert.True(ownerTeams >= 3, $"Accounts are owned by users of {ownerTeams} teams.");
    }

    public static TheoryData<string> SalesSignInEmails => new(DemoSignIns.All
        .Where(s => s.Role is Roles.SalesRep or Roles.SalesManager)
        .Select(s => s.Email));

    [Theory]
    [MemberData(nameof(SalesSignInEmails))]
    public async Task RunAsync_EmptyDatabase_GivesEveryDocumentedSalesSignInAccountsToOwn(string email)
    {
        var owned = await fixture.Database.QueryAsync(db =>
            (from a in db.Accounts join u in db.CrmUsers on a.OwnerId equals u.Id where u.Email == email select a)
                .CountAsync(Cancel));

        Assert.True(owned >= 5, $"{email} owns {owned} accounts.");
    }

    private async Task<T> WithUserManagerAsync<T>(Func<UserManager<CrmIdentityUser>, Task<T>> action)
    {
        await using var scope = fixture.Database.Services.CreateAsyncScope();

        return await action(scope.ServiceProvider.GetRequiredService<UserManager<CrmIdentityUser>>());
    }
}
