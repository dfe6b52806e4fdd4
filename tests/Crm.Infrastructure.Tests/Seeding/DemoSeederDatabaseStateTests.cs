using Crm.Domain.Organization;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Seeding;

/// <summary>When the demo seed runs and when it leaves the database alone; each test has fresh databases.</summary>
public sealed class DemoSeederDatabaseStateTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_TwoFreshDatabasesOnDifferentDays_SeedTheSameAccountIdsAndNames()
    {
        await using var first = await SeedingDatabase.OpenAsync(demo: true);
        await using var second = await SeedingDatabase.OpenAsync(
            demo: true, now: SeedingDatabase.Now.AddDays(3).AddHours(7));

        var firstAccounts = await AccountsOf(first);
        var secondAccounts = await AccountsOf(second);

        Assert.InRange(firstAccounts.Count, 320, 360);
        Assert.Equal(firstAccounts, secondAccounts);
    }

    [Fact]
    public async Task RunAsync_DatabaseWithAnOrganization_AddsNothing()
    {
        var path = SeedingDatabase.NewPath();
        var existing = await SeedingDatabase.OpenAsync(demo: false, path);
        await existing.QueryAsync(db =>
        {
            db.Organization.Add(new OrganizationSettings("Existing Co.", "USD", "Europe/London"));
            return db.SaveChangesAsync(Cancel);
        });
        await existing.CloseAsync();

        await using var reopened = await SeedingDatabase.OpenAsync(demo: true, path);

        var (users, accounts) = await reopened.QueryAsync(async db =>
            (await db.Users.CountAsync(Cancel), await db.Accounts.CountAsync(Cancel)));
        Assert.Equal((0, 0), (users, accounts));
    }

    [Fact]
    public async Task RunAsync_SeedTurnedOff_AddsNothing()
    {
        await using var database = await SeedingDatabase.OpenAsync(demo: false);

        var organizations = await database.QueryAsync(db => db.Organization.CountAsync(Cancel));

        Assert.Equal(0, organizations);
    }

    private static Task<List<(Guid Id, string Name)>> AccountsOf(SeedingDatabase database) =>
        database.QueryAsync(async db => (await db.Accounts
                .OrderBy(a => a.Id)
                .Select(a => new { a.Id, a.Name })
                .ToListAsync(Cancel))
            .Select(a => (a.Id, a.Name))
            .ToList());
}
