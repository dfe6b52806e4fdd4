using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Customers;
using Crm.Infrastructure.Leads;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Leads.Conversion;

/// <summary>
/// Qualifies a lead in one step: first the existing customers that look like it, to attach it to
/// one of them (and one of their contacts) or create a new account and contact, then optionally
/// an opportunity. Closes with what the lead became; nothing is saved unless all of it is.
/// </summary>
public sealed partial class ConvertLeadDialog
{
    private static readonly string[] FormFields =
    [
        "Account", "NewAccountName", "Contact", "NewContactName", "Pipeline", "OpportunityName", "OpportunityAmount",
        "OpportunityCurrency", "OpportunityExpectedCloseDate",
    ];

    private readonly FormErrors _errors = new();
    private readonly List<AccountMatch> _found = [];
    private ConversionOptions? _options;
    private ConversionForm _form = new();
    private IReadOnlyList<ContactMatch> _contacts = [];
    private string? _loadError;
    private bool _converting;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter, EditorRequired]
    public Guid LeadId { get; set; }

    [Inject]
    private ILeadConversionService Conversions { get; set; } = default!;

    [Inject]
    private IContactService Contacts { get; set; } = default!;

    [Inject]
    private UserTimeZone Zone { get; set; } = default!;

    [Inject]
    private IStringLocalizer<LeadText> Text { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        await Zone.LoadAsync();
        try
        {
            _options = await Conversions.OptionsAsync(LeadId);
            _form = ConversionForm.For(_options, DateOnly.FromDateTime(Zone.Now), Text["Convert.NewOpportunity"]);
            if (_options.Accounts.FirstOrDefault(SharesAWayToReach) is { } customer)
            {
                OnAccountChosen(customer.Id);
            }
        }
        catch (Exception ex) when (ex is NotFoundException or ForbiddenException)
        {
            _loadError = Text[ex is NotFoundException ? "Error.LeadGone" : "Error.Forbidden"];
        }
    }

    private void OnAccountChosen(Guid? accountId)
    {
        var account = _options!.Accounts.Concat(_found).FirstOrDefault(a => a.Id == accountId);
        _contacts = account?.Contacts ?? [];
        _form.Attach(account?.Id, _contacts);
    }

    // An account found by name joins the choices with its contacts, and is chosen.
    private async Task OnAccountFoundAsync(AccountOption found)
    {
        if (!_options!.Accounts.Concat(_found).Any(a => a.Id == found.Id))
        {
            var contacts = await Contacts.ListByAccountAsync(found.Id);
            _found.Add(new AccountMatch(
                found.Id, found.Name, found.City, "", MatchedOn.None,
                [.. contacts.Select(c => new ContactMatch(c.Id, c.Name, c.Title, MatchedOn.None))]));
        }

        OnAccountChosen(found.Id);
    }

    private async Task OnConvertClickedAsync()
    {
        if (_options is null || _converting)
        {
            return;
        }

        _converting = true;
        _errors.Clear();
        try
        {
            var result = await Conversions.ConvertAsync(LeadId, _options.Version, _form.ToInput(_options.Currency));
            Dialog.Close(DialogResult.Ok(result));
        }
        catch (Exception ex) when (Explain(ex))
        {
        }
        finally
        {
            _converting = false;
        }
    }

    private bool Explain(Exception error)
    {
        switch (error)
        {
            case DomainException domain:
                _errors.Add(domain, Text, FormFields);
                return true;
            case ConcurrencyConflictException:
                _errors.SetGeneral(Text["Convert.Conflict"]);
                return true;
            case ForbiddenException or NotFoundException:
                _errors.SetGeneral(Text[error is ForbiddenException ? "Convert.Forbidden" : "Error.LeadGone"]);
                return true;
            default:
                return false;
        }
    }

    // The same email or phone as the lead (the account's or a contact's) says it is that customer;
    // a similar company name alone does not, so then a new account stays chosen.
    private static bool SharesAWayToReach(AccountMatch account) =>
        account.Contacts.Select(c => c.MatchedOn).Append(account.MatchedOn)
            .Any(on => on.HasFlag(MatchedOn.Email) || on.HasFlag(MatchedOn.Phone));

    private string? ErrorOf(string field) => _errors[field];

    private void OnCancelClicked() => Dialog.Cancel();
}
