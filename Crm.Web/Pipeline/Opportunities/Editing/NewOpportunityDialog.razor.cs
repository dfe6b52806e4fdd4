using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Currencies;
using Crm.Infrastructure.Customers;
using Crm.Infrastructure.Pipeline;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Pipeline.Opportunities.Editing;

/// <summary>
/// A new opportunity on an account: pipeline and starting stage (the first open one), name,
/// owner (the user), contact, expected close (in a month), amount in the base currency and
/// probability. Problems show next to their field; closes with the new opportunity's id.
/// </summary>
public sealed partial class NewOpportunityDialog
{
    private const int DefaultDaysToClose = 30;

    private readonly FormErrors _errors = new();
    private readonly OpportunityForm _form = new();
    private IReadOnlyList<PipelineView> _pipelines = [];
    private IReadOnlyList<OwnerOption> _owners = [];
    private IReadOnlyList<ContactRow> _contacts = [];
    private IReadOnlyList<string> _currencies = [];
    private Guid _pipelineId;
    private Guid _stageId;
    private bool _loading = true;
    private bool _saving;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter, EditorRequired]
    public Guid AccountId { get; set; }

    [Inject]
    private IOpportunityService Opportunities { get; set; } = default!;

    [Inject]
    private IPipelineService Pipelines { get; set; } = default!;

    [Inject]
    private IAccountLookups Lookups { get; set; } = default!;

    [Inject]
    private IContactService Contacts { get; set; } = default!;

    [Inject]
    private ICurrencyConversion Conversion { get; set; } = default!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private UserTimeZone Zone { get; set; } = default!;

    [Inject]
    private IStringLocalizer<OpportunityText> Text { get; set; } = default!;

    private PipelineView? Pipeline => _pipelines.FirstOrDefault(p => p.Id == _pipelineId);

    private IEnumerable<StageView> OpenStages => Pipeline?.Stages.Where(s => s.IsOpen && !s.IsRetired) ?? [];

    private int StageProbability => OpenStages.FirstOrDefault(s => s.Id == _stageId)?.DefaultProbability ?? 0;

    protected override async Task OnInitializedAsync()
    {
        await Zone.LoadAsync();
        _pipelines = await Pipelines.ListAsync();
        _owners = await Lookups.AssignableOwnersAsync();
        _contacts = await ContactsAsync();
        var converter = await Conversion.LoadAsync();
        _currencies = [converter.BaseCurrency, .. converter.RatedCurrencies];

        var me = (await CurrentUser.GetAsync()).UserId;
        _form.OwnerId = _owners.Any(o => o.Id == me) ? me : _owners.FirstOrDefault()?.Id ?? me;
        _form.Currency = converter.BaseCurrency;
        _form.Amount = null;
        _form.PrimaryContactId = _contacts.FirstOrDefault(c => c.IsPrimary)?.Id;
        _form.ExpectedCloseDate = DateText.Iso(DateOnly.FromDateTime(Zone.Now).AddDays(DefaultDaysToClose));
        OnPipelineChanged(_pipelines.FirstOrDefault()?.Id ?? Guid.Empty);
        _loading = false;
    }

    private void OnPipelineChanged(Guid pipelineId)
    {
        _pipelineId = pipelineId;
        _stageId = OpenStages.FirstOrDefault()?.Id ?? Guid.Empty;
    }

    private Task OnKeyDownAsync(KeyboardEventArgs args) =>
        args.Key is "Enter" or "NumpadEnter" && (args.CtrlKey || args.MetaKey)
            ? OnCreateAsync()
            : Task.CompletedTask;

    private void OnCancel() => Dialog.Cancel();

    private async Task OnCreateAsync()
    {
        if (_saving || !Validate())
        {
            return;
        }

        _saving = true;
        try
        {
            var id = await Opportunities.CreateAsync(ToNew());
            Dialog.Close(DialogResult.Ok(id));
        }
        catch (DomainException error)
        {
            _errors.Add(error, Text, OpportunityForm.Fields);
        }
        catch (Exception error) when (error is NotFoundException or ForbiddenException)
        {
            _errors.SetGeneral(ErrorText.For(error, Text));
        }
        finally
        {
            _saving = false;
        }
    }

    private NewOpportunity ToNew()
    {
        var edit = _form.ToEdit();

        return new NewOpportunity(
            edit.Name, AccountId, _pipelineId, edit.Amount, edit.Currency, edit.ExpectedCloseDate, _stageId,
            edit.OwnerId, edit.PrimaryContactId, edit.ProbabilityOverride, edit.NextStep, edit.Competitors);
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

    private string PipelineName(Guid id) => _pipelines.FirstOrDefault(p => p.Id == id)?.Name ?? "";

    private string StageName(Guid id) => OpenStages.FirstOrDefault(s => s.Id == id)?.Name ?? "";

    private async Task<IReadOnlyList<ContactRow>> ContactsAsync()
    {
        try
        {
            return await Contacts.ListByAccountAsync(AccountId);
        }
        catch (NotFoundException)
        {
            return [];
        }
    }
}
