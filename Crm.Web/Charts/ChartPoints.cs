using System.Globalization;
using System.Text.Json;

namespace Crm.Web.Charts;

/// <summary>Reads the loosely typed values Plotly's click events carry (numbers and strings as JSON).</summary>
internal static class ChartPoints
{
    public static int? AsIndex(object? value) => value switch
    {
        int i => i,
        long l => (int)l,
        decimal d => (int)d,
        double d => (int)d,
        JsonElement { ValueKind: JsonValueKind.Number } e when e.TryGetInt32(out var i) => i,
        _ => null,
    };

    public static string? AsText(object? value) => value switch
    {
        null => null,
        string s => s,
        JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
        JsonElement e => e.GetRawText(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
