namespace Crm.Domain.Common;

/// <summary>The UI languages the product ships complete translations for.</summary>
public static class Languages
{
    public const string Chinese = "zh-CN";
    public const string English = "en-US";

    public static readonly IReadOnlyList<string> All = [Chinese, English];

    public static string Require(string? language) =>
        All.FirstOrDefault(l => string.Equals(l, language, StringComparison.OrdinalIgnoreCase))
        ?? throw new DomainException("language.unsupported", $"Unsupported language '{language}'.", "Language");
}
