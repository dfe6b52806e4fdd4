using Crm.Domain.Assignment;
using Crm.Domain.Common;
using Crm.Infrastructure.Assignment;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Live;
using Crm.Web.Common;
using Crm.Web.Customers;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Assignment;

/// <summary>
/// The lead assignment rules: their order, their switches, the default queue, and a preview of
/// which rule would take a lead. Changes other administrators make show up live.
/// </summary>
public sealed partial class AssignmentRulesPage : IDisposable
{
    // Only leads are assigned by rules so far; tickets add a kind switcher here when they do.
    private const RecordKind Kind = RecordKind.Lead;
    private static readonly DialogOptions DialogOptions = new() { MaxWidth = MaxWidth.Medium, FullWidth = true };

    private IReadOnlyList<AssignmentRuleRow> _rules = [];
    private AssignmentChoices? _choices;
    private AssignmentWording _wording = default!;
    private LiveReload? _live;
    private bool _busy;
    private int _stamp;

    [Inject]
    private IAssignmentRuleService Rules { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private ILiveBus Bus { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CustomersText> CustomersText { get; set; } = default!;

    [Inject]
    private IStringLocalizer<Leads.LeadText> LeadText { get; set; } = default!;

    public void Dispose() => _live?.Dispose();

    protected override void OnInitialized() => _wording = new AssignmentWording(Text, CustomersText, LeadText);

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        // Subscribed before the first load, so a change saved in between is not missed.
        _live = LiveReload.Start(
            Bus,
            e => e is AssignmentRuleChanged { Kind: Kind } or AssignmentSettingsChanged,
            () => InvokeAsync(RefreshAsync));
        await RefreshAsync();
    }

    private async Task RefreshAsync()
    {
        var rules = await Rules.ListAsync(Kind);
        _choices = await Rules.ChoicesAsync(Kind);
        _rules = rules;
        _stamp++;
        StateHasChanged();
    }

    private string QueueName(Guid? teamId) =>
        teamId is null || _choices is null ? "" : AssignmentWording.TeamName(_choices, teamId);

    private Task OnCreateAsync() => OpenAsync(null);

    private Task OnEditAsync(AssignmentRuleRow rule) => OpenAsync(rule);

    private async Task OpenAsync(AssignmentRuleRow? rule)
    {
        var parameters = new DialogParameters<RuleDialog>
        {
            { d => d.Rule, rule }, { d => d.Kind, Kind }, { d => d.Choices, _choices! }, { d => d.Wording, _wording },
        };
        var dialog = await Dialogs.ShowAsync<RuleDialog>(Text["Dialog.NewTitle"], parameters, DialogOptions);
        if (await dialog.GetReturnValueAsync<string>() is { } name)
        {
            Snackbar.Add(string.Format(Text["Saved"], name), Severity.Success);
            await RefreshAsync();
        }
    }
}
