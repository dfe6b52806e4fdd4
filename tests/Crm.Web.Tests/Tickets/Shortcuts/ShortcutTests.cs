using System.Globalization;
using Bunit;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Pipeline.Presence;
using Crm.Infrastructure.Tickets.Workspace;
using Crm.Infrastructure.Tickets;
using Crm.Web.Tests.Attachments;
using Crm.Web.Tests.Common;
using Crm.Web.Tests.Tickets.Workspace;
using Crm.Web.Tickets.Shortcuts;
using Crm.Web.Tickets.Workspace;
using Crm.Web.Tickets;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor;

namespace Crm.Web.Tests.Tickets.Shortcuts;

/// <summary>
/// The single-key shortcuts of the ticket page and the service desk, pressed as the script
/// reports them.
/// </summary>
public sealed class ShortcutTests : CrmTestContext
{
    private readonly FakeTicketService _tickets = new();
    private readonly FakeAgentWorkspace _workspace = new();
    private readonly Sla.FakeTicketSlaCountdowns _countdowns = new();

    public ShortcutTests()
    {
        Services.AddSingleton<ITicketService>(_tickets);
        Services.AddSingleton<IAgentWorkspace>(_workspace);
        Services.AddSingleton<Crm.Infrastructure.Attachments.IAttachmentService>(new FakeAttachmentService());
        Services.AddSingleton<IAgentStatusService>(new FakeAgentStatusService());
        Services.AddSingleton<Crm.Infrastructure.Tickets.Sla.ITicketSlaCountdowns>(_countdowns);
        Services.AddSingleton<IPresenceRegistry>(
            new PresenceRegistry(TimeProvider.System, NullLogger<PresenceRegistry>.Instance));
        _tickets.Choices = TicketSamples.Choices();
        CurrentUser.Actor = new Actor(TicketSamples.Agent, new HashSet<string> { Domain.Teams.Roles.SupportAgent });
    }

    [Fact]
    public void TicketPage_A_OnAQueuedTicket_TakesIt()
    {
        var ticket = _tickets.Ticket = TicketSamples.View(status: TicketStatus.New);
        var page = RenderTicket(ticket);

        Press((IRenderedComponent<IComponent>)page, "a");

        page.WaitForAssertion(() => Assert.Equal((ticket.Id, 3), Assert.Single(_tickets.Takes)));
    }

    [Fact]
    public void TicketPage_E_ResolvesTheTicket()
    {
        var ticket = _tickets.Ticket = TicketSamples.View(assignee: new(TicketSamples.Agent, "许静"));
        var page = RenderTicket(ticket);

        Press((IRenderedComponent<IComponent>)page, "e");

        page.WaitForAssertion(() => Assert.Equal([TicketStatus.Resolved], _tickets.StatusChanges));
    }

    [Fact]
    public void TicketPage_J_OpensTheNextTicketOfTheTeamList()
    {
        var ticket = _tickets.Ticket = TicketSamples.View();
        var current = WorkspaceSamples.Row(ticket.Number, ticket.Subject) with { Id = ticket.Id };
        _workspace.View = WorkspaceSamples.View([current, WorkspaceSamples.Row(10300, "下一个")]);
        var page = RenderTicket(ticket);

        Press((IRenderedComponent<IComponent>)page, "j");

        Assert.EndsWith("/tickets/10300", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public void TicketPage_QuestionMark_ListsTheShortcuts()
    {
        var ticket = _tickets.Ticket = TicketSamples.View();
        var dialogs = Render<MudDialogProvider>();
        var page = RenderTicket(ticket);

        Press((IRenderedComponent<IComponent>)page, "?");

        dialogs.WaitForAssertion(() => Assert.Equal(7, dialogs.FindAll("[data-testid=shortcut-row]").Count));
    }

    [Fact]
    public void ServiceDesk_JThenEnter_OpensTheFirstTicket()
    {
        _workspace.View = WorkspaceSamples.View([WorkspaceSamples.Row(10234, "打印机卡纸", TicketSamples.Agent)]);
        var page = Render<ServiceDeskPage>();

        Press((IRenderedComponent<IComponent>)page, "j");
        Press((IRenderedComponent<IComponent>)page, "Enter");

        Assert.EndsWith("/tickets/10234", Services.GetRequiredService<NavigationManager>().Uri);
    }

    private IRenderedComponent<TicketPage> RenderTicket(TicketView ticket) =>
        Render<TicketPage>(p => p.Add(x => x.Key, ticket.Number.ToString(CultureInfo.InvariantCulture)));

    private static void Press(IRenderedComponent<IComponent> page, string key)
    {
        var shortcuts = page.FindComponent<KeyboardShortcuts>();
        shortcuts.InvokeAsync(() => shortcuts.Instance.OnKeyAsync(key)).GetAwaiter().GetResult();
    }
}
