using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Crm.Infrastructure.Leads;

/// <summary>
/// Stores a list of an assignment note (the reason's arguments, the users passed over) as one
/// JSON array in a text column, the same on every provider; enums by name, Chinese as characters.
/// The note is read and written whole, never queried inside.
/// </summary>
internal sealed class JsonListConverter<T>()
    : ValueConverter<IReadOnlyList<T>, string>(v => Serialize(v), v => Deserialize(v))
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
    };

    public static readonly ValueComparer<IReadOnlyList<T>> Comparer = new(
        (a, b) => a!.SequenceEqual(b!),
        v => v.Count,
        v => v.ToArray());

    private static string Serialize(IReadOnlyList<T> values) => JsonSerializer.Serialize(values, Json);

    private static IReadOnlyList<T> Deserialize(string json) => JsonSerializer.Deserialize<T[]>(json, Json) ?? [];
}
