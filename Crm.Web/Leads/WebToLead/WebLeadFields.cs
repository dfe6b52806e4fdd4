using Crm.Domain.Customers;
using Crm.Domain.Leads;
using Crm.Web.Common.PublicPosts;

namespace Crm.Web.Leads.WebToLead;

/// <summary>
/// The fields a web form posts, by the names the form uses (JSON or form-encoded, names in any
/// case), and how they become a <see cref="LeadProfile"/>.
/// </summary>
internal sealed class WebLeadFields
{
    /// <summary>Left empty by people; bots fill in every field they find.</summary>
    public const string Honeypot = "website";

    /// <summary>Posted name of each profile field, for errors the posting page can show beside its field.</summary>
    public static readonly IReadOnlyDictionary<string, string> PostedNames = new Dictionary<string, string>
    {
        [nameof(LeadProfile.PersonName)] = "name",
        [nameof(LeadProfile.Company)] = "company",
        [nameof(LeadProfile.Title)] = "title",
        [nameof(LeadProfile.Phone)] = "phone",
        [nameof(LeadProfile.Email)] = "email",
        [nameof(LeadProfile.WeChatId)] = "wechat",
        [nameof(LeadProfile.Region)] = "region",
        [nameof(LeadProfile.Industry)] = "industry",
        [nameof(LeadProfile.CompanySize)] = "companySize",
        [nameof(LeadProfile.Notes)] = "message",
        [nameof(LeadProfile.ProductInterest)] = "interest",
    };

    private readonly PostedFields _fields;

    private WebLeadFields(PostedFields fields) => _fields = fields;

    public bool HoneypotFilled => _fields.Filled(Honeypot);

    private string? this[string name] => _fields[name];

    public static async Task<WebLeadFields?> ReadAsync(HttpRequest request, CancellationToken cancellationToken) =>
        await PostedFields.ReadAsync(request, cancellationToken) is { } fields ? new WebLeadFields(fields) : null;

    /// <summary>
    /// The profile, and the posted names of choice fields holding values nobody knows; those
    /// count as not given in the profile, so its own rules can still report the other fields.
    /// </summary>
    public (LeadProfile Profile, IReadOnlyList<string> UnknownChoices) ToProfile()
    {
        var industry = Choice("industry", Industry.Other);
        var size = Choice("companySize", CompanySize.Unknown);
        var unknown = new List<string>();
        if (industry is null)
        {
            unknown.Add("industry");
        }

        if (size is null)
        {
            unknown.Add("companySize");
        }

        var profile = new LeadProfile(
            this["name"], this["company"], this["title"], this["phone"], this["email"], this["wechat"],
            this["region"], industry ?? Industry.Other, size ?? CompanySize.Unknown, this["message"], this["interest"]);

        return (profile, unknown);
    }

    // Choices are posted by name ("manufacturing", "From51To200"); a blank one means "not said".
    private TEnum? Choice<TEnum>(string name, TEnum blank)
        where TEnum : struct, Enum
    {
        var text = this[name]?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return blank;
        }

        return !char.IsAsciiDigit(text[0]) && Enum.TryParse<TEnum>(text, ignoreCase: true, out var value)
            && Enum.IsDefined(value)
                ? value
                : null;
    }
}
