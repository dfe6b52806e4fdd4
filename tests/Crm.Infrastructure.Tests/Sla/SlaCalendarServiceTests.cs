using Crm.Domain.Common;
using Crm.Domain.Sla;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Sla;
using Crm.Infrastructure.Tests.Common;
using static Crm.Infrastructure.Tests.Sla.SlaInputs;

namespace Crm.Infrastructure.Tests.Sla;

/// <summary>Calendars are stored whole, checked, versioned and one of them is the default.</summary>
public sealed class SlaCalendarServiceTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_SplitShiftsAndSpecialDays_ReadsBackTheSame(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var calendars = host.Get<ISlaCalendarService>();
        var input = Office(Holiday(2026, 10, 1, "国庆节"), MakeUpDay(2026, 10, 10));

        var created = await calendars.CreateAsync(input, Token);

        var read = await calendars.GetAsync(created.Id, Token);
        Assert.Equal(input.Shifts.OrderBy(s => s.Day).ThenBy(s => s.Start), read.Shifts);
        Assert.Equal(input.Days, read.Days);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task UpdateAsync_OverlappingShifts_ThrowsForThatDayAndKeepsTheCalendar(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var calendars = host.Get<ISlaCalendarService>();
        var created = await calendars.CreateAsync(Office(), Token);
        var extra = new ShiftInput(DayOfWeek.Tuesday, TimeSpan.FromHours(11), TimeSpan.FromHours(14));
        var overlapping = created.ToInput() with { Shifts = [.. created.Shifts, extra] };

        var error = await Assert.ThrowsAsync<DomainException>(
            () => calendars.UpdateAsync(created.Id, created.Version, overlapping, Token));

        Assert.Equal(("Shifts.overlap", "Shifts.Tuesday"), (error.Code, error.Field));
        Assert.Equal(created.Version, (await calendars.GetAsync(created.Id, Token)).Version);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task UpdateAsync_NewHolidays_ReplacesTheOldOnes(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var calendars = host.Get<ISlaCalendarService>();
        var created = await calendars.CreateAsync(Office(Holiday(2026, 5, 1)), Token);

        var updated = await calendars.UpdateAsync(
            created.Id, created.Version, created.ToInput() with { Days = [Holiday(2026, 6, 19)] }, Token);

        var read = await calendars.GetAsync(created.Id, Token);
        Assert.Equal([new DateOnly(2026, 6, 19)], read.Days.Select(d => d.Date));
        Assert.Equal(created.Version + 1, updated.Version);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task UpdateAsync_StaleVersion_ThrowsConflict(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var calendars = host.Get<ISlaCalendarService>();
        var created = await calendars.CreateAsync(Office(), Token);
        await calendars.UpdateAsync(
            created.Id, created.Version, created.ToInput() with { Name = $"A {Guid.NewGuid()}" }, Token);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => calendars.UpdateAsync(
            created.Id, created.Version, created.ToInput() with { Name = $"B {Guid.NewGuid()}" }, Token));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_NameOfAnother_ThrowsNameTaken(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var calendars = host.Get<ISlaCalendarService>();
        var first = await calendars.CreateAsync(Office(), Token);

        var error = await Assert.ThrowsAsync<DomainException>(
            () => calendars.CreateAsync(Office() with { Name = first.Name.ToUpperInvariant() }, Token));

        Assert.Equal(("Name.taken", "Name"), (error.Code, error.Field));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task MakeDefaultAsync_AnotherCalendar_LeavesExactlyOneDefault(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var calendars = host.Get<ISlaCalendarService>();
        await calendars.CreateAsync(Office(), Token);
        var second = await calendars.CreateAsync(Office(), Token);

        await calendars.MakeDefaultAsync(second.Id, second.Version, Token);

        var defaults = (await calendars.ListAsync(Token)).Where(c => c.IsDefault).Select(c => c.Id);
        Assert.Equal([second.Id], defaults);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task DeleteAsync_DefaultCalendar_ThrowsCalendarDefault(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var calendars = host.Get<ISlaCalendarService>();
        await calendars.CreateAsync(Office(), Token);
        var chosen = (await calendars.ListAsync(Token)).Single(c => c.IsDefault);

        var error = await Assert.ThrowsAsync<DomainException>(
            () => calendars.DeleteAsync(chosen.Id, chosen.Version, Token));

        Assert.Equal("Calendar.default", error.Code);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task DeleteAsync_UsedByPolicy_ThrowsCalendarInUse(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var calendars = host.Get<ISlaCalendarService>();
        await calendars.CreateAsync(Office(), Token);
        var used = await calendars.CreateAsync(Office(), Token);
        await host.SaveNewAsync(SlaPolicy.Create(
            Guid.CreateVersion7(), SlaPriority.Low, null, new SlaPolicyTerms(60, 600, used.Id), host.Now));

        var error = await Assert.ThrowsAsync<DomainException>(
            () => calendars.DeleteAsync(used.Id, used.Version, Token));

        Assert.Equal("Calendar.in-use", error.Code);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_SupportAgent_ThrowsForbidden(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        host.Actor.SignIn(Guid.CreateVersion7(), Domain.Teams.Roles.SupportAgent);

        await Assert.ThrowsAsync<ForbiddenException>(
            () => host.Get<ISlaCalendarService>().CreateAsync(Office(), Token));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task PreviewDeadline_OpenedBeforeHoliday_SkipsItWithoutSaving(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var draft = Office(Holiday(2026, 6, 19, "端午节"));

        var due = host.Get<ISlaCalendarService>().PreviewDeadline(
            draft, new DateTime(2026, 6, 18, 9, 30, 0, DateTimeKind.Utc), 60);

        Assert.Equal(new DateTime(2026, 6, 22, 1, 30, 0, DateTimeKind.Utc), due);
    }
}
