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

    public void AppointManager(Guid userId) => ManagerId = Guard.NotEmpty(userId, "Manager");
}
