namespace Crm.Web.Contacts;

/// <summary>
/// Marker for ContactText.resx: the contact list, contact page, account contacts and the edit dialog.
/// </summary>
public sealed class ContactText;
