namespace Crm.Web.Attachments;

/// <summary>Marker for AttachmentText.resx: the file picker, file lists and their refusals.</summary>
public sealed class AttachmentText;
