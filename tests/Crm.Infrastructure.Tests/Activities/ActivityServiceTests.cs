using Crm.Domain.Activities;
using Crm.Domain.Common;
using Crm.Infrastructure.Activities;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Tests.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Activities;

public sealed class ActivityServiceTests : TimelineServiceTests
{
    private IActivityService Activities => Host.Get<IActivityService>();

    [Fact]
    public async Task LogAsync_OnAnotherTeamsAccount_ThrowsNotFound()
    {
        var entry = Entry("Intro call", Host.Now);

        var act = () => Activities.LogAsync(World.WestAccount, null, entry, TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<NotFoundException>(act);
    }

    [Fact]
    public async Task LogAsync_NewActivity_AppearsFirstInTimeline()
    {
        var ct = TestContext.Current.CancellationToken;
        await Activities.LogAsync(World.EastAccount, null, Entry("Earlier", Host.Now.AddHours(-3)), ct);

        var logged = await Activities.LogAsync(World.EastAccount, null, Entry("Just now", Host.Now), ct);
        var timeline = await Activities.TimelineAsync(new TimelineQuery(World.EastAccount), ct);

        Assert.Equal(logged.Id, timeline.Items[0].Id);
        Assert.Equal("王伟", timeline.Items[0].LoggedByName);
    }

    [Fact]
    public async Task LogAsync_FutureOccurredAt_ThrowsAndSavesNothing()
    {
        var entry = Entry("Tomorrow's call", Host.Now.AddDays(1));

        var error = await Assert.ThrowsAsync<DomainException>(
            () => Activities.LogAsync(World.EastAccount, null, entry, TestContext.Current.CancellationToken));
        var saved = await Host.QueryAsync(db => db.Activities.CountAsync());

        Assert.Equal("OccurredAt.future", error.Code);
        Assert.Equal(0, saved);
    }

    [Fact]
    public async Task LogAsync_AsMarketer_ThrowsForbidden()
    {
        Host.CurrentUser.SignIn(World.Marketer);

        var act = () => Activities.LogAsync(
            World.EastAccount, null, Entry("Campaign note", Host.Now), TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<ForbiddenException>(act);
    }

    [Fact]
    public async Task LogAsync_AsSupportAgentOnAnyAccount_Succeeds()
    {
        Host.CurrentUser.SignIn(World.SupportAgent);

        var logged = await Activities.LogAsync(
            World.WestAccount, null, Entry("Ticket call", Host.Now), TestContext.Current.CancellationToken);

        Assert.Equal(World.WestAccount, logged.AccountId);
    }

    [Fact]
    public async Task LogAsync_ContactOfAnotherAccount_ThrowsContactNotFound()
    {
        var foreignContact = await Host.AddContactAsync(World.WestAccount, "赵敏");

        var error = await Assert.ThrowsAsync<DomainException>(() => Activities.LogAsync(
            World.EastAccount, foreignContact, Entry("Call", Host.Now), TestContext.Current.CancellationToken));

        Assert.Equal("Contact", error.Field);
    }

    [Fact]
    public async Task TimelineAsync_KindFilter_ReturnsOnlyThatKind()
    {
        var ct = TestContext.Current.CancellationToken;
        await Activities.LogAsync(World.EastAccount, null, Entry("Call", Host.Now), ct);
        await Activities.LogAsync(World.EastAccount, null, Entry("Note", Host.Now, ActivityKind.Note), ct);

        var page = await Activities.TimelineAsync(new TimelineQuery(World.EastAccount, Kinds: [ActivityKind.Note]), ct);

        Assert.Equal(["Note"], page.Items.Select(i => i.Subject));
    }

    [Fact]
    public async Task DeleteAsync_LoggedActivity_LeavesTimeline()
    {
        var ct = TestContext.Current.CancellationToken;
        var logged = await Activities.LogAsync(World.EastAccount, null, Entry("Oops", Host.Now), ct);

        await Activities.DeleteAsync(logged.Id, logged.Version, ct);
        var page = await Activities.TimelineAsync(new TimelineQuery(World.EastAccount), ct);

        Assert.Empty(page.Items);
    }

    [Fact]
    public async Task CorrectAsync_StaleVersion_ThrowsConcurrencyConflict()
    {
        var ct = TestContext.Current.CancellationToken;
        var logged = await Activities.LogAsync(World.EastAccount, null, Entry("Call", Host.Now), ct);
        await Activities.CorrectAsync(logged.Id, logged.Version, Entry("Call with CFO", Host.Now), ct);

        var act = () => Activities.CorrectAsync(logged.Id, logged.Version, Entry("Call with CEO", Host.Now), ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(act);
    }

    internal static ActivityEntry Entry(string subject, DateTime at, ActivityKind kind = ActivityKind.Call) =>
        new(kind, ActivityDirection.Outbound, at, TimeSpan.FromMinutes(5), ActivityOutcome.Reached, subject, null);
}
