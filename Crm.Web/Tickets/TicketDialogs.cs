using Crm.Infrastructure.Tickets;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Tickets;

/// <summary>Opens the ticket dialogs the same way from every screen.</summary>
public static class TicketDialogs
{
    /// <summary>Shows <see cref="NewTicketDialog"/>; the new ticket and where it went, or null when cancelled.</summary>
    public static async Task<NewTicket?> OpenTicketAsync(
        this IDialogService dialogs, IStringLocalizer<TicketText> text)
    {
        var options = new DialogOptions
        {
            MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true, BackdropClick = false,
            CloseButton = true, DefaultFocus = DefaultFocus.FirstChild,
        };
        var dialog = await dialogs.ShowAsync<NewTicketDialog>(text["Dialog.NewTitle"], options);
        var result = await dialog.Result;

        return result is { Canceled: false, Data: NewTicket created } ? created : null;
    }
}
