namespace Crm.Infrastructure.Export;

/// <summary>File names for exports: the title, the date and the format's extension.</summary>
public static class ExportFileName
{
    private static readonly System.Buffers.SearchValues<char> Unsafe = System.Buffers.SearchValues.Create(
        "<>:\"/\\|?*" + string.Concat(Enumerable.Range(0, 32).Select(i => (char)i)));

    /// <summary>
    /// <c>For("Funnel by stage", 2026-04-07, Csv)</c> is <c>Funnel by stage 2026-04-07.csv</c>. Characters
    /// that no file system accepts become <c>_</c>; Chinese titles stay as they are.
    /// </summary>
    public static string For(string title, DateOnly date, ExportFormat format)
    {
        var safe = string.Create(title.Length, title, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Unsafe.Contains(source[i]) ? '_' : source[i];
            }
        }).Trim().TrimEnd('.');
        var stem = safe.Length == 0 ? "export" : safe;

        return $"{stem} {date:yyyy-MM-dd}.{format.Extension()}";
    }
}
