using Crm.Web.Common.PublicPosts;

namespace Crm.Web.Leads.WebToLead;

/// <summary>Bound from <c>Leads:WebToLead</c> in appsettings.json: who may post leads, and how often.</summary>
public sealed class WebToLeadOptions : IPublicPostOptions
{
    public const string Section = "Leads:WebToLead";

    /// <summary>Posts accepted per client address in each window; more answer 429.</summary>
    public int PermitLimit { get; set; } = 10;

    public int WindowSeconds { get; set; } = 60;

    /// <summary>
    /// Web sites whose pages may post with script (CORS), such as <c>https://www.example.com</c>.
    /// A plain HTML form post from any site works without being listed.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];
}
