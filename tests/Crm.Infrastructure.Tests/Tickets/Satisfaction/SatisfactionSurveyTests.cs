using Crm.Domain.Common;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Crm.Infrastructure.Tickets.Mail;
using Crm.Infrastructure.Tickets.Satisfaction;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Tickets.Satisfaction;

/// <summary>
/// A resolution asks the customer by mail; the link records one rating and then refuses, and
/// refuses when expired or replaced by a later resolution.
/// </summary>
public sealed class SatisfactionSurveyTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ChangeStatusAsync_Resolved_QueuesTheSurveyMailInTheSameSave(DatabaseProvider provider)
    {
        await using var world = await SatisfactionWorld.StartAsync(databases, provider);

        await world.ChangeStatusAsync(TicketStatus.Resolved);

        await using var db = await world.Host.OpenAsync();
        var kinds = await db.Set<OutgoingTicketMail>().Where(m => m.TicketId == world.Ticket.Id)
            .Select(m => m.Kind).ToListAsync(Ct);
        Assert.Contains(TicketMailKind.Satisfaction, kinds);
        Assert.Equal(1, await db.Set<SatisfactionSurvey>().CountAsync(s => s.TicketId == world.Ticket.Id, Ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SendDueAsync_SurveyMail_CarriesTheTaggedSubjectAndAWorkingLink(DatabaseProvider provider)
    {
        await using var world = await SatisfactionWorld.StartAsync(databases, provider);

        var token = await world.ResolveAndMailAsync();

        var mail = Assert.Single(world.Mail.Sent(), m => m.TextBody?.Contains(token, StringComparison.Ordinal) == true);
        Assert.StartsWith($"[#{world.Ticket.Number}]", mail.Subject, StringComparison.Ordinal);
        Assert.Equal(SurveyState.Open, (await world.Surveys.FindAsync(token, Ct)).State);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SendDueAsync_SurveyMail_StoresOnlyTheTokensHash(DatabaseProvider provider)
    {
        await using var world = await SatisfactionWorld.StartAsync(databases, provider);

        var token = await world.ResolveAndMailAsync();

        await using var db = await world.Host.OpenAsync();
        var hash = await db.Set<SatisfactionSurvey>().Where(s => s.TicketId == world.Ticket.Id)
            .Select(s => s.TokenHash).SingleAsync(Ct);
        Assert.Equal(LinkTokens.Hash(token), hash);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AnswerAsync_ValidLink_RecordsTheRatingOnTheTicket(DatabaseProvider provider)
    {
        await using var world = await SatisfactionWorld.StartAsync(databases, provider);
        var token = await world.ResolveAndMailAsync();

        var answer = await world.Surveys.AnswerAsync(token, 4, "Fixed on the same day, thank you.", Ct);

        var ticket = await world.ReloadAsync();
        Assert.True(answer.Recorded);
        Assert.Equal((4, "Fixed on the same day, thank you.", world.Host.Now),
            (ticket.Rating, ticket.RatingComment, ticket.RatedAt));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AnswerAsync_ValidLink_PublishesTicketRatedAfterTheCommit(DatabaseProvider provider)
    {
        await using var world = await SatisfactionWorld.StartAsync(databases, provider);
        var token = await world.ResolveAndMailAsync();

        await world.Surveys.AnswerAsync(token, 5, null, Ct);

        var rated = world.Host.Bus.Published.OfType<TicketRated>().Single(e => e.AggregateId == world.Ticket.Id);
        Assert.Equal((5, world.Ticket.Number), (rated.Rating, rated.Number));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AnswerAsync_UsedLink_IsRefusedAndKeepsTheFirstRating(DatabaseProvider provider)
    {
        await using var world = await SatisfactionWorld.StartAsync(databases, provider);
        var token = await world.ResolveAndMailAsync();
        await world.Surveys.AnswerAsync(token, 4, null, Ct);

        var again = await world.Surveys.AnswerAsync(token, 1, "Changed my mind", Ct);

        Assert.Equal((SurveyState.Used, false), (again.State, again.Recorded));
        Assert.Equal(4, (await world.ReloadAsync()).Rating);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AnswerAsync_ExpiredLink_IsRefusedAndStoresNothing(DatabaseProvider provider)
    {
        await using var world = await SatisfactionWorld.StartAsync(databases, provider);
        var token = await world.ResolveAndMailAsync();
        world.Host.Clock.Advance(TimeSpan.FromDays(14));

        var answer = await world.Surveys.AnswerAsync(token, 5, null, Ct);

        Assert.Equal(SurveyState.Expired, answer.State);
        Assert.Null((await world.ReloadAsync()).Rating);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AnswerAsync_LinkOfAnEarlierResolution_IsRefused(DatabaseProvider provider)
    {
        await using var world = await SatisfactionWorld.StartAsync(databases, provider);
        var first = await world.ResolveAndMailAsync();
        await world.ChangeStatusAsync(TicketStatus.Open);
        var second = await world.ResolveAndMailAsync();

        var answer = await world.Surveys.AnswerAsync(first, 2, null, Ct);

        Assert.Equal(SurveyState.NotValid, answer.State);
        Assert.Equal(SurveyState.Open, (await world.Surveys.FindAsync(second, Ct)).State);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task FindAsync_TicketReopenedSinceTheMail_IsNotValid(DatabaseProvider provider)
    {
        await using var world = await SatisfactionWorld.StartAsync(databases, provider);
        var token = await world.ResolveAndMailAsync();

        await world.ChangeStatusAsync(TicketStatus.Open);

        Assert.Equal(SurveyState.NotValid, (await world.Surveys.FindAsync(token, Ct)).State);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AnswerAsync_TwoAnswersOfOneLinkAtOnce_RecordExactlyOne(DatabaseProvider provider)
    {
        await using var world = await SatisfactionWorld.StartAsync(databases, provider);
        var token = await world.ResolveAndMailAsync();
        await using var second = await databases.StartHostAsync(provider);
        second.Clock.SetUtcNow(world.Host.Clock.GetUtcNow());

        var answers = await Task.WhenAll(
            world.Surveys.AnswerAsync(token, 5, "first", Ct),
            second.Get<ISatisfactionSurveyService>().AnswerAsync(token, 1, "second", Ct));

        Assert.Single(answers, a => a.Recorded);
        Assert.Single(answers, a => a.State == SurveyState.Used);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AnswerAsync_RatingOutOfRange_ThrowsAndLeavesTheLinkOpen(DatabaseProvider provider)
    {
        await using var world = await SatisfactionWorld.StartAsync(databases, provider);
        var token = await world.ResolveAndMailAsync();

        await Assert.ThrowsAsync<DomainException>(() => world.Surveys.AnswerAsync(token, 6, null, Ct));

        Assert.Equal(SurveyState.Open, (await world.Surveys.FindAsync(token, Ct)).State);
    }

    [Theory]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task FindAsync_UnknownOrMalformedToken_IsNotValid(string token)
    {
        await using var host = await databases.StartHostAsync(DatabaseProvider.Sqlite);

        var lookup = await host.Get<ISatisfactionSurveyService>().FindAsync(token, Ct);

        Assert.Equal(SurveyState.NotValid, lookup.State);
    }
}
