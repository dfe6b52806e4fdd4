namespace Crm.Web.Admin;

/// <summary>Marker for AdminText.resx: the user and team administration pages and dialogs.</summary>
public sealed class AdminText;
