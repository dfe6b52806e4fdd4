using System.Globalization;
using Crm.Domain.Attachments;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Attachments;

/// <summary>How files read on screen: their size in the reader's number format, their icon, their link.</summary>
internal static class AttachmentDisplay
{
    private const double Kilobyte = 1024;
    private const double Megabyte = 1024 * 1024;

    /// <summary>"830 B", "12 KB", "5.2 MB" (decimal separator of the current culture).</summary>
    public static string Size(long bytes, IStringLocalizer<AttachmentText> text) => bytes switch
    {
        < 1024 => string.Format(CultureInfo.CurrentCulture, text["Size.Bytes"], bytes),
        < 1024 * 1024 => string.Format(
            CultureInfo.CurrentCulture, text["Size.Kilobytes"], Math.Ceiling(bytes / Kilobyte)),
        _ => string.Format(
            CultureInfo.CurrentCulture, text["Size.Megabytes"],
            (bytes / Megabyte).ToString("0.#", CultureInfo.CurrentCulture)),
    };

    public static string Icon(AttachmentFamily family) => family switch
    {
        AttachmentFamily.Image => Icons.Material.Outlined.Image,
        AttachmentFamily.Pdf => Icons.Material.Outlined.PictureAsPdf,
        AttachmentFamily.Text => Icons.Material.Outlined.Article,
        AttachmentFamily.Archive => Icons.Material.Outlined.FolderZip,
        AttachmentFamily.Spreadsheet => Icons.Material.Outlined.TableChart,
        AttachmentFamily.Presentation => Icons.Material.Outlined.Slideshow,
        AttachmentFamily.Email => Icons.Material.Outlined.Email,
        _ => Icons.Material.Outlined.Description,
    };

    public static Color IconColor(AttachmentFamily family) => family switch
    {
        AttachmentFamily.Image => Color.Info,
        AttachmentFamily.Pdf => Color.Error,
        AttachmentFamily.Spreadsheet => Color.Success,
        AttachmentFamily.Presentation => Color.Warning,
        _ => Color.Default,
    };

    /// <summary>The download endpoint of a file (<see cref="AttachmentEndpoints"/>).</summary>
    public static string Url(Guid attachmentId) => $"{AttachmentEndpoints.Path}/{attachmentId}";

    public static AttachmentFamily FamilyOf(string fileName) =>
        AttachmentTypes.ForFileName(fileName)?.Family ?? AttachmentFamily.Document;
}
