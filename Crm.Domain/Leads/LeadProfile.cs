using Crm.Domain.Common;
using Crm.Domain.Customers;

namespace Crm.Domain.Leads;

/// <summary>
/// What is known about a lead's person and company, validated together; <see cref="ProductInterest"/>
/// is what they asked about, in their words ("CRM 企业版, 50 seats").
/// </summary>
public sealed record LeadProfile(
    string? PersonName,
    string? Company,
    string? Title,
    string? Phone,
    string? Email,
    string? WeChatId,
    string? Region,
    Industry Industry,
    CompanySize CompanySize,
    string? Notes,
    string? ProductInterest = null)
{
    public const int MaxNotesLength = 2000;
    public const int MaxProductInterestLength = 100;

    private static readonly Func<LeadProfile, LeadProfile>[] Rules =
    [
        p => p with { PersonName = Guard.Optional(p.PersonName, nameof(PersonName), 100) },
        p => p with { Company = Guard.Optional(p.Company, nameof(Company), 200) },
        p => p with { Title = Guard.Optional(p.Title, nameof(Title), 100) },
        p => p with { Phone = PhoneOf(p.Phone) },
        p => p with { Email = Guard.Email(p.Email, nameof(Email)) },
        p => p with { WeChatId = Guard.Optional(p.WeChatId, nameof(WeChatId), 60) },
        p => p with { Region = Guard.Optional(p.Region, nameof(Region), 100) },
        p => Enum.IsDefined(p.Industry) ? p : throw Invalid(nameof(Industry)),
        p => Enum.IsDefined(p.CompanySize) ? p : throw Invalid(nameof(CompanySize)),
        p => p with { Notes = Guard.Optional(p.Notes, nameof(Notes), MaxNotesLength) },
        p => p with
        {
            ProductInterest = Guard.Optional(p.ProductInterest, nameof(ProductInterest), MaxProductInterestLength),
        },
        NameOrCompany,
        SomeWayToReach,
    ];

    /// <summary>
    /// Every problem with the profile, at most one per field, in the order a form shows the
    /// fields; empty when <see cref="Lead.Create"/> accepts it. Each problem's
    /// <see cref="DomainException.Field"/> names the field; a missing name-and-company is reported
    /// on <c>PersonName</c>, a missing phone-email-and-WeChat on <c>Phone</c>.
    /// </summary>
    public IReadOnlyList<DomainException> Problems()
    {
        var problems = new List<DomainException>();
        foreach (var rule in Rules)
        {
            try
            {
                rule(this);
            }
            catch (DomainException problem)
            {
                if (problems.All(p => p.Field != problem.Field))
                {
                    problems.Add(problem);
                }
            }
        }

        return problems;
    }

    /// <summary>The profile trimmed, blanks as null; throws the first problem <see cref="Problems"/> finds.</summary>
    internal LeadProfile Cleaned() => Rules.Aggregate(this, (profile, rule) => rule(profile));

    private static string? PhoneOf(string? phone)
    {
        var trimmed = Guard.Optional(phone, nameof(Phone), 40);
        if (trimmed is not null && MatchKeys.Phone(trimmed).Length == 0)
        {
            throw new DomainException("Phone.invalid", "Phone is not a phone number.", nameof(Phone));
        }

        return trimmed;
    }

    private static LeadProfile NameOrCompany(LeadProfile p) =>
        string.IsNullOrWhiteSpace(p.PersonName) && string.IsNullOrWhiteSpace(p.Company)
            ? throw new DomainException(
                "PersonName.name-or-company", "Enter the person's name or the company.", nameof(PersonName))
            : p;

    private static LeadProfile SomeWayToReach(LeadProfile p) =>
        string.IsNullOrWhiteSpace(p.Phone) && string.IsNullOrWhiteSpace(p.Email)
            && string.IsNullOrWhiteSpace(p.WeChatId)
            ? throw new DomainException(
                "Phone.contact-required", "Enter a phone number, an email address or a WeChat id.", nameof(Phone))
            : p;

    private static DomainException Invalid(string field) =>
        new($"{field}.invalid", $"{field} has an unknown value.", field);
}
