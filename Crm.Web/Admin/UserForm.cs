using System.Globalization;
using Crm.Domain.Common;
using Crm.Domain.Teams;
using Crm.Infrastructure.Admin;

namespace Crm.Web.Admin;

/// <summary>What the invite and edit dialogs bind to.</summary>
public sealed class UserForm
{
    public string DisplayName { get; set; } = "";

    public string Email { get; set; } = "";

    public Guid? TeamId { get; set; }

    public IReadOnlyCollection<string> Roles { get; set; } = [Domain.Teams.Roles.SalesRep];

    public string Language { get; set; } = Languages.All.Contains(CultureInfo.CurrentUICulture.Name)
        ? CultureInfo.CurrentUICulture.Name
        : Languages.Chinese;

    public string TimeZone { get; set; } = "Asia/Shanghai";

    public string Region { get; set; } = "";

    public Availability Availability { get; set; } = Availability.Available;

    public int CapacityLimit { get; set; } = 30;

    public static UserForm From(AdminUserRow user) => new()
    {
        DisplayName = user.DisplayName,
        Email = user.Email,
        TeamId = user.TeamId,
        Roles = user.Roles,
        Language = user.Language,
        TimeZone = user.TimeZone,
        Region = user.Region,
        Availability = user.Availability,
        CapacityLimit = user.CapacityLimit,
    };

    public UserInvitation ToInvitation() =>
        new(DisplayName, Email, TeamId ?? Guid.Empty, Roles.ToList(), Language, TimeZone, Region, CapacityLimit);

    public UserChanges ToChanges() =>
        new(DisplayName, TeamId ?? Guid.Empty, Roles.ToList(), Availability, CapacityLimit, Region, TimeZone, Language);
}
