using System.Globalization;
using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Pipeline;
using Crm.Web.Pipeline.Opportunities.Editing;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Pipeline.Opportunities.Lines;

/// <summary>
/// The opportunity's line items with their totals, and whether the amount follows them or is
/// typed in. Adding, editing and removing lines happen here; the page re-reads afterwards.
/// </summary>
public sealed partial class LineItemsCard
{
    private bool _busy;

    [Parameter, EditorRequired]
    public OpportunityView Opportunity { get; set; } = default!;

    /// <summary>Something was saved: the page should re-read the opportunity.</summary>
    [Parameter]
    public EventCallback OnChanged { get; set; }

    [Inject]
    private IOpportunityService Opportunities { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IStringLocalizer<OpportunityText> Text { get; set; } = default!;

    private bool FollowsLines => Opportunity.AmountMode == AmountMode.LineItems;

    private string ModeName => Text[FollowsLines ? "Lines.ModeLines" : "Lines.ModeManual"];

    private string ModeHelp => Text[FollowsLines ? "Lines.ModeLinesHelp" : "Lines.ModeManualHelp"];

    private string ModeIcon => FollowsLines ? Icons.Material.Outlined.Functions : Icons.Material.Outlined.EditNote;

    private Money LineSum => new(Opportunity.Lines.Sum(l => l.Total.MinorUnits), Opportunity.Amount.Currency);

    private static string QuantityText(LineView line) =>
        line.Quantity.ToString("0.####", CultureInfo.CurrentCulture);

    private static string DiscountText(LineView line) =>
        line.DiscountPercent == 0
            ? "—"
            : line.DiscountPercent.ToString("0.##", CultureInfo.CurrentCulture) + "%";

    private async Task OnAddAsync() =>
        await AfterDialogAsync(await Dialogs.ShowLineDialogAsync(Opportunity, null, Text));

    private async Task OnEditAsync(LineView line) =>
        await AfterDialogAsync(await Dialogs.ShowLineDialogAsync(Opportunity, line, Text));

    private async Task AfterDialogAsync(int? savedVersion)
    {
        if (savedVersion is not null)
        {
            await OnChanged.InvokeAsync();
        }
    }

    private async Task OnRemoveAsync(LineView line)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            Text["Lines.RemoveTitle"], string.Format(Text["Lines.RemoveConfirm"], line.Description),
            Text["Action.Remove"], cancelText: Text["Action.Cancel"]);
        if (confirmed == true)
        {
            await SaveAsync(() => Opportunities.RemoveLineAsync(Opportunity.Id, Opportunity.Version, line.Id));
        }
    }

    private Task OnFollowLinesAsync()
    {
        var edit = OpportunityForm.From(Opportunity) with { AmountMode = AmountMode.LineItems };

        return SaveAsync(() => Opportunities.UpdateAsync(Opportunity.Id, Opportunity.Version, edit.ToEdit()));
    }

    // A change made here on a version someone else already replaced is not retried: the page
    // re-reads, and the user sees the lines as they are now before doing it again.
    private async Task SaveAsync(Func<Task<int>> save)
    {
        _busy = true;
        try
        {
            await save();
        }
        catch (ConcurrencyConflictException)
        {
            Snackbar.Add(Text["Lines.Conflict"], Severity.Warning);
        }
        catch (Exception error) when (error is DomainException or NotFoundException or ForbiddenException)
        {
            Snackbar.Add(ErrorText.For(error, Text), Severity.Error);
        }
        finally
        {
            _busy = false;
        }

        await OnChanged.InvokeAsync();
    }
}
