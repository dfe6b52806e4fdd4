using Crm.Domain.Tickets;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Tickets;
using Crm.Infrastructure.Tickets.Workspace;

namespace Crm.Web.Tests.Tickets.Workspace;

/// <summary>A workspace whose one feed shows <see cref="View"/>; <see cref="Push"/> plays a live change.</summary>
internal sealed class FakeAgentWorkspace : IAgentWorkspace
{
    private Action? _onChanged;

    public List<WorkspaceTeam> Teams { get; } = [new(TicketSamples.Team, "一线支持")];

    public WorkspaceView View { get; set; } = WorkspaceSamples.View([]);

    /// <summary>The teams whose feeds were opened, in order.</summary>
    public List<Guid> Opened { get; } = [];

    public Task<IReadOnlyList<WorkspaceTeam>> TeamsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<WorkspaceTeam>>([.. Teams]);

    public Task<IWorkspaceFeed> OpenAsync(Guid teamId, Action onChanged, CancellationToken cancellationToken = default)
    {
        if (Teams.All(t => t.Id != teamId))
        {
            throw new NotFoundException("SupportTeam", teamId);
        }

        _onChanged = onChanged;
        Opened.Add(teamId);

        return Task.FromResult<IWorkspaceFeed>(new Feed(this, teamId));
    }

    /// <summary>Replaces the view and tells the page, as the shared store does after a change.</summary>
    public void Push(WorkspaceView view)
    {
        View = view;
        _onChanged?.Invoke();
    }

    private sealed class Feed(FakeAgentWorkspace owner, Guid teamId) : IWorkspaceFeed
    {
        public Guid TeamId => teamId;

        public WorkspaceView Read() => owner.View;

        public void Dispose()
        {
        }
    }
}

internal static class WorkspaceSamples
{
    private static long _revision;

    public static TicketRow Row(
        int number, string subject, Guid? assigneeId = null, TicketStatus status = TicketStatus.New) =>
        new(Guid.CreateVersion7(), number, subject, status, TicketPriority.High, TicketCategory.Problem,
            TicketChannel.Email, TicketSamples.Queue.Id, TicketSamples.Queue.Name, assigneeId,
            assigneeId is null ? null : "许静", null, "上海精工", Common.CrmTestContext.Now.AddHours(-2),
            Common.CrmTestContext.Now)
        { Version = 2 };

    /// <summary>The lanes the store would build for <see cref="TicketSamples.Agent"/>.</summary>
    public static WorkspaceView View(IReadOnlyList<TicketRow> rows, IReadOnlyList<TicketRow>? atRisk = null) =>
        new(Interlocked.Increment(ref _revision), rows,
            [.. rows.Where(r => r.AssigneeId == TicketSamples.Agent)],
            [.. rows.Where(r => r.AssigneeId is null)],
            atRisk,
            WorkspaceView.BoardStatuses.ToDictionary(
                s => s, IReadOnlyList<TicketRow> (s) => [.. rows.Where(r => r.Status == s)]),
            true);
}
