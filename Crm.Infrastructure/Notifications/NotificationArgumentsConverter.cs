using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Crm.Infrastructure.Notifications;

/// <summary>
/// Stores a notification's arguments as one JSON object in a text column, the same on every
/// provider. Chinese stays as characters rather than \u escapes, a third of the size.
/// </summary>
internal sealed class NotificationArgumentsConverter()
    : ValueConverter<IReadOnlyDictionary<string, string>, string>(v => Serialize(v), v => Deserialize(v))
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static readonly ValueComparer<IReadOnlyDictionary<string, string>> Comparer = new(
        (a, b) => Serialize(a!) == Serialize(b!),
        v => Serialize(v).GetHashCode(StringComparison.Ordinal),
        v => Deserialize(Serialize(v)));

    private static string Serialize(IReadOnlyDictionary<string, string> arguments) =>
        JsonSerializer.Serialize(
            arguments.OrderBy(a => a.Key, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal), Json);

    private static IReadOnlyDictionary<string, string> Deserialize(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json, Json) ?? [];
}
