using Crm.Domain.Analytics;
using Crm.Domain.Sla;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Analytics;
using Crm.Infrastructure.Live;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Sla;
using Crm.Infrastructure.Tests.Common;
using Crm.Infrastructure.Tests.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Analytics;

/// <summary>
/// The ticket fact table on a real database. The organisation's settings are never saved, so
/// a ticket without a policy is measured on the default working week: Monday to Friday,
/// 09:00–18:00 Asia/Shanghai (01:00–10:00 UTC). High tickets have no policy here; the one test
/// that needs a policy gives Critical tickets one, on a round-the-clock UTC calendar.
/// </summary>
public sealed class TicketFactsTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    // Friday 6 March 2026, 17:00 in Shanghai.
    private static readonly DateTimeOffset FridayFivePm = new(2026, 3, 6, 9, 0, 0, TimeSpan.Zero);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CurrentAsync_AnsweredAfterTheWeekend_FirstResponseIsWorkingTimeOnly(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        host.Clock.SetUtcNow(FridayFivePm);
        var ticket = await world.OpenAsync(assigneeId: world.Xu);
        // Monday 10:00 in Shanghai: Friday 17:00–18:00 and Monday 09:00–10:00 are worked, 2 h.
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 9, 2, 0, 0, TimeSpan.Zero));
        world.SignInAsXu();
        await world.Tickets.ReplyAsync(ticket.Id, await VersionAsync(host, ticket.Id), "您好，我们正在排查。", Token);

        var fact = Find(await host.Get<ITicketFacts>().CurrentAsync(Token), ticket.Id);

        Assert.Equal(TimeSpan.FromHours(2), fact.FirstResponseTime);
        Assert.Null(fact.FirstResponseMet);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CurrentAsync_TicketWithAPolicy_MeasuredOnThePolicysCalendar(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        world.SignInAsAdmin();
        var allDay = await host.Get<ISlaCalendarService>().CreateAsync(AllDay(), Token);
        await host.Get<ISlaPolicyService>().CreateAsync(
            SlaPriority.Critical, null, new PolicyInput(60, 480, allDay.Id), Token);
        host.Clock.SetUtcNow(FridayFivePm);
        var ticket = await world.Tickets.CreateAsync(world.Input() with { Priority = TicketPriority.Critical }, Token);
        // Friday 09:00 UTC to Monday 02:00 UTC round the clock: 65 h, far past the 60 minutes allowed.
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 9, 2, 0, 0, TimeSpan.Zero));
        await world.Tickets.ReplyAsync(ticket.Id, await VersionAsync(host, ticket.Id), "您好", Token);

        var fact = Find(await host.Get<ITicketFacts>().CurrentAsync(Token), ticket.Id);

        Assert.Equal((TimeSpan.FromHours(65), false), (fact.FirstResponseTime, fact.FirstResponseMet));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Reply_WithinTheTargetAfterLoad_FirstResponseMet(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        world.SignInAsAdmin();
        var allDay = await host.Get<ISlaCalendarService>().CreateAsync(AllDay(), Token);
        await host.Get<ISlaPolicyService>().CreateAsync(
            SlaPriority.Low, null, new PolicyInput(60, 480, allDay.Id), Token);
        var ticket = await world.Tickets.CreateAsync(world.Input() with { Priority = TicketPriority.Low }, Token);
        using var probe = FactProbe.Of(host.Get<ITicketFacts>());
        await probe.CurrentAsync();
        host.Clock.Advance(TimeSpan.FromMinutes(30));

        await world.Tickets.ReplyAsync(ticket.Id, await VersionAsync(host, ticket.Id), "您好", Token);

        // 30 minutes round the clock, within the 60 allowed.
        var fact = Find(await probe.UntilAsync(t => Find(t, ticket.Id).FirstResponseMet is not null), ticket.Id);
        Assert.Equal((true, TimeSpan.FromMinutes(30)), (fact.FirstResponseMet!.Value, fact.FirstResponseTime!.Value));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CurrentAsync_ReopenedTicket_TwoOpenSpansAndResolutionToTheLastResolution(
        DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        var t0 = host.Now;
        var ticket = await world.OpenAsync(assigneeId: world.Xu);
        await StatusAfterAsync(host, world, ticket.Id, TimeSpan.FromHours(2), TicketStatus.Resolved);
        await StatusAfterAsync(host, world, ticket.Id, TimeSpan.FromHours(3), TicketStatus.Open);
        await StatusAfterAsync(host, world, ticket.Id, TimeSpan.FromHours(3), TicketStatus.Resolved);

        var fact = Find(await host.Get<ITicketFacts>().CurrentAsync(Token), ticket.Id);

        // Open 0–2 h and 5–8 h. Opened Monday 17:00 in Shanghai, last resolved Tuesday 01:00 there:
        // only Monday 17:00–18:00 is working time, 1 h.
        Assert.Equal(
            [new OpenSpan(t0, t0.AddHours(2)), new OpenSpan(t0.AddHours(5), t0.AddHours(8))], fact.OpenSpans);
        Assert.Equal((1, TimeSpan.FromHours(1)), (fact.ReopenCount, fact.ResolutionTime));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Reply_AfterLoad_FactHasTheFirstResponse(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        var ticket = await world.OpenAsync(assigneeId: world.Xu);
        using var probe = FactProbe.Of(host.Get<ITicketFacts>());
        await probe.CurrentAsync();
        host.Clock.Advance(TimeSpan.FromMinutes(30));

        world.SignInAsXu();
        await world.Tickets.ReplyAsync(ticket.Id, await VersionAsync(host, ticket.Id), "您好，我们正在排查。", Token);

        var table = await probe.UntilAsync(t => Find(t, ticket.Id).FirstRespondedAt is not null);
        var fact = Find(table, ticket.Id);
        Assert.Equal((host.Now, TicketStatus.Open), (fact.FirstRespondedAt, fact.Status));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task MovedToQueue_AfterLoad_FactTakesTheQueueAndItsTeam(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        var ticket = await world.OpenAsync(assigneeId: world.Xu);
        using var probe = FactProbe.Of(host.Get<ITicketFacts>());
        await probe.CurrentAsync();

        world.SignInAsAdmin();
        await world.Tickets.MoveToQueueAsync(ticket.Id, await VersionAsync(host, ticket.Id), world.BillingQueue, Token);

        var fact = Find(await probe.UntilAsync(t => Find(t, ticket.Id).QueueId == world.BillingQueue), ticket.Id);
        Assert.Equal(world.SecondLine, fact.TeamId);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Rated_AfterLoad_FactHasTheRating(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        var ticket = await world.OpenAsync(assigneeId: world.Xu);
        await StatusAfterAsync(host, world, ticket.Id, TimeSpan.FromHours(1), TicketStatus.Resolved);
        using var probe = FactProbe.Of(host.Get<ITicketFacts>());
        await probe.CurrentAsync();

        await host.ChangeAsync<Ticket>(ticket.Id, (t, at) => t.Rate(4, "很快", at));

        var fact = Find(await probe.UntilAsync(t => Find(t, ticket.Id).Rating is not null), ticket.Id);
        Assert.Equal((4, host.Now), (fact.Rating, fact.RatedAt));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task TicketEvent_NotNewerThanTheFact_IsIgnoredWithoutARead(DatabaseProvider provider)
    {
        var (host, world) = await StartAsync(provider);
        await using var _ = host;
        var ticket = await world.OpenAsync(assigneeId: world.Xu);
        using var probe = FactProbe.Of(host.Get<ITicketFacts>());
        var held = Find(await probe.CurrentAsync(), ticket.Id);
        // A change no event announces: only a read would bring it into the table.
        await using (var db = await host.OpenAsync())
        {
            await db.Tickets.Where(t => t.Id == ticket.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.ReopenCount, 9), Token);
        }

        host.Get<ILiveBus>().Publish([Changed(held)]);
        var marker = await world.OpenAsync("标记");

        var table = await probe.UntilAsync(t => t.Rows.Any(f => f.Id == marker.Id));
        Assert.Equal(0, Find(table, ticket.Id).ReopenCount);
    }

    private async Task<(CrmTestHost, TicketWorld)> StartAsync(DatabaseProvider provider)
    {
        var host = await databases.StartHostAsync(provider);

        return (host, await TicketWorld.CreateAsync(host));
    }

    private static TicketFact Find(FactTable<TicketFact> table, Guid id) => table.Rows.Single(f => f.Id == id);

    private static async Task<int> VersionAsync(CrmTestHost host, Guid id) =>
        (await host.ReloadAsync<Ticket>(id)).Version;

    private static async Task StatusAfterAsync(
        CrmTestHost host, TicketWorld world, Guid id, TimeSpan after, TicketStatus status)
    {
        host.Clock.Advance(after);
        world.SignInAsAdmin();
        await world.Tickets.ChangeStatusAsync(id, await VersionAsync(host, id), status, Token);
    }

    private static TicketChanged Changed(TicketFact held) =>
        new(held.Id, held.Version, held.OpenedAt, held.Number, held.QueueId, held.TeamId, held.AssigneeId,
            held.AccountId, held.Status, held.Priority);

    private static CalendarInput AllDay() =>
        new($"全天 {Guid.NewGuid():N}", "Etc/UTC",
            [.. Enum.GetValues<DayOfWeek>().Select(d => new ShiftInput(d, TimeSpan.Zero, TimeSpan.FromHours(24)))],
            []);
}
