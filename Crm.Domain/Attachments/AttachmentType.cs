namespace Crm.Domain.Attachments;

/// <summary>How a kind of file is shown: the icon family and whether a browser opens it in place.</summary>
public enum AttachmentFamily
{
    Image = 1,
    Pdf = 2,
    Text = 3,
    Archive = 4,
    Document = 5,
    Spreadsheet = 6,
    Presentation = 7,
    Email = 8,
}

/// <summary>
/// One kind of file the CRM accepts: its extension (lower case, without the dot), the content
/// type it is served with, its family, and how its first bytes must look.
/// </summary>
public sealed record AttachmentType(
    string Extension, string ContentType, AttachmentFamily Family, FileSignature Signature)
{
    /// <summary>Images are shown in the browser; every other kind is downloaded.</summary>
    public bool OpensInline => Family == AttachmentFamily.Image;
}
