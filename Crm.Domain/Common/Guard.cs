namespace Crm.Domain.Common;

internal static class Guard
{
    public static string Required(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainException($"{field}.required", $"{field} is required.", field);
        }

        return MaxLength(trimmed, field, maxLength);
    }

    public static string? Optional(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();

        return string.IsNullOrEmpty(trimmed) ? null : MaxLength(trimmed, field, maxLength);
    }

    public static string? Email(string? value, string field)
    {
        var email = Optional(value, field, 254);
        if (email is not null && !IsEmail(email))
        {
            throw new DomainException($"{field}.invalid", $"{field} is not a valid email address.", field);
        }

        return email;
    }

    public static Guid NotEmpty(Guid value, string field) =>
        value == Guid.Empty
            ? throw new DomainException($"{field}.required", $"{field} is required.", field)
            : value;

    private static string MaxLength(string value, string field, int maxLength) =>
        value.Length <= maxLength
            ? value
            : throw new DomainException(
                $"{field}.too-long", $"{field} must be at most {maxLength} characters.", field);

    private static bool IsEmail(string value)
    {
        var at = value.IndexOf('@');

        return at > 0 && at < value.Length - 3 && value.IndexOf('.', at) > at + 1
            && !value.Contains(' ') && value.IndexOf('@', at + 1) < 0;
    }
}
