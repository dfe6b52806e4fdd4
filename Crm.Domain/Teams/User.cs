using Crm.Domain.Common;

namespace Crm.Domain.Teams;

/// <summary>
/// A person who works in the CRM: the team they belong to, where they work, the language
/// they read, and whether they can take new work (availability and capacity).
/// </summary>
public sealed class User : AggregateRoot
{
    public User(Guid id, string displayName, string email, Guid teamId, string timeZone, string language)
        : base(id)
    {
        DisplayName = Guard.Required(displayName, nameof(DisplayName), 100);
        Email = Guard.Email(email, nameof(Email)) ?? throw RequiredEmail();
        TeamId = Guard.NotEmpty(teamId, "Team");
        TimeZone = TimeZones.Require(timeZone);
        Language = Languages.Require(language);
        Region = "";
        IsActive = true;
        Availability = Availability.Available;
        CapacityLimit = 30;
    }

    public string DisplayName { get; private set; }

    public string Email { get; private set; }

    public Guid TeamId { get; private set; }

    /// <summary>IANA time zone id the user's dates and times are shown in.</summary>
    public string TimeZone { get; private set; }

    /// <summary>UI culture name: <c>zh-CN</c> or <c>en-US</c>.</summary>
    public string Language { get; private set; }

    /// <summary>Region or territory the user covers; empty when not assigned.</summary>
    public string Region { get; private set; }

    public bool IsActive { get; private set; }

    public Availability Availability { get; private set; }

    /// <summary>Open leads or tickets the user may hold at once; routing stops at this number.</summary>
    public int CapacityLimit { get; private set; }

    public void UpdateProfile(string displayName, string timeZone, string region)
    {
        DisplayName = Guard.Required(displayName, nameof(DisplayName), 100);
        TimeZone = TimeZones.Require(timeZone);
        Region = Guard.Optional(region, nameof(Region), 100) ?? "";
    }

    public void ChangeLanguage(string language) => Language = Languages.Require(language);

    /// <summary>
    /// Moves the user to another team at <paramref name="at"/> and records
    /// <see cref="UserMovedToTeam"/>: what they see follows their team. Moving to the team they
    /// are in changes nothing.
    /// </summary>
    public void MoveToTeam(Guid teamId, DateTime at)
    {
        Guard.NotEmpty(teamId, "Team");
        if (teamId == TeamId)
        {
            return;
        }

        var previous = TeamId;
        TeamId = teamId;
        Record(new UserMovedToTeam(Id, NextVersion, Clock.Utc(at), previous, teamId));
    }

    /// <summary>
    /// The status of a user being set up, before the first save; records nothing. A change
    /// people make goes through <see cref="ChangeAvailability"/> or
    /// <see cref="ChangeOwnAvailability"/>.
    /// </summary>
    public void SetAvailability(Availability availability) => Availability = availability;

    /// <summary>
    /// Sets the status at <paramref name="at"/>, as an administrator may (on leave included),
    /// and records <see cref="UserAvailabilityChanged"/> with the team, so the team's workspaces
    /// show it at once; the same status again changes nothing. Every change of a saved user's
    /// status goes through here, the agent's own included.
    /// </summary>
    public void ChangeAvailability(Availability availability, DateTime at)
    {
        if (!Enum.IsDefined(availability))
        {
            throw new DomainException("Availability.invalid", "Unknown availability.", nameof(Availability));
        }

        if (availability == Availability)
        {
            return;
        }

        Availability = availability;
        Record(new UserAvailabilityChanged(Id, NextVersion, Clock.Utc(at), TeamId, availability));
    }

    /// <summary>
    /// The agent's own status from the app bar (available, away, offline); on leave is set by an
    /// administrator ("Availability.self" otherwise). Otherwise as <see cref="ChangeAvailability"/>.
    /// </summary>
    public void ChangeOwnAvailability(Availability availability, DateTime at)
    {
        if (availability is not (Availability.Available or Availability.Away or Availability.Offline))
        {
            throw new DomainException(
                "Availability.self", "Choose available, away or offline.", nameof(Availability));
        }

        ChangeAvailability(availability, at);
    }

    public void SetCapacity(int limit)
    {
        if (limit is < 0 or > 1000)
        {
            throw new DomainException("capacity.range", "Capacity must be between 0 and 1000.", nameof(CapacityLimit));
        }

        CapacityLimit = limit;
    }

    public void Deactivate(DateTime at)
    {
        if (!IsActive)
        {
            return;
        }

        IsActive = false;
        Record(new UserDeactivated(Id, NextVersion, Clock.Utc(at)));
    }

    /// <summary>
    /// Lets a deactivated user work again and records <see cref="UserActivated"/>; changes nothing
    /// for an active user.
    /// </summary>
    public void Activate(DateTime at)
    {
        if (IsActive)
        {
            return;
        }

        IsActive = true;
        Record(new UserActivated(Id, NextVersion, Clock.Utc(at)));
    }

    /// <summary>
    /// Records <see cref="UserRolesChanged"/>. Roles belong to the user's sign-in, not to this
    /// entity; whoever changes them calls this in the same save, so live connections opened
    /// with the old roles can be dropped.
    /// </summary>
    public void NoteRolesChanged(DateTime at) => Record(new UserRolesChanged(Id, NextVersion, Clock.Utc(at)));

    private static DomainException RequiredEmail() =>
        new("Email.required", "Email is required.", nameof(Email));
}
