using Crm.Infrastructure.Customers;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Contacts;

/// <summary>The address book: every visible contact, searched, sorted and paged in the database.</summary>
public sealed partial class ContactsPage
{
    private static readonly int[] PageSizes = [25, 50, 100];

    private MudDataGrid<ContactRow>? _grid;
    private string? _text;

    [Inject]
    private IContactService Contacts { get; set; } = default!;

    [Inject]
    private IStringLocalizer<ContactText> Text { get; set; } = default!;

    private async Task<GridData<ContactRow>> LoadAsync(GridState<ContactRow> state, CancellationToken cancellationToken)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        var query = new ContactQuery(
            _text, null, SortOf(sort?.SortBy), sort?.Descending ?? false, state.Page, state.PageSize);
        var page = await Contacts.SearchAsync(query, cancellationToken);

        return new GridData<ContactRow> { Items = page.Items, TotalItems = page.TotalCount };
    }

    private async Task OnSearchChangedAsync(string? text)
    {
        _text = text;
        if (_grid is null)
        {
            return;
        }

        // A new search starts on the first page; going there reloads the data.
        if (_grid.CurrentPage != 0)
        {
            _grid.NavigateTo(MudBlazor.Page.First);
        }
        else
        {
            await _grid.ReloadServerData();
        }
    }

    private static ContactSort SortOf(string? column) => column switch
    {
        nameof(ContactRow.AccountName) => ContactSort.Account,
        nameof(ContactRow.Title) => ContactSort.Title,
        _ => ContactSort.Name,
    };
}
