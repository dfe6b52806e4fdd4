namespace Crm.Web.Tickets.Canned;

/// <summary>Marker for CannedText.resx: canned replies, their page, editor and the composer's picker.</summary>
public sealed class CannedText;
