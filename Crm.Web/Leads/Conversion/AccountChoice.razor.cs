using Crm.Infrastructure.Customers;
using Crm.Infrastructure.Leads;
using Microsoft.AspNetCore.Components;

namespace Crm.Web.Leads.Conversion;

/// <summary>
/// Where the lead goes as a customer: one of the accounts that look like it (with what they share),
/// one found by name, or a new account named as the dialog suggests.
/// </summary>
public sealed partial class AccountChoice
{
    // The radio value of "create a new account"; no account has the empty id.
    private static readonly Guid NewOne = Guid.Empty;

    private AccountOption? _searched;

    [Parameter, EditorRequired]
    public IReadOnlyList<AccountMatch> Matches { get; set; } = [];

    /// <summary>Accounts the user found by name, offered after the matches.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<AccountMatch> Found { get; set; } = [];

    [Parameter, EditorRequired]
    public ConversionForm Form { get; set; } = default!;

    /// <summary>The error message of a form field (Account, NewAccountName), or null.</summary>
    [Parameter, EditorRequired]
    public Func<string, string?> ErrorOf { get; set; } = _ => null;

    /// <summary>The account chosen; null for a new one.</summary>
    [Parameter]
    public EventCallback<Guid?> OnChosen { get; set; }

    [Parameter]
    public EventCallback<AccountOption> OnFound { get; set; }

    [Inject]
    private IAccountLookups Lookups { get; set; } = default!;

    // "上海 · owner 陈丽 · same company · contact 王建国: same phone"
    private string Describe(AccountMatch account)
    {
        var owner = string.IsNullOrEmpty(account.OwnerName)
            ? null
            : string.Format(Text["Convert.OwnedBy"], account.OwnerName);
        var shared = account.MatchedOn == MatchedOn.None ? null : MatchText.SameAs(account.MatchedOn, Text);
        var throughContacts = account.Contacts.Where(c => c.MatchedOn != MatchedOn.None)
            .Select(c => string.Format(Text["Convert.ThroughContact"], c.Name, MatchText.SameAs(c.MatchedOn, Text)));
        string?[] parts = [account.City, owner, shared, .. throughContacts];

        return string.Join(" · ", parts.Where(p => !string.IsNullOrEmpty(p)));
    }

    private bool Fails(string field) => ErrorOf(field) is not null;

    private Task OnChangedAsync(Guid value) => OnChosen.InvokeAsync(value == NewOne ? null : value);

    private async Task OnFoundAsync(AccountOption? found)
    {
        _searched = found;
        if (found is not null)
        {
            await OnFound.InvokeAsync(found);
        }
    }

    private async Task<IEnumerable<AccountOption>> SearchAsync(string? text, CancellationToken cancellationToken) =>
        await Lookups.FindAccountsAsync(text, 10, cancellationToken);
}
