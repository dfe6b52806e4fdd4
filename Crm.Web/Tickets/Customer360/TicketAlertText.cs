using System.Globalization;
using Crm.Infrastructure.Tickets.Customer360;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Tickets.Customer360;

/// <summary>The words of an account's ticket warning: "1 critical ticket open, 2 breached SLAs".</summary>
internal static class TicketAlertText
{
    public static string Describe(AccountTicketAlert alert, IStringLocalizer<Customer360Text> text)
    {
        var parts = new List<string>();
        if (alert.Critical > 0)
        {
            parts.Add(Count(text, alert.Critical, "Alert.Critical"));
        }

        if (alert.Breached > 0)
        {
            parts.Add(Count(text, alert.Breached, "Alert.Breached"));
        }

        return string.Join(text["Alert.Separator"], parts);
    }

    private static string Count(IStringLocalizer<Customer360Text> text, int count, string key) =>
        string.Format(CultureInfo.CurrentCulture, text[count == 1 ? $"{key}.One" : $"{key}.Many"], count);
}
