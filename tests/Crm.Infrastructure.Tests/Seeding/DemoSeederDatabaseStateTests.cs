using Crm.Domain.Organization;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Seeding;

/// <summary>When the demo seed runs and when it leaves the database alone; each test has fresh databases.</summary>
public sealed class DemoSeederDatabaseStateTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

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
}
