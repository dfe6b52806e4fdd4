using System.Globalization;
using Bunit;
using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Pipeline.Presence;
using Crm.Infrastructure.Tickets;
using Crm.Web.Tests.Attachments;
using Crm.Web.Tests.Common;
using Crm.Web.Tickets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Crm.Web.Tests.Tickets.Presence;

/// <summary>The collision warning on the ticket page, on the real presence registry.</summary>
public sealed class TicketPresenceTests : CrmTestContext
{
    private static readonly PresenceViewer Colleague = new(Guid.CreateVersion7(), "王芳");

    private readonly FakeTicketService _tickets = new();
    private readonly PresenceRegistry _registry = new(TimeProvider.System, NullLogger<PresenceRegistry>.Instance);
    private readonly TicketView _ticket = TicketSamples.View();

    public TicketPresenceTests()
    {
        Services.AddSingleton<ITicketService>(_tickets);
        Services.AddSingleton<Crm.Infrastructure.Tickets.Workspace.IAgentWorkspace>(new Workspace.FakeAgentWorkspace());
        Services.AddSingleton<Crm.Infrastructure.Tickets.Sla.ITicketSlaCountdowns>(new Sla.FakeTicketSlaCountdowns());
        Services.AddSingleton<IPresenceRegistry>(_registry);
        Services.AddSingleton<Crm.Infrastructure.Attachments.IAttachmentService>(new FakeAttachmentService());
        _tickets.Choices = TicketSamples.Choices();
        _tickets.Ticket = _ticket;
        CurrentUser.Actor = new Actor(TicketSamples.Agent, new HashSet<string> { Domain.Teams.Roles.SupportAgent });
    }

    private RecordLink Record => new(RecordKind.Ticket, _ticket.Id);

    [Fact]
    public void ColleagueOpensTheTicket_ShowsTheyAreViewing()
    {
        var page = RenderPage();

        using var colleague = _registry.Join(Record, Colleague, () => { });

        page.WaitForAssertion(() => Assert.Equal(
            "王芳 is viewing this ticket", page.Find("[data-testid=ticket-collision-viewing]").TextContent.Trim()));
    }

    [Fact]
    public void ColleagueStartsReplying_ShowsTheWarning()
    {
        var page = RenderPage();
        using var colleague = _registry.Join(Record, Colleague, () => { });

        colleague.StartEditing();

        page.WaitForAssertion(() => Assert.Equal(
            "王芳 is replying", page.Find("[data-testid=ticket-collision-replying]").TextContent.Trim()));
    }

    [Fact]
    public void TypingInTheComposer_OthersSeeMeReplying()
    {
        var page = RenderPage();
        using var colleague = _registry.Join(Record, Colleague, () => { });

        page.Find("textarea[data-testid=composer-body]").Input("您好");

        Assert.True(colleague.Others().Single().IsEditing);
    }

    [Fact]
    public void Alone_NoWarning()
    {
        var page = RenderPage();

        Assert.Empty(page.FindAll("[data-testid^=ticket-collision]"));
    }

    private IRenderedComponent<TicketPage> RenderPage() =>
        Render<TicketPage>(p => p.Add(x => x.Key, _ticket.Number.ToString(CultureInfo.InvariantCulture)));
}
