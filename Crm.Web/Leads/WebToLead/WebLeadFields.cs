using System.Text.Json;
using Crm.Domain.Customers;
using Crm.Domain.Leads;

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

    private readonly Dictionary<string, string?> _values;

    private WebLeadFields(Dictionary<string, string?> values) => _values = values;

    public bool HoneypotFilled => !string.IsNullOrWhiteSpace(this[Honeypot]);

    private string? this[string name] => _values.GetValueOrDefault(name);

    public static async Task<WebLeadFields?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);

            return new WebLeadFields(Fields(form.Select(f => (f.Key, (string?)f.Value.ToString()))));
        }

        if (!request.HasJsonContentType())
        {
            return null;
        }

        using var json = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);

        return json.RootElement.ValueKind == JsonValueKind.Object
            ? new WebLeadFields(Fields(json.RootElement.EnumerateObject().Select(p => (p.Name, TextOf(p.Value)))))
            : throw new JsonException("A web-to-lead post is one JSON object.");
    }

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

    private static Dictionary<string, string?> Fields(IEnumerable<(string Name, string? Value)> fields)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        return values;
    }

    private static string? TextOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };

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
