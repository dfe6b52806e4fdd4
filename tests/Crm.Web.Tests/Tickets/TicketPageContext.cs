using Crm.Infrastructure.Attachments;
using Crm.Infrastructure.Pipeline.Presence;
using Crm.Infrastructure.Tickets;
using Crm.Infrastructure.Tickets.Workspace;
using Crm.Web.Tests.Attachments;
using Crm.Web.Tests.Common;
using Crm.Web.Tests.Tickets.Workspace;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Crm.Web.Tests.Tickets;

/// <summary>
/// What the ticket page needs beyond the common context, as fakes (presence is the real in-memory registry).
/// </summary>
public abstract class TicketPageContext : CrmTestContext
{
    protected TicketPageContext()
    {
        Services.AddSingleton<ITicketService>(Tickets);
        Services.AddSingleton<IAttachmentService>(Attachments);
        Services.AddSingleton<IAgentWorkspace>(AgentWorkspace);
        Services.AddSingleton<IPresenceRegistry>(Presence);
        Tickets.Choices = TicketSamples.Choices();
    }

    protected FakeTicketService Tickets { get; } = new();

    protected FakeAttachmentService Attachments { get; } = new();

    private protected FakeAgentWorkspace AgentWorkspace { get; } = new();

    private protected PresenceRegistry Presence { get; } = new(TimeProvider.System, NullLogger<PresenceRegistry>.Instance);
}
