using Crm.Domain.Common;

namespace Crm.Domain.Teams;

/// <summary>A sales or support team with one manager.</summary>
public sealed class Team : AggregateRoot
{
    public Team(Guid id, string name, TeamKind kind, string region)
        : base(id)
    {
        Name = Guard.Required(name, nameof(Name), 100);
        Kind = kind;
        Region = Guard.Required(region, nameof(Region), 100);
    }

    public string Name { get; private set; }

    public TeamKind Kind { get; private set; }

    public string Region { get; private set; }

    public Guid? ManagerId { get; private set; }

    public void Rename(string name) => Name = Guard.Required(name, nameof(Name), 100);

    public void ChangeRegion(string region) => Region = Guard.Required(region, nameof(Region), 100);

    /// <summary>
    /// Sets the manager of a team that is being set up (seed data, bulk generation) and records
    /// nothing. A change people make goes through <see cref="ChangeManager"/>.
    /// </summary>
    public void AppointManager(Guid userId) => ManagerId = Guard.NotEmpty(userId, "Manager");

    /// <summary>
    /// Hands the team to <paramref name="userId"/> at <paramref name="at"/> and records
    /// <see cref="TeamManagerChanged"/>: what the previous and the new manager see changes with
    /// it. Appointing the current manager changes nothing.
    /// </summary>
    public void ChangeManager(Guid userId, DateTime at)
    {
        Guard.NotEmpty(userId, "Manager");
        if (userId == ManagerId)
        {
            return;
        }

        var previous = ManagerId;
        ManagerId = userId;
        Record(new TeamManagerChanged(Id, NextVersion, Clock.Utc(at), previous, userId));
    }
}
