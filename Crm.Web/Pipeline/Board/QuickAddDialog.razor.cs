using System.Globalization;
using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Currencies;
using Crm.Infrastructure.Customers;
using Crm.Infrastructure.Pipeline;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Pipeline.Board;

/// <summary>
/// A new opportunity in one open stage, with only what a board needs: name, account, amount
/// and currency, expected close. Closes with the name once created; the card itself arrives
/// on the board through the live feed like anyone else's.
/// </summary>
public sealed partial class QuickAddDialog
{
    private static readonly string[] Fields = ["Name", "Account", "Amount", "Currency", "ExpectedCloseDate"];

    private readonly FormErrors _errors = new();
    private IReadOnlyList<string> _currencies = [];
    private string? _name;
    private AccountOption? _account;
    private decimal? _amount;
    private string? _currency;
    private string? _expectedClose;
    private bool _saving;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter, EditorRequired]
    public Guid PipelineId { get; set; }

    [Parameter, EditorRequired]
    public Guid StageId { get; set; }

    [Parameter]
    public DateOnly Today { get; set; }

    [Inject]
    private IOpportunityService Opportunities { get; set; } = default!;

    [Inject]
    private IAccountLookups Lookups { get; set; } = default!;

    [Inject]
    private IExchangeRateService Rates { get; set; } = default!;

    [Inject]
    private IStringLocalizer<BoardText> Text { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _expectedClose = Today.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var rates = await Rates.ListAsync();
        var rated = rates.Rates.Select(r => r.Currency).Distinct().Order(StringComparer.Ordinal);
        _currencies = [rates.BaseCurrency, .. rated];
        _currency = rates.BaseCurrency;
    }

    private async Task<IEnumerable<AccountOption>> SearchAccountsAsync(
        string? text, CancellationToken cancellationToken) =>
        await Lookups.FindAccountsAsync(text, 20, cancellationToken);

    private void OnCancel() => Dialog.Cancel();

    private async Task OnSaveAsync()
    {
        if (_saving || ToInput() is not { } input)
        {
            return;
        }

        _saving = true;
        try
        {
            await Opportunities.CreateAsync(input);
            Dialog.Close(DialogResult.Ok(input.Name.Trim()));
        }
        catch (DomainException error)
        {
            _errors.Add(error, Text, Fields);
        }
        catch (Exception error) when (error is ForbiddenException or NotFoundException)
        {
            _errors.SetGeneral(Text[error is ForbiddenException ? "Error.forbidden" : "Error.Account.not-found"]);
        }
        finally
        {
            _saving = false;
        }
    }

    // What can be checked here is, so the form shows every missing field at once.
    private NewOpportunity? ToInput()
    {
        _errors.Clear();
        var parsed = DateOnly.TryParseExact(
            _expectedClose, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var close);
        Require(!string.IsNullOrWhiteSpace(_name), "Name", "Error.Name.required");
        Require(_account is not null, "Account", "Error.Account.required");
        Require(_amount is >= 0, "Amount", _amount is null ? "Error.required" : "Error.Amount.negative");
        Require(!string.IsNullOrEmpty(_currency), "Currency", "Error.currency.invalid");
        Require(parsed, "ExpectedCloseDate", "Error.ExpectedCloseDate.required");

        return _errors.Any
            ? null
            : new NewOpportunity(_name!.Trim(), _account!.Id, PipelineId, _amount!.Value, _currency!, close, StageId);
    }

    private void Require(bool ok, string field, string key)
    {
        if (!ok)
        {
            _errors.Add(field, Text[key]);
        }
    }
}
