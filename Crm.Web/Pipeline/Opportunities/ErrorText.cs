using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Pipeline.Opportunities;

/// <summary>A refused change in the reader's language, for messages outside a form.</summary>
internal static class ErrorText
{
    public static string For(Exception error, IStringLocalizer<OpportunityText> text)
    {
        var key = error switch
        {
            DomainException domain => $"Error.{domain.Code}",
            NotFoundException => "Error.gone",
            ForbiddenException => "Error.forbidden",
            _ => "Error.invalid",
        };
        var message = text[key];

        return message.ResourceNotFound ? text["Error.invalid"] : message;
    }
}
