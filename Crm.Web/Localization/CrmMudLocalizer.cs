using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Localization;

/// <summary>
/// Supplies MudBlazor's own texts (pager, grid filters, pickers) from our resources;
/// a key we do not translate falls back to MudBlazor's built-in English.
/// </summary>
internal sealed class CrmMudLocalizer(IStringLocalizer<MudBlazorText> text) : MudLocalizer
{
    public override LocalizedString this[string key] => text[key];
}

/// <summary>Marker for MudBlazorText.resx: translations of MudBlazor's keys.</summary>
public sealed class MudBlazorText;
