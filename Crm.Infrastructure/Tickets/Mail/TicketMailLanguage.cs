namespace Crm.Infrastructure.Tickets.Mail;

/// <summary>
/// The language a mail to a customer is written in. Contacts carry no language of their own, so
/// it is the language the customer wrote in: English for text in Latin letters without Chinese
/// characters, Simplified Chinese otherwise (also for empty text, the desk's home language).
/// </summary>
internal static class TicketMailLanguage
{
    public const string Chinese = "zh-CN";

    public const string English = "en-US";

    public static string Of(string? text)
    {
        var value = text ?? "";
        if (value.Any(IsHan))
        {
            return Chinese;
        }

        return value.Any(char.IsAsciiLetter) ? English : Chinese;
    }

    /// <summary>A supported culture name as given (zh-CN, en-US, also "en" or "zh"), or null.</summary>
    public static string? Supported(string? language) => language?.Trim().ToLowerInvariant() switch
    {
        "zh-cn" or "zh" or "zh-hans" => Chinese,
        "en-us" or "en" or "en-gb" => English,
        _ => null,
    };

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
