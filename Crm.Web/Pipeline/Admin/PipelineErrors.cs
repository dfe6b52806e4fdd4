using Crm.Domain.Common;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Pipeline.Admin;

/// <summary>The reader's wording of a pipeline rule the service enforced.</summary>
internal static class PipelineErrors
{
    /// <summary><c>Error.{Code}</c> of the page's texts, or a general message for a code without one.</summary>
    public static string Message(DomainException error, IStringLocalizer text)
    {
        var message = text[$"Error.{error.Code}"];

        return message.ResourceNotFound ? text["Error.invalid"].Value : message.Value;
    }
}
