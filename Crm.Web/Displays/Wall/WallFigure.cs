using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Crm.Web.Displays.Wall;

/// <summary>
/// A figure that flashes briefly whenever its value changes, so eyes across the room catch it:
/// the key makes the element new on every change, which restarts its CSS animation.
/// </summary>
/// <remarks>
/// A fragment rather than a component: a wall page shows a hundred figures, and a component each
/// would keep two render trees each in every display's circuit (measured in docs/performance.md).
/// The keyed element sits alone in a wrapper that lays out as if absent, so two equal figures side
/// by side never share a key.
/// </remarks>
internal static class WallFigure
{
    public static RenderFragment Of(object? value, string text, string? cssClass = null, string? testId = null) =>
        builder => Write(builder, value, text, cssClass, testId);

    private static void Write(RenderTreeBuilder builder, object? value, string text, string? cssClass, string? testId)
    {
        builder.OpenElement(0, "span");
        builder.AddAttribute(1, "class", "wall-figure");
        builder.OpenElement(2, "span");
        if (value is not null)
        {
            builder.SetKey(value);
        }

        builder.AddAttribute(3, "class", cssClass is null ? "wall-number" : "wall-number " + cssClass);
        builder.AddAttribute(4, "data-testid", testId);
        builder.AddContent(5, text);
        builder.CloseElement();
        builder.CloseElement();
    }
}
