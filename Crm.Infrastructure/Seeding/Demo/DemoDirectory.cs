using Crm.Domain.Organization;
using Crm.Domain.Teams;

namespace Crm.Infrastructure.Seeding.Demo;

/// <summary>The organization, its teams (each with its manager) and its users, built from the roster.</summary>
internal static class DemoDirectory
{
    public const string OrganizationName = "华辰科技";

    public static OrganizationSettings Organization()
    {
        var organization = new OrganizationSettings(OrganizationName, "CNY", "Asia/Shanghai");
        organization.ChangeFiscalYearStart(1);

        return organization;
    }

    public static List<Team> Teams() => DemoRoster.Teams.Select(spec =>
    {
        var team = new Team(DemoRoster.TeamId(spec.Key), spec.Name, spec.Kind, spec.Region);
        team.AppointManager(DemoRoster.Users.Single(u => u.TeamKey == spec.Key && u.Manages).Id);

        return team;
    }).ToList();

    public static List<User> Users() => DemoRoster.Users.Select(spec =>
    {
        var user = new User(
            spec.Id, spec.DisplayName, spec.Email, DemoRoster.TeamId(spec.TeamKey), spec.TimeZone, spec.Language);
        user.UpdateProfile(spec.DisplayName, spec.TimeZone, spec.Region);
        user.SetAvailability(spec.Availability);
        user.SetCapacity(spec.Capacity);

        return user;
    }).ToList();
}
