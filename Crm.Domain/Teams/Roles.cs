namespace Crm.Domain.Teams;

/// <summary>The role names that permissions and record visibility are decided by.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string SalesManager = "SalesManager";
    public const string SalesRep = "SalesRep";
    public const string SupportLead = "SupportLead";
    public const string SupportAgent = "SupportAgent";
    public const string Marketing = "Marketing";

    public static readonly IReadOnlyList<string> All =
        [Admin, SalesManager, SalesRep, SupportLead, SupportAgent, Marketing];
}
