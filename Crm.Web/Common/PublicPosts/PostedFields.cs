using System.Text.Json;

namespace Crm.Web.Common.PublicPosts;

/// <summary>
/// The fields of a public post by the names the posting page uses, JSON or form-encoded
/// (multipart too, with its files), names in any case.
/// </summary>
internal sealed class PostedFields
{
    private readonly Dictionary<string, string?> _values;

    private PostedFields(Dictionary<string, string?> values, IFormFileCollection? files)
    {
        _values = values;
        Files = files ?? (IReadOnlyList<IFormFile>)[];
    }

    /// <summary>Files of a multipart post; none otherwise.</summary>
    public IReadOnlyList<IFormFile> Files { get; }

    public string? this[string name] => _values.GetValueOrDefault(name);

    /// <summary>Whether the bot trap <paramref name="honeypot"/>, which people leave empty, holds anything.</summary>
    public bool Filled(string honeypot) => !string.IsNullOrWhiteSpace(this[honeypot]);

    /// <summary>
    /// The posted fields; null for a content type that is neither JSON nor a form. Throws
    /// <see cref="JsonException"/> for JSON that is not one object.
    /// </summary>
    public static async Task<PostedFields?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);

            return new PostedFields(Fields(form.Select(f => (f.Key, (string?)f.Value.ToString()))), form.Files);
        }

        if (!request.HasJsonContentType())
        {
            return null;
        }

        using var json = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);

        return json.RootElement.ValueKind == JsonValueKind.Object
            ? new PostedFields(Fields(json.RootElement.EnumerateObject().Select(p => (p.Name, TextOf(p.Value)))), null)
            : throw new JsonException("A public post is one JSON object.");
    }

    private static Dictionary<string, string?> Fields(IEnumerable<(string Name, string? Value)> fields)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        return values;
    }

    private static string? TextOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };
}
