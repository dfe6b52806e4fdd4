namespace Crm.Web.Displays.Admin;

/// <summary>Where a display opens: its kiosk address and the signed-in preview of it.</summary>
internal static class DisplayAddresses
{
    /// <summary>The absolute kiosk address; <paramref name="baseUri"/> ends with a slash.</summary>
    public static string Kiosk(string baseUri, string token) => baseUri + "wall/" + Uri.EscapeDataString(token);

    public static string PreviewPath(Guid displayId) => $"/wall/preview/{displayId}";
}
