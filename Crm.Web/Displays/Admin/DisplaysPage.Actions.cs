using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Displays;
using MudBlazor;

namespace Crm.Web.Displays.Admin;

public sealed partial class DisplaysPage
{
    private async Task OnRotateClickedAsync(DisplayRow row)
    {
        if (!await ConfirmAsync("Rotate", row))
        {
            return;
        }

        DisplayAddress? address = null;
        await RunAsync(async () => address = await Displays.RotateTokenAsync(row.Id, row.Version), null);
        if (address is not null)
        {
            await ShowAddressAsync(address, Text["Address.RotatedTitle"]);
        }
    }

    private async Task OnRevokeClickedAsync(DisplayRow row)
    {
        if (await ConfirmAsync("Revoke", row))
        {
            await RunAsync(
                () => Displays.RevokeAsync(row.Id, row.Version), string.Format(Text["Revoke.Done"], row.Name));
        }
    }

    private async Task OnDeleteClickedAsync(DisplayRow row)
    {
        if (await ConfirmAsync("Delete", row))
        {
            await RunAsync(
                () => Displays.DeleteAsync(row.Id, row.Version), string.Format(Text["Delete.Done"], row.Name));
        }
    }

    /// <summary>Asks before a change every screen showing the display notices.</summary>
    private async Task<bool> ConfirmAsync(string action, DisplayRow row)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            string.Format(Text[$"{action}.Title"], row.Name), Text[$"{action}.Message"].Value,
            Text[$"{action}.Confirm"], cancelText: Text["Action.Cancel"]);

        return confirmed == true;
    }

    /// <summary>Saves one change, says so, and reloads; a refusal is said in a message and changes nothing.</summary>
    private async Task RunAsync(Func<Task> change, string? done)
    {
        _busy = true;
        try
        {
            await change();
            if (done is not null)
            {
                Snackbar.Add(done, Severity.Success);
            }
        }
        catch (Exception error) when (error is DomainException or ConcurrencyConflictException
            or NotFoundException or ForbiddenException)
        {
            Snackbar.Add(Message(error), Severity.Warning);
        }
        finally
        {
            _busy = false;
        }

        await LoadAsync();
    }

    private string Message(Exception error)
    {
        if (error is DomainException domain)
        {
            var text = Text[$"Error.{domain.Code}"];

            return text.ResourceNotFound ? Text["Error.invalid"] : text;
        }

        return Text[DisplayDialog.ErrorKey(error)];
    }
}
