using System.Collections.Immutable;
using Crm.Domain.Common;

namespace Crm.Domain.Displays;

/// <summary>The rules a display's pages follow, in one place for the entity and the editor.</summary>
public static class DisplayPages
{
    /// <summary>
    /// The pages with blank titles as null and titles trimmed, or a <see cref="DomainException"/>
    /// (field Pages) saying which page breaks which rule.
    /// </summary>
    public static ImmutableArray<DisplayPage> Checked(ImmutableArray<DisplayPage> pages, DisplayKind kind)
    {
        if (pages.IsDefaultOrEmpty)
        {
            throw Problem("Pages.required", "A display needs at least one page.");
        }

        if (pages.Length > Display.MaxPages)
        {
            throw Problem("Pages.too-many", $"A display has at most {Display.MaxPages} pages.");
        }

        return [.. pages.Select((page, index) => CheckedPage(page, index + 1, kind))];
    }

    private static DisplayPage CheckedPage(DisplayPage page, int number, DisplayKind kind)
    {
        var panels = page.Panels.IsDefault ? [] : page.Panels;
        if (panels.IsEmpty || panels.Length > DisplayPage.MaxPanels)
        {
            throw Problem("Pages.panels", $"Page {number} needs 1 to {DisplayPage.MaxPanels} panels.");
        }

        if (panels.Distinct().Count() != panels.Length)
        {
            throw Problem("Pages.repeated-panel", $"Page {number} shows a panel twice.");
        }

        if (panels.FirstOrDefault(p => !DisplayPanels.Fits(p, kind)) is var misfit && misfit != default)
        {
            throw Problem(
                "Pages.wrong-panel", $"Page {number}: the {misfit} panel does not belong on a {kind} display.");
        }

        var title = page.Title?.Trim();
        if (title?.Length > DisplayPage.MaxTitleLength)
        {
            throw Problem("Pages.title-too-long",
                $"Page {number}: a title has at most {DisplayPage.MaxTitleLength} characters.");
        }

        return new DisplayPage(string.IsNullOrEmpty(title) ? null : title, panels);
    }

    private static DomainException Problem(string code, string message) => new(code, message, "Pages");
}
