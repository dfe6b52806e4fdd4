using System.Globalization;
using Bunit;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Attachments;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Pipeline.Presence;
using Crm.Infrastructure.Tickets;
using Crm.Web.Tests.Attachments;
using Crm.Web.Tests.Common;
using Crm.Web.Tickets;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Crm.Web.Tests.Tickets;

public sealed class TicketPageTests : TicketPageContext
{
    [Fact]
    public void SendClicked_Reply_CallsTheServiceWithTheVersionShown()
    {
        var ticket = Tickets.Ticket = TicketSamples.View();
        var page = Render<TicketPage>(p => p.Add(x => x.Key, ticket.Number.ToString(CultureInfo.InvariantCulture)));

        page.Find("textarea[data-testid=composer-body]").Input("您好，我们正在排查。");
        page.Find("[data-testid=composer-send]").Click();

        page.WaitForAssertion(() => Assert.Equal((ticket.Id, 3, "您好，我们正在排查。"), Assert.Single(Tickets.Replies)));
    }

    [Fact]
    public void SendClicked_StaleVersion_ShowsTheConflictAndKeepsTheText()
    {
        var ticket = Tickets.Ticket = TicketSamples.View();
        Tickets.ChangeError = new ConcurrencyConflictException("Ticket", ticket.Id);
        var page = Render<TicketPage>(p => p.Add(x => x.Key, ticket.Number.ToString(CultureInfo.InvariantCulture)));

        page.Find("textarea[data-testid=composer-body]").Input("请重启路由器");
        page.Find("[data-testid=composer-send]").Click();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=ticket-conflict]")));
        Assert.Equal("请重启路由器", page.Find("textarea[data-testid=composer-body]").GetAttribute("value"));
    }

    [Fact]
    public void SendClicked_NoteTab_AddsANoteInsteadOfAReply()
    {
        var ticket = Tickets.Ticket = TicketSamples.View();
        var page = Render<TicketPage>(p => p.Add(x => x.Key, ticket.Number.ToString(CultureInfo.InvariantCulture)));

        page.Find("[data-testid=composer-note-tab]").Click();
        page.Find("textarea[data-testid=composer-body]").Input("客户上周也报过");
        page.Find("[data-testid=composer-send]").Click();

        page.WaitForAssertion(() => Assert.Single(Tickets.Notes));
        Assert.Empty(Tickets.Replies);
    }

    [Fact]
    public void Render_ReadOnlyTicket_SaysSoAndOffersNoComposer()
    {
        var ticket = Tickets.Ticket = TicketSamples.View(canWork: false);

        var page = Render<TicketPage>(p => p.Add(x => x.Key, ticket.Number.ToString(CultureInfo.InvariantCulture)));

        Assert.NotNull(page.Find("[data-testid=ticket-read-only]"));
        Assert.Empty(page.FindAll("[data-testid=ticket-composer]"));
    }

    [Fact]
    public void Render_QueuedTicket_OffersAssignToMe()
    {
        CurrentUser.Actor = new Actor(TicketSamples.Agent, new HashSet<string> { Domain.Teams.Roles.SupportAgent });
        var ticket = Tickets.Ticket = TicketSamples.View(status: TicketStatus.New);

        var page = Render<TicketPage>(p => p.Add(x => x.Key, ticket.Number.ToString(CultureInfo.InvariantCulture)));

        Assert.NotNull(page.Find("[data-testid=ticket-take]"));
    }

    [Fact]
    public void Render_Conversation_ShowsTheMessagesWithTheirKind()
    {
        var ticket = Tickets.Ticket = TicketSamples.View();
        Tickets.Messages.Add(TicketSamples.Message("还是连不上"));

        var page = Render<TicketPage>(p => p.Add(x => x.Key, ticket.Number.ToString(CultureInfo.InvariantCulture)));

        Assert.Contains("还是连不上", page.Find("[data-testid=ticket-message]").TextContent);
    }

    [Fact]
    public void Render_LinkById_GoesToTheNumberedAddress()
    {
        var ticket = Tickets.Ticket = TicketSamples.View();

        Render<TicketPage>(p => p.Add(x => x.Key, ticket.Id.ToString()));

        var navigation = Services.GetRequiredService<NavigationManager>();
        Assert.EndsWith("/tickets/10234", navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Ticket_OpensTheConversationWithTheCustomersDescription()
    {
        var ticket = Tickets.Ticket = TicketSamples.View();

        var page = Render<TicketPage>(p => p.Add(x => x.Key, "10234"));

        Assert.Contains("从今天早上开始所有分支机构都连不上", page.Find("[data-testid=ticket-description]").TextContent);
    }

    [Fact]
    public void Render_UnknownNumber_ShowsNotFound()
    {
        var page = Render<TicketPage>(p => p.Add(x => x.Key, "99999"));

        Assert.Empty(page.FindAll("[data-testid=ticket-subject]"));
    }
}
