using Crm.Infrastructure.Customers;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Crm.Web.Customers;

/// <summary>Quick search, filters and sort of the account list; raises the changed filter.</summary>
public sealed partial class AccountsToolbar
{
    [Parameter, EditorRequired]
    public AccountFilter Filter { get; set; } = new();

    [Parameter]
    public EventCallback<AccountFilter> FilterChanged { get; set; }

    [Parameter]
    public IReadOnlyList<OwnerOption> Owners { get; set; } = [];

    [Parameter]
    public IReadOnlyList<string> Regions { get; set; } = [];

    private Task OnTextChanged(string? text) => ApplyAsync(Filter with { Text = text });

    private Task OnClearClicked() => ApplyAsync(new AccountFilter(Sort: Filter.Sort, Descending: Filter.Descending));

    private Task ApplyAsync(AccountFilter filter) =>
        filter == Filter ? Task.CompletedTask : FilterChanged.InvokeAsync(filter);

    private async Task<IEnumerable<string>> SearchTagsAsync(string? prefix, CancellationToken cancellationToken) =>
        await Lookups.TagsAsync(prefix, 20, cancellationToken);

    // Choosing the current sort again flips its direction.
    private bool NextDescending(AccountSort sort) => sort == Filter.Sort && !Filter.Descending;

    private string? SortIcon(AccountSort sort) => sort != Filter.Sort
        ? null
        : Filter.Descending ? Icons.Material.Filled.ArrowDownward : Icons.Material.Filled.ArrowUpward;
}
