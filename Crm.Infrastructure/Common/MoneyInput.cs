using Crm.Domain.Common;

namespace Crm.Infrastructure.Common;

internal static class MoneyInput
{
    /// <summary>
    /// Money from what a form submitted, with errors naming the form's field (a list price, a
    /// unit price) rather than the generic "Amount".
    /// </summary>
    public static Money Of(decimal amount, string? currency, string field)
    {
        var code = currency?.Trim().ToUpperInvariant() ?? "";
        try
        {
            return Money.Of(amount, code);
        }
        catch (DomainException error) when (error.Field == "Amount")
        {
            throw new DomainException($"{field}.precision", error.Message, field);
        }
    }
}
