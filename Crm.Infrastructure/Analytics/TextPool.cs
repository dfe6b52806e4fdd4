using System.Diagnostics.CodeAnalysis;

namespace Crm.Infrastructure.Analytics;

/// <summary>
/// One instance of each distinct text met during one read: every row read from the database
/// brings its own copy of "华东" or "CNY", and a fact table of a million rows would otherwise
/// keep a million copies. Not thread-safe; one pool per read.
/// </summary>
internal sealed class TextPool
{
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

    [return: NotNullIfNotNull(nameof(text))]
    public string? Of(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (_texts.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        _texts[text] = text;

        return text;
    }
}
