using System.Text.RegularExpressions;
using Crm.Infrastructure.Notifications;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Notifications;

/// <summary>
/// A notification's sentence in the reader's language: the kind's template from resx with
/// <c>{actor}</c> and the stored arguments (<c>{lead}</c>, <c>{stage}</c>, …) filled in. Values come
/// back as separate parts so they can be emphasised. A kind this build has no text for reads
/// as a generic "new notification".
/// </summary>
internal static partial class NotificationMessage
{
    private const string ActorPlaceholder = "actor";

    /// <summary>A run of template text, or a filled-in value when <see cref="IsValue"/>.</summary>
    public readonly record struct Part(string Text, bool IsValue);

    public static IReadOnlyList<Part> Parts(NotificationItem item, IStringLocalizer<NotificationText> text)
    {
        var template = Template(item, text);
        var parts = new List<Part>();
        var position = 0;
        foreach (Match placeholder in Placeholder().Matches(template))
        {
            if (placeholder.Index > position)
            {
                parts.Add(new Part(template[position..placeholder.Index], false));
            }

            parts.Add(new Part(Value(item, placeholder.Groups[1].Value, text), true));
            position = placeholder.Index + placeholder.Length;
        }

        if (position < template.Length)
        {
            parts.Add(new Part(template[position..], false));
        }

        return parts;
    }

    public static string Plain(NotificationItem item, IStringLocalizer<NotificationText> text) =>
        string.Concat(Parts(item, text).Select(p => p.Text));

    // A notification caused by a person names them; one caused by the system reads without a subject.
    private static string Template(NotificationItem item, IStringLocalizer<NotificationText> text)
    {
        var template = text[item.ActorName is null ? $"Message.{item.Kind}.System" : $"Message.{item.Kind}"];

        return template.ResourceNotFound ? text["Message.Unknown"] : template.Value;
    }

    private static string Value(NotificationItem item, string name, IStringLocalizer<NotificationText> text) =>
        name == ActorPlaceholder ? item.ActorName ?? text["Actor.System"]
        : item.Arguments.TryGetValue(name, out var value) ? value
        : text["Argument.Missing"];

    [GeneratedRegex(@"\{([a-z][a-z0-9_-]*)\}")]
    private static partial Regex Placeholder();
}
