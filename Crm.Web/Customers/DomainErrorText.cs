using Crm.Domain.Common;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Customers;

/// <summary>Translates a domain rule's code into the reader's language.</summary>
public static class DomainErrorText
{
    /// <summary>
    /// Looks up <c>Error.{Code}</c> (e.g. <c>Error.Email.invalid</c>), then the kind of problem
    /// alone (<c>Error.any.too-long</c>), then a generic message.
    /// </summary>
    public static string For(DomainException error, IStringLocalizer<CustomersText> text)
    {
        var exact = text[$"Error.{error.Code}"];
        if (!exact.ResourceNotFound)
        {
            return exact;
        }

        var kind = error.Code[(error.Code.LastIndexOf('.') + 1)..];
        var general = text[$"Error.any.{kind}"];

        return general.ResourceNotFound ? text["Error.Unknown"] : general;
    }
}
