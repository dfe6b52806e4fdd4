using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Currencies;
using Crm.Infrastructure.Customers;
using Crm.Infrastructure.Live;
using Crm.Infrastructure.Pipeline;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Pipeline.Opportunities.Editing;

/// <summary>
/// Edits an opportunity's details, owner, amount and probability on the version it opened with.
/// Problems show next to their field and nothing is saved. A change someone else saves while
/// the dialog is open shows as a banner and leaves the typing alone; saving then opens the
/// conflict dialog, which reloads theirs or saves the changed fields again on top of them.
/// Closes with an <see cref="EditOutcome"/>.
/// </summary>
public sealed partial class OpportunityEditDialog : IDisposable
{
    private readonly FormErrors _errors = new();
    private OpportunityView _basis = default!;
    private OpportunityForm _original = new();
    private OpportunityForm _form = new();
    private IReadOnlyList<OwnerOption> _owners = [];
    private IReadOnlyList<ContactRow> _contacts = [];
    private IReadOnlyList<string> _currencies = [];
    private string? _changedBy;
    private bool _merged;
    private bool _loading = true;
    private bool _saving;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    /// <summary>The opportunity as the page showed it; its version is the one saved against.</summary>
    [Parameter, EditorRequired]
    public OpportunityView Opportunity { get; set; } = default!;

    /// <summary>The current stage's default probability.</summary>
    [Parameter]
    public int StageProbability { get; set; }

    [Inject]
    private IOpportunityService Opportunities { get; set; } = default!;

    [Inject]
    private IAccountLookups Lookups { get; set; } = default!;

    [Inject]
    private IContactService Contacts { get; set; } = default!;

    [Inject]
    private ICurrencyConversion Conversion { get; set; } = default!;

    [Inject]
    private ILiveBus Bus { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private IStringLocalizer<OpportunityText> Text { get; set; } = default!;

    private Money LineSum => new(_basis.Lines.Sum(l => l.Total.MinorUnits), _basis.Amount.Currency);

    protected override async Task OnInitializedAsync()
    {
        Rebase(Opportunity);
        _form = _original with { };
        Subscribe();
        _owners = await OwnersAsync();
        _contacts = await ContactsAsync();
        _currencies = await CurrenciesAsync();
        _loading = false;
    }

    private Task OnKeyDownAsync(KeyboardEventArgs args) =>
        args.Key is "Enter" or "NumpadEnter" && (args.CtrlKey || args.MetaKey)
            ? OnSaveAsync()
            : Task.CompletedTask;

    private void OnCancel() => Dialog.Cancel();

    private async Task OnSaveAsync()
    {
        if (_saving || !Validate())
        {
            return;
        }

        _saving = true;
        try
        {
            await SaveAsync();
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task SaveAsync()
    {
        try
        {
            await Opportunities.UpdateAsync(_basis.Id, _basis.Version, _form.ToEdit());
            Dialog.Close(DialogResult.Ok(_merged ? EditOutcome.Merged : EditOutcome.Saved));
        }
        catch (ConcurrencyConflictException)
        {
            await ResolveConflictAsync();
        }
        catch (DomainException error)
        {
            _errors.Add(error, Text, OpportunityForm.Fields);
        }
        catch (Exception error) when (error is NotFoundException or ForbiddenException)
        {
            _errors.SetGeneral(ErrorText.For(error, Text));
        }
    }

    /// <summary>The form now edits on top of <paramref name="view"/>.</summary>
    private void Rebase(OpportunityView view)
    {
        _basis = view;
        _original = OpportunityForm.From(view);
        _changedBy = null;
    }

    private bool Validate()
    {
        _errors.Clear();
        foreach (var (field, code) in _form.Problems())
        {
            _errors.Add(field, Text[$"Error.{code}"]);
        }

        return !_errors.Any;
    }

    private string? ErrorOf(string field) => _errors[field];

    private async Task<IReadOnlyList<OwnerOption>> OwnersAsync()
    {
        var owners = await Lookups.AssignableOwnersAsync();

        return owners.Any(o => o.Id == Opportunity.OwnerId)
            ? owners
            : [.. owners, new OwnerOption(Opportunity.OwnerId, Opportunity.OwnerName)];
    }

    private async Task<IReadOnlyList<ContactRow>> ContactsAsync()
    {
        try
        {
            return await Contacts.ListByAccountAsync(Opportunity.AccountId);
        }
        catch (NotFoundException)
        {
            return [];
        }
    }

    private async Task<IReadOnlyList<string>> CurrenciesAsync()
    {
        var converter = await Conversion.LoadAsync();

        return [converter.BaseCurrency, .. converter.RatedCurrencies];
    }
}
