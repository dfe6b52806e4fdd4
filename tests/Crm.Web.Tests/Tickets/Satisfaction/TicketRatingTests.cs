using System.Globalization;
using Bunit;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Attachments;
using Crm.Infrastructure.Pipeline.Presence;
using Crm.Infrastructure.Tickets;
using Crm.Infrastructure.Tickets.Satisfaction;
using Crm.Web.Tests.Attachments;
using Crm.Web.Tests.Common;
using Crm.Web.Tickets;
using Crm.Web.Tickets.Satisfaction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Crm.Web.Tests.Tickets.Satisfaction;

/// <summary>The customer's rating where agents see it: the ticket page's side panel and the list.</summary>
public sealed class TicketRatingTests : CrmTestContext
{
    private static readonly TicketRating Rated = new(4, "Quick, but I had to call twice.", Now.AddHours(-3));

    private readonly FakeTicketService _tickets = new();

    public TicketRatingTests()
    {
        Services.AddSingleton<ITicketService>(_tickets);
        Services.AddSingleton<IAttachmentService>(new FakeAttachmentService());
        Services.AddSingleton<Crm.Infrastructure.Tickets.Workspace.IAgentWorkspace>(new Workspace.FakeAgentWorkspace());
        Services.AddSingleton<IPresenceRegistry>(
            new PresenceRegistry(TimeProvider.System, NullLogger<PresenceRegistry>.Instance));
        Services.AddSingleton<Crm.Infrastructure.Tickets.Sla.ITicketSlaCountdowns>(new Sla.FakeTicketSlaCountdowns());
        _tickets.Choices = TicketSamples.Choices();
    }

    [Fact]
    public void Render_RatedTicket_ShowsTheStarsAndTheComment()
    {
        var card = Render<TicketRatingCard>(p => p.Add(x => x.Rating, Rated));

        Assert.Equal("4", card.Find("[data-testid=rating-stars]").GetAttribute("data-stars"));
        Assert.Contains(Rated.Comment!, card.Find("[data-testid=ticket-rating-comment]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_RatedTicket_ReadsTheStarsOut()
    {
        var card = Render<TicketRatingCard>(p => p.Add(x => x.Rating, Rated));

        Assert.Equal("4 of 5 stars", card.Find("[data-testid=rating-stars]").GetAttribute("aria-label"));
    }

    [Fact]
    public void Render_NotRated_ShowsNothing()
    {
        var card = Render<TicketRatingCard>(p => p.Add(x => x.Rating, null));

        Assert.Empty(card.FindAll("[data-testid=ticket-rating]"));
    }

    [Fact]
    public void Render_RowWithARating_ShowsTheChip()
    {
        var chip = Render<RatingChip>(p => p.Add(x => x.Rating, 2));

        Assert.Equal("2", chip.Find("[data-testid=ticket-row-rating]").TextContent.Trim());
    }

    [Fact]
    public void TicketRated_OnTheOpenTicketPage_ShowsTheRatingWithoutReload()
    {
        var ticket = _tickets.Ticket = TicketSamples.View(status: TicketStatus.Resolved);
        var page = Render<TicketPage>(p => p.Add(x => x.Key, ticket.Number.ToString(CultureInfo.InvariantCulture)));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=ticket-details]")));

        _tickets.Ticket = ticket with { Version = 4, Rating = Rated };
        Bus.Publish([new TicketRated(ticket.Id, 4, Now, ticket.Number, ticket.Queue.Id, TicketSamples.Team, null,
            ticket.Account!.Id, 4)]);

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=ticket-rating]")));
    }
}
