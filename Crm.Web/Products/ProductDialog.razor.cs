using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Products;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Crm.Web.Products;

/// <summary>
/// Creates a product or edits <see cref="Product"/>; closes with the product as saved. Every
/// mistake the form can see shows at once beside its field; the service's refusals (a code
/// already used) beside the field they name; a conflict above the form.
/// </summary>
public sealed partial class ProductDialog
{
    private readonly FormErrors _errors = new();
    private ProductForm _form = new();
    private bool _saving;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private IProductService Products { get; set; } = default!;

    /// <summary>The product to edit; null creates one.</summary>
    [Parameter]
    public ProductRow? Product { get; set; }

    /// <summary>Currencies to price in, the base currency first.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<string> Currencies { get; set; } = [];

    private IEnumerable<string> Choices =>
        Product is null || Currencies.Contains(Product.Currency) ? Currencies : [.. Currencies, Product.Currency];

    protected override void OnInitialized() => _form = ProductForm.For(Product, Currencies.FirstOrDefault() ?? "CNY");

    private void OnCancel() => Dialog.Cancel();

    private async Task OnSaveAsync()
    {
        _errors.Clear();
        foreach (var (field, code) in _form.Check())
        {
            _errors.Add(field, Text[$"Error.{code}"]);
        }

        if (_errors.Any || _saving)
        {
            return;
        }

        _saving = true;
        try
        {
            var saved = Product is null
                ? await Products.CreateAsync(_form.ToInput())
                : await Products.UpdateAsync(Product.Id, Product.Version, _form.ToInput());
            Dialog.Close(DialogResult.Ok(saved));
        }
        catch (DomainException error)
        {
            _errors.Add(error, Text, ProductForm.Fields);
        }
        catch (Exception error) when (error is ConcurrencyConflictException or NotFoundException or ForbiddenException)
        {
            _errors.SetGeneral(Text[error is ForbiddenException ? "Error.forbidden" : "Error.conflict"]);
        }
        finally
        {
            _saving = false;
        }
    }
}
