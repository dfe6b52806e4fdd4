using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Pipeline;
using Crm.Web.Common;
using Crm.Web.Currencies;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Crm.Web.Pipeline.Opportunities.Editing;

// Someone else saving while the dialog is open: the banner, then the conflict and its two ways out.
public sealed partial class OpportunityEditDialog
{
    private IDisposable? _subscription;
    private CoalescedRefresh? _refresh;

    /// <summary>How long a burst of live events is gathered before the banner asks who it was.</summary>
    [Parameter]
    public TimeSpan LiveWindow { get; set; } = TimeSpan.FromMilliseconds(200);

    public void Dispose()
    {
        _subscription?.Dispose();
        _refresh?.Dispose();
    }

    private void Subscribe()
    {
        _refresh = new CoalescedRefresh(() => InvokeAsync(OnSavedElsewhereAsync), LiveWindow);
        _subscription = Bus.Subscribe((domainEvent, _) =>
        {
            if (domainEvent.AggregateId == Opportunity.Id && domainEvent.Version > _basis.Version)
            {
                _refresh.Request();
            }

            return ValueTask.CompletedTask;
        });
    }

    // Only the banner changes: what the user typed stays exactly as it is.
    private async Task OnSavedElsewhereAsync()
    {
        try
        {
            var changes = await Opportunities.ChangesSinceAsync(_basis.Id, _basis.Version);
            var name = changes.LastOrDefault(c => c.ChangedByName is not null)?.ChangedByName;
            _changedBy = name is null ? Text["Live.ChangedSomeone"] : string.Format(Text["Live.Changed"], name);
        }
        catch (NotFoundException error)
        {
            _errors.SetGeneral(ErrorText.For(error, Text));
        }

        StateHasChanged();
    }

    private async Task ResolveConflictAsync()
    {
        OpportunityView latest;
        IReadOnlyList<OpportunityFieldChange> theirs;
        try
        {
            latest = await Opportunities.GetAsync(_basis.Id);
            theirs = await Opportunities.ChangesSinceAsync(_basis.Id, _basis.Version);
        }
        catch (NotFoundException error)
        {
            _errors.SetGeneral(ErrorText.For(error, Text));
            return;
        }

        var shown = theirs.Where(c => c.Version <= latest.Version).ToList();
        if (await Dialogs.ShowConflictAsync(shown, TypedChanges(), latest.Amount.Currency, Text) == ConflictChoice.Reload)
        {
            Dialog.Close(DialogResult.Ok(EditOutcome.Reloaded));
            return;
        }

        // Only the fields this user changed go on top of the new version; the rest stays theirs.
        var newest = OpportunityForm.From(latest);
        _form = _form.ReapplyOnto(newest, _original);
        Rebase(latest);
        _merged = true;
        await SaveAsync();
    }

    /// <summary>The fields changed in the form, each with the value typed, as the reader reads it.</summary>
    private IReadOnlyList<TypedChange> TypedChanges() =>
        [.. _form.ChangedFrom(_original).Select(field => new TypedChange(field, Typed(field)))];

    private string Typed(string field) => field switch
    {
        "Name" => _form.Name.Trim(),
        "Owner" => _owners.FirstOrDefault(o => o.Id == _form.OwnerId)?.Name ?? "",
        "PrimaryContact" => _contacts.FirstOrDefault(c => c.Id == _form.PrimaryContactId)?.Name
            ?? Text["Conflict.Empty"],
        "ExpectedCloseDate" => DateText.ParseIso(_form.ExpectedCloseDate) is { } day
            ? DateText.Format(day, Text)
            : Text["Conflict.Empty"],
        "AmountMode" => Text[$"AmountMode.{_form.AmountMode}"],
        "Amount" => TypedAmount(),
        "Probability" => _form.ProbabilityOverride is { } percent ? $"{percent}%" : Text["Conflict.StageDefault"],
        "NextStep" => string.IsNullOrWhiteSpace(_form.NextStep) ? Text["Conflict.Empty"] : _form.NextStep.Trim(),
        "Competitors" => _form.CompetitorNames() is { Count: > 0 } names
            ? string.Join(", ", names)
            : Text["Conflict.Empty"],
        _ => _form.Currency,
    };

    private string TypedAmount()
    {
        try
        {
            return MoneyText.Format(Money.Of(_form.Amount ?? 0, _form.Currency));
        }
        catch (DomainException)
        {
            return MoneyText.Plain(_form.Amount ?? 0);
        }
    }
}
