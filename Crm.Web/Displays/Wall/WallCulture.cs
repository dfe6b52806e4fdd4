using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using Crm.Domain.Common;
using Crm.Web.Currencies;

namespace Crm.Web.Displays.Wall;

/// <summary>
/// The words, numbers and clock of one wall display, in the display's own language and the
/// organisation's zone, whatever the browser's or the circuit's culture is. Panels take it as a
/// cascading value and never read <see cref="CultureInfo.CurrentUICulture"/>.
/// </summary>
public sealed class WallCulture
{
    private static readonly ConcurrentDictionary<Type, ResourceManager> Resources = new();

    public WallCulture(string language, TimeZoneInfo zone)
    {
        Culture = CultureInfo.GetCultureInfo(language);
        Zone = zone;
    }

    public CultureInfo Culture { get; }

    public TimeZoneInfo Zone { get; }

    /// <summary>The text of <paramref name="key"/> in the resources <typeparamref name="TResource"/> marks.</summary>
    public string Text<TResource>(string key) =>
        Resources.GetOrAdd(typeof(TResource), type => new ResourceManager(type)).GetString(key, Culture) ?? key;

    public string Format<TResource>(string key, params object[] values) =>
        string.Format(Culture, Text<TResource>(key), values);

    /// <summary>"1,234": whole numbers grouped the display's way.</summary>
    public string Number(long value) => value.ToString("N0", Culture);

    /// <summary>"¥125万" or "¥1.3M": amounts a room reads at a glance.</summary>
    public string Money(long minorUnits, string currency) =>
        MoneyText.Compact(new Money(minorUnits, currency), Culture);

    /// <summary>"87%" from a share of one.</summary>
    public string Percent(decimal share) => share.ToString("P0", Culture);

    /// <summary>A UTC moment on the organisation's clock.</summary>
    public DateTime Local(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>"14:05" on the organisation's clock.</summary>
    public string Time(DateTime utc) => Local(utc).ToString("HH:mm", CultureInfo.InvariantCulture);
}
