using Crm.Domain.Customers;
using Crm.Domain.Leads;

namespace Crm.Web.Leads;

/// <summary>The order the lead screens offer their choices in: the usual ones first, "other" last.</summary>
internal static class LeadChoiceLists
{
    public static readonly IReadOnlyList<LeadSource> Sources =
    [
        LeadSource.WebForm, LeadSource.PhoneIn, LeadSource.Email, LeadSource.WeChat, LeadSource.TradeShow,
        LeadSource.Referral, LeadSource.Campaign, LeadSource.Partner, LeadSource.Other,
    ];

    public static readonly IReadOnlyList<Industry> Industries =
        [.. Enum.GetValues<Industry>().Where(i => i != Industry.Other).Append(Industry.Other)];

    public static readonly IReadOnlyList<CompanySize> Sizes = Enum.GetValues<CompanySize>();

    public static readonly IReadOnlyList<DisqualificationReason> Reasons = Enum.GetValues<DisqualificationReason>();
}
