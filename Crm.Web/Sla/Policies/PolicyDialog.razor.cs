using Crm.Domain.Common;
using Crm.Domain.Customers;
using Crm.Domain.Sla;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Sla;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Crm.Web.Sla.Policies;

/// <summary>
/// Sets up, changes or empties the policy of one cell of the grid. Targets are typed in hours
/// or minutes of working time and saved as minutes. Closes with the message to show.
/// </summary>
public sealed partial class PolicyDialog
{
    private static readonly string[] Fields =
        ["FirstResponseMinutes", "ResolutionMinutes", "CalendarId", "AtRiskPercent"];

    private readonly FormErrors _errors = new();
    private DurationInput _first = new(1, true);
    private DurationInput _resolution = new(8, true);
    private Guid? _calendarId;
    private int _atRisk = SlaPolicy.DefaultAtRiskPercent;
    private bool _saving;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private ISlaPolicyService Policies { get; set; } = default!;

    [Parameter, EditorRequired]
    public SlaPriority Priority { get; set; }

    [Parameter]
    public AccountTier? Tier { get; set; }

    /// <summary>The cell's policy; null sets one up.</summary>
    [Parameter]
    public PolicyView? Policy { get; set; }

    [Parameter, EditorRequired]
    public IReadOnlyList<CalendarSummary> Calendars { get; set; } = [];

    private string DefaultName => Calendars.FirstOrDefault(c => c.IsDefault)?.Name ?? "";

    protected override void OnInitialized()
    {
        if (Policy is { } policy)
        {
            _first = DurationInput.Of(policy.FirstResponseMinutes);
            _resolution = DurationInput.Of(policy.ResolutionMinutes);
            (_calendarId, _atRisk) = (policy.CalendarId, policy.AtRiskPercent);
        }
    }

    private void OnCancel() => Dialog.Cancel();

    private Task OnSaveAsync() => RunAsync(async () =>
    {
        var input = new PolicyInput(_first.Minutes, _resolution.Minutes, _calendarId, _atRisk);
        _ = Policy is null
            ? await Policies.CreateAsync(Priority, Tier, input)
            : await Policies.UpdateAsync(Policy.Id, Policy.Version, input);

        return Text["Dialog.Saved"];
    });

    private Task OnDeleteAsync() => RunAsync(async () =>
    {
        await Policies.DeleteAsync(Policy!.Id, Policy.Version);

        return Text["Dialog.Deleted"];
    });

    private async Task RunAsync(Func<Task<string>> change)
    {
        if (_saving)
        {
            return;
        }

        _errors.Clear();
        _saving = true;
        try
        {
            Dialog.Close(DialogResult.Ok(await change()));
        }
        catch (DomainException error)
        {
            _errors.Add(error, Text, Fields);
        }
        catch (Exception error) when (error is ConcurrencyConflictException or NotFoundException or ForbiddenException)
        {
            _errors.SetGeneral(Text[error is ConcurrencyConflictException ? "Error.conflict" : "Error.forbidden"]);
        }
        finally
        {
            _saving = false;
        }
    }

    /// <summary>A target as typed: an amount in hours or in minutes.</summary>
    private sealed class DurationInput(int amount, bool inHours)
    {
        public int Amount { get; set; } = amount;

        public bool InHours { get; set; } = inHours;

        public int Minutes => InHours ? Amount * 60 : Amount;

        public static DurationInput Of(int minutes) =>
            minutes % 60 == 0 ? new(minutes / 60, true) : new(minutes, false);
    }
}
