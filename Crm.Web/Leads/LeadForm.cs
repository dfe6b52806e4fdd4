using Crm.Domain.Customers;
using Crm.Domain.Leads;
using Crm.Infrastructure.Leads;

namespace Crm.Web.Leads;

/// <summary>What the lead dialog edits; turns into a <see cref="LeadInput"/> on save.</summary>
public sealed class LeadForm
{
    public string? PersonName { get; set; }

    public string? Company { get; set; }

    public string? Title { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? WeChatId { get; set; }

    public string? Region { get; set; }

    public Industry Industry { get; set; } = Industry.Other;

    public CompanySize CompanySize { get; set; } = CompanySize.Unknown;

    public LeadSource Source { get; set; } = LeadSource.PhoneIn;

    public string? Notes { get; set; }

    public string? ProductInterest { get; set; }

    public static LeadForm From(LeadView lead) => new()
    {
        PersonName = lead.Profile.PersonName,
        Company = lead.Profile.Company,
        Title = lead.Profile.Title,
        Phone = lead.Profile.Phone,
        Email = lead.Profile.Email,
        WeChatId = lead.Profile.WeChatId,
        Region = lead.Profile.Region,
        Industry = lead.Profile.Industry,
        CompanySize = lead.Profile.CompanySize,
        Source = lead.Source,
        Notes = lead.Profile.Notes,
        ProductInterest = lead.Profile.ProductInterest,
    };

    public LeadInput ToInput() => new(
        new LeadProfile(
            PersonName, Company, Title, Phone, Email, WeChatId, Region, Industry, CompanySize, Notes, ProductInterest),
        Source);
}
