using Crm.Infrastructure.Leads;
using Crm.Web.Customers;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Leads;

/// <summary>
/// Records that look like a lead, each with what it shares with the lead and who created it
/// when ("created by 陈丽, 2 minutes ago"); one the reader may not open is named as such.
/// </summary>
public sealed partial class DuplicateList
{
    [Parameter, EditorRequired]
    public IReadOnlyList<DuplicateMatch> Matches { get; set; } = [];

    /// <summary>Links open in a new tab, so a form being filled in stays open.</summary>
    [Parameter]
    public bool OpenInNewTab { get; set; }

    [Inject]
    private IStringLocalizer<LeadText> Text { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CustomersText> CustomerText { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    private static string IconOf(DuplicateKind kind) => kind switch
    {
        DuplicateKind.Account => Icons.Material.Outlined.Business,
        DuplicateKind.Contact => Icons.Material.Outlined.Person,
        _ => Icons.Material.Outlined.PersonSearch,
    };

    private static string HrefOf(DuplicateMatch match) => match.Kind switch
    {
        DuplicateKind.Account => $"/accounts/{match.Id}",
        DuplicateKind.Contact => $"/contacts/{match.Id}",
        _ => $"/leads/{match.Id}",
    };

    private string MatchedText(MatchedOn matched) => MatchText.SameAs(matched, Text);

    private string CreatedText(DuplicateMatch match)
    {
        var ago = RelativeTime.Format(match.CreatedAt, Clock.GetUtcNow().UtcDateTime, CustomerText);
        var by = match.CreatedBy switch
        {
            null => null,
            { Kind: CreatorKind.User, Name: { } name } => name,
            { Kind: CreatorKind.WebForm } => Text["Creator.WebForm"].Value,
            _ => Text["Creator.System"].Value,
        };

        return by is null
            ? string.Format(Text["Duplicates.Created"], ago)
            : string.Format(Text["Duplicates.CreatedBy"], by, ago);
    }
}
