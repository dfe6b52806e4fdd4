using Bunit;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Tickets.Satisfaction;
using Crm.Web.Tests.Common;
using Crm.Web.Tickets.Satisfaction;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Tickets.Satisfaction;

public sealed class SatisfactionPageTests : CrmTestContext
{
    private readonly FakeSatisfactionReport _report = new();

    public SatisfactionPageTests() => Services.AddSingleton<ISatisfactionReport>(_report);

    [Fact]
    public void Render_Summary_ShowsTheAverageAndTheBarOfEachStar()
    {
        var page = Render<SatisfactionPage>();

        Assert.Contains("4.2", page.Find("[data-testid=satisfaction-average]").TextContent, StringComparison.Ordinal);
        Assert.Equal(5, page.FindAll("[data-testid^=satisfaction-bar-]").Count);
    }

    [Fact]
    public void Render_OpenComplaint_ShowsHowLongItHasBeenOpen()
    {
        var page = Render<SatisfactionPage>();

        Assert.Contains("2 d 3 h", page.Find("[data-testid=satisfaction-complaint]").TextContent,
            StringComparison.Ordinal);
    }

    [Fact]
    public void TicketRated_WhileOpen_ReadsTheFiguresAgain()
    {
        var page = Render<SatisfactionPage>();

        Bus.Publish([new TicketRated(Guid.CreateVersion7(), 5, Now, 10240, Guid.Empty, Guid.Empty, null, null, 5)]);

        // The page coalesces live events for a second before it reads again.
        page.WaitForAssertion(() => Assert.Equal(2, _report.Reads), TimeSpan.FromSeconds(10));
    }

    private sealed class FakeSatisfactionReport : ISatisfactionReport
    {
        public int Reads { get; private set; }

        public Task<SatisfactionSummary> SummaryAsync(int days = 30, CancellationToken cancellationToken = default)
        {
            Reads++;

            return Task.FromResult(new SatisfactionSummary(
                Now.AddDays(-days), 10, 4.2, [0, 1, 1, 3, 5],
                [new RatedTicketRow(10231, "发票抬头有误", 2, "等了三天才有人回复。", Now.AddDays(-1))],
                1, [new OpenComplaintRow(10236, "客服态度差", TicketStatus.Open, "徐静", Now.AddHours(-51))],
                3, TimeSpan.FromHours(30)));
        }
    }
}
