using Crm.Domain.Leads;
using Crm.Infrastructure.Customers;
using Crm.Infrastructure.Leads;
using Crm.Web.Leads.Conversion;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Leads;

/// <summary>Opens the lead dialogs the same way from every screen.</summary>
public static class LeadDialogs
{
    /// <summary>
    /// Shows <see cref="LeadEditDialog"/> to enter a lead; <paramref name="regions"/> are offered
    /// for its region. Returns the new lead and where the rules sent it, or null when cancelled.
    /// </summary>
    public static async Task<NewLead?> EnterLeadAsync(
        this IDialogService dialogs, IReadOnlyList<string> regions, IStringLocalizer<LeadText> text)
    {
        var result = await ShowEditorAsync(dialogs, null, regions, text["Dialog.NewTitle"]);

        return result is { Canceled: false, Data: NewLead created } ? created : null;
    }

    /// <summary>Shows <see cref="LeadEditDialog"/> to edit a lead; true when it was saved.</summary>
    public static async Task<bool> EditLeadAsync(
        this IDialogService dialogs, Guid leadId, IReadOnlyList<string> regions, IStringLocalizer<LeadText> text)
    {
        var result = await ShowEditorAsync(dialogs, leadId, regions, text["Dialog.EditTitle"]);

        return result is { Canceled: false };
    }

    /// <summary>Shows <see cref="ConvertLeadDialog"/>; returns what the lead became, or null when cancelled.</summary>
    public static async Task<ConversionResult?> ConvertLeadAsync(
        this IDialogService dialogs, Guid leadId, IStringLocalizer<LeadText> text)
    {
        var parameters = new DialogParameters<ConvertLeadDialog> { { d => d.LeadId, leadId } };
        var dialog = await dialogs.ShowAsync<ConvertLeadDialog>(
            text["Convert.Title"], parameters, Options(MaxWidth.Medium));
        var result = await dialog.Result;

        return result is { Canceled: false, Data: ConversionResult converted } ? converted : null;
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

    private static async Task<DialogResult?> ShowEditorAsync(
        IDialogService dialogs, Guid? leadId, IReadOnlyList<string> regions, string title)
    {
        var parameters = new DialogParameters<LeadEditDialog>
        {
            { d => d.LeadId, leadId },
            { d => d.Regions, regions },
        };
        var dialog = await dialogs.ShowAsync<LeadEditDialog>(title, parameters, Options(MaxWidth.Medium));

        return await dialog.Result;
    }

    internal static DialogOptions Options(MaxWidth width) => new()
    {
        MaxWidth = width, FullWidth = true, CloseOnEscapeKey = true, BackdropClick = false, CloseButton = true,
        DefaultFocus = DefaultFocus.None,
    };
}

/// <summary>Why a lead is disqualified, as the user chose it.</summary>
public sealed record Disqualification(DisqualificationReason Reason, string? Note);
