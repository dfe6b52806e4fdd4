using Crm.Domain.Leads;
using Crm.Infrastructure.Customers;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Leads;

/// <summary>Opens the lead dialogs the same way from every screen.</summary>
public static class LeadDialogs
{
    /// <summary>
    /// Shows <see cref="LeadEditDialog"/> to enter (<paramref name="leadId"/> null) or edit a lead.
    /// Returns the saved lead's id, or null when the user cancelled.
    /// </summary>
    public static async Task<Guid?> ShowLeadEditorAsync(
        this IDialogService dialogs, Guid? leadId, IStringLocalizer<LeadText> text)
    {
        var parameters = new DialogParameters<LeadEditDialog> { { d => d.LeadId, leadId } };
        var title = text[leadId is null ? "Dialog.NewTitle" : "Dialog.EditTitle"];
        var dialog = await dialogs.ShowAsync<LeadEditDialog>(title, parameters, Options(MaxWidth.Medium));
        var result = await dialog.Result;

        return result is { Canceled: false, Data: Guid id } ? id : null;
    }

    /// <summary>Asks why the lead is disqualified; null when the user cancelled.</summary>
    public static async Task<Disqualification?> AskDisqualificationAsync(
        this IDialogService dialogs, IStringLocalizer<LeadText> text)
    {
        var dialog = await dialogs.ShowAsync<DisqualifyDialog>(text["Disqualify.Title"], Options(MaxWidth.Small));
        var result = await dialog.Result;

        return result is { Canceled: false, Data: Disqualification answer } ? answer : null;
    }

    /// <summary>Asks whom to give the lead to, among <paramref name="owners"/>; null when cancelled.</summary>
    public static async Task<Guid?> AskNewOwnerAsync(
        this IDialogService dialogs, IReadOnlyList<OwnerOption> owners, Guid? currentOwnerId,
        IStringLocalizer<LeadText> text)
    {
        var parameters = new DialogParameters<ReassignDialog>
        {
            { d => d.Owners, owners },
            { d => d.CurrentOwnerId, currentOwnerId },
        };
        var dialog = await dialogs.ShowAsync<ReassignDialog>(
            text["Reassign.Title"], parameters, Options(MaxWidth.Small));
        var result = await dialog.Result;

        return result is { Canceled: false, Data: Guid owner } ? owner : null;
    }

    internal static DialogOptions Options(MaxWidth width) => new()
    {
        MaxWidth = width, FullWidth = true, CloseOnEscapeKey = true, BackdropClick = false, CloseButton = true,
        DefaultFocus = DefaultFocus.None,
    };
}

/// <summary>Why a lead is disqualified, as the user chose it.</summary>
public sealed record Disqualification(DisqualificationReason Reason, string? Note);
