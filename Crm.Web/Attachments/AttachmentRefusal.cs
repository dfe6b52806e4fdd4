using System.Globalization;
using Crm.Domain.Attachments;
using Crm.Domain.Common;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Attachments;

/// <summary>A file the picker did not take, with the reason in the reader's language.</summary>
public sealed record AttachmentRefusal(string FileName, string Code, string Message)
{
    /// <summary>
    /// The refusal of <paramref name="fileName"/> for rule <paramref name="code"/> (an
    /// <see cref="AttachmentRules"/> code such as <c>Attachment.too-large</c>); unknown codes get a
    /// general message. Messages may use {0} file name, {1} size limit in MB, {2} files per message.
    /// </summary>
    public static AttachmentRefusal For(
        string fileName, string code, AttachmentLimits limits, IStringLocalizer<AttachmentText> text)
    {
        var template = text[$"Error.{code}"];
        var message = string.Format(
            CultureInfo.CurrentCulture, template.ResourceNotFound ? text["Error.Unknown"] : template,
            fileName, AttachmentRules.Megabytes(limits.MaxFileBytes), limits.MaxFilesPerMessage);

        return new AttachmentRefusal(fileName, code, message);
    }

    public static AttachmentRefusal For(
        string fileName, DomainException error, AttachmentLimits limits, IStringLocalizer<AttachmentText> text) =>
        For(fileName, error.Code, limits, text);

    /// <summary>
    /// The check the picker runs before sending a byte: accepted extension, not empty, within
    /// the size limit. Null when the file may be uploaded; its content is checked on the server.
    /// </summary>
    public static string? CodeBeforeUpload(string fileName, long sizeBytes, AttachmentLimits limits) =>
        AttachmentTypes.ForFileName(fileName) is null ? "Attachment.type-not-allowed"
        : sizeBytes == 0 ? "Attachment.empty"
        : sizeBytes > limits.MaxFileBytes ? "Attachment.too-large"
        : null;
}
