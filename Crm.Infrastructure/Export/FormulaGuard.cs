namespace Crm.Infrastructure.Export;

/// <summary>
/// Neutralises text that a spreadsheet would run as a formula (CSV injection): text starting with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return gets a leading single quote.
/// Applies to text cells only; typed numbers are never touched.
/// </summary>
public static class FormulaGuard
{
    private static readonly System.Buffers.SearchValues<char> Triggers =
        System.Buffers.SearchValues.Create("=+-@\t\r");

    public static bool NeedsGuard(string text) => text.Length > 0 && Triggers.Contains(text[0]);

    public static string Neutralise(string text) => NeedsGuard(text) ? "'" + text : text;
}
