using System.Collections.Immutable;
using Crm.Infrastructure.Visibility;

namespace Crm.Infrastructure.Tickets.Workspace;

/// <summary>One team's open tickets at one moment; replaced whole on every change.</summary>
internal sealed record TeamTickets(Guid TeamId, ImmutableDictionary<Guid, TicketRow> Rows, long Revision)
{
    public static TeamTickets Create(Guid teamId, IEnumerable<TicketRow> rows) =>
        new(teamId, rows.ToImmutableDictionary(r => r.Id), 1);

    public TeamTickets With(TicketRow row) => this with { Rows = Rows.SetItem(row.Id, row), Revision = Revision + 1 };

    public TeamTickets Without(Guid id) => this with { Rows = Rows.Remove(id), Revision = Revision + 1 };
}

/// <summary>
/// What a change touched, told to every feed of the team: the assignee before and after
/// (<see cref="Everything"/> after a load). A feed decides from this alone whether its user may
/// see the change.
/// </summary>
internal sealed record TeamTicketChange(bool Everything, Guid? AssigneeBefore, Guid? AssigneeAfter)
{
    public static readonly TeamTicketChange All = new(true, null, null);

    public bool Concerns(Guid teamId, TicketAccess access) =>
        Everything || access.Scope.Works(teamId, AssigneeBefore) || access.Scope.Works(teamId, AssigneeAfter);
}
