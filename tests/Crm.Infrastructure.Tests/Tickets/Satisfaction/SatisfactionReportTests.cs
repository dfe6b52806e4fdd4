using Crm.Domain.Tickets;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Crm.Infrastructure.Tickets.Satisfaction;

namespace Crm.Infrastructure.Tests.Tickets.Satisfaction;

/// <summary>The desk's satisfaction and complaint figures, over the tickets the user sees.</summary>
public sealed class SatisfactionReportTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SummaryAsync_RatedTicketOfTheTeam_CountsItInTheDistribution(DatabaseProvider provider)
    {
        await using var world = await SatisfactionWorld.StartAsync(databases, provider);
        await world.Surveys.AnswerAsync(await world.ResolveAndMailAsync(), 4, null, Ct);
        world.Mail.Tickets.SignInAsLead();

        var summary = await world.Host.Get<ISatisfactionReport>().SummaryAsync(30, Ct);

        Assert.Equal((1, 4.0), (summary.RatingCount, summary.AverageRating));
        Assert.Equal([0, 0, 0, 1, 0], summary.Distribution);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SummaryAsync_Complaints_ListsTheOpenOneAndAveragesTheResolvedOne(DatabaseProvider provider)
    {
        await using var world = await SatisfactionWorld.StartAsync(databases, provider);
        var tickets = world.Mail.Tickets;
        var open = await tickets.Tickets.CreateAsync(
            tickets.Input("Rude answer on the phone") with { Category = TicketCategory.Complaint }, Ct);
        var handled = await tickets.Tickets.CreateAsync(
            tickets.Input("Invoice sent twice") with { Category = TicketCategory.Complaint }, Ct);
        world.Host.Clock.Advance(TimeSpan.FromHours(5));
        await tickets.Tickets.ChangeStatusAsync(handled.Id, 1, TicketStatus.Resolved, Ct);
        tickets.SignInAsLead();

        var summary = await world.Host.Get<ISatisfactionReport>().SummaryAsync(30, Ct);

        Assert.Equal(open.Number, Assert.Single(summary.OpenComplaints).Number);
        Assert.Equal((1, TimeSpan.FromHours(5)), (summary.ResolvedComplaintCount, summary.AverageComplaintHandling));
    }

    [Fact]
    public async Task SummaryAsync_SalesRep_IsRefused()
    {
        await using var world = await SatisfactionWorld.StartAsync(databases, DatabaseProvider.Sqlite);
        world.Mail.Tickets.SignInAsRep();

        await Assert.ThrowsAsync<ForbiddenException>(() => world.Host.Get<ISatisfactionReport>().SummaryAsync(30, Ct));
    }
}
