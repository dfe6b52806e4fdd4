using Crm.Domain.Leads;
using Crm.Infrastructure.Leads;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Leads;

/// <summary>What is known about the lead's person and company, where it came from and who entered it.</summary>
public sealed partial class LeadDetailsCard
{
    [Parameter, EditorRequired]
    public LeadView Lead { get; set; } = default!;

    [Inject]
    private UserTimeZone Zone { get; set; } = default!;

    [Inject]
    private IStringLocalizer<LeadText> Text { get; set; } = default!;

    [Inject]
    private IStringLocalizer<Customers.CustomersText> CustomerText { get; set; } = default!;

    private LeadProfile Profile => Lead.Profile;

    private string? IndustryText => Profile.Industry == Domain.Customers.Industry.Other
        ? null
        : CustomerText[$"Industry.{Profile.Industry}"].Value;

    private string? SizeText => Profile.CompanySize == CompanySize.Unknown
        ? null
        : Text[$"Size.{Profile.CompanySize}"].Value;

    private string CreatorText => Lead.CreatedBy switch
    {
        { Kind: CreatorKind.User, Name: { } name } => name,
        { Kind: CreatorKind.WebForm } => Text["Creator.WebForm"].Value,
        _ => Text["Creator.System"].Value,
    };
}
