using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Pipeline;
using Crm.Infrastructure.Products;
using Crm.Web.Common;
using Crm.Web.Currencies;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Pipeline.Opportunities.Lines;

/// <summary>
/// Adds a line item to the opportunity, or edits <see cref="Line"/>: a product from the
/// catalogue (or none, with a description), quantity, unit price and discount, with the line
/// total shown as it will be saved. Closes with the version saved. When someone saved the
/// opportunity meanwhile, the input stays, the dialog says so and saves on the new version only
/// when asked again.
/// </summary>
public sealed partial class LineDialog
{
    private readonly FormErrors _errors = new();
    private LineForm _form = new();
    private MudAutocomplete<ProductRow>? _productPicker;
    private int _version;
    private string? _conflict;
    private bool _saving;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter, EditorRequired]
    public OpportunityView Opportunity { get; set; } = default!;

    /// <summary>The line to edit; null adds one.</summary>
    [Parameter]
    public LineView? Line { get; set; }

    [Inject]
    private IOpportunityService Opportunities { get; set; } = default!;

    [Inject]
    private IProductService Products { get; set; } = default!;

    [Inject]
    private IStringLocalizer<OpportunityText> Text { get; set; } = default!;

    private string Currency => Opportunity.Amount.Currency;

    private string UnitPriceLabel => string.Format(Text["Field.UnitPrice"], Currency);

    private string Preview => _form.Total(Currency) is { } total ? MoneyText.Format(total) : "—";

    protected override async Task OnInitializedAsync()
    {
        _version = Opportunity.Version;
        if (Line is not { } line)
        {
            return;
        }

        var product = line.ProductId is { } productId ? await FindProductAsync(productId) : null;
        _form = LineForm.From(line, product);
    }

    private void OnProductChanged(ProductRow? product) => _form.Pick(product, Currency);

    private async Task<IEnumerable<ProductRow>> SearchProductsAsync(
        string? text, CancellationToken cancellationToken)
    {
        var page = await Products.SearchAsync(new ProductQuery(text, PageSize: 20), cancellationToken);

        return page.Items;
    }

    private async Task OnKeyDownAsync(KeyboardEventArgs args)
    {
        if (args.Key is "Enter" or "NumpadEnter" && _productPicker?.Open != true)
        {
            await OnSaveAsync();
        }
    }

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
            Dialog.Close(DialogResult.Ok(await SaveAsync(_form.ToInput())));
        }
        catch (ConcurrencyConflictException)
        {
            await TakeNewVersionAsync();
        }
        catch (DomainException error)
        {
            _errors.Add(error, Text, LineForm.Fields);
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

    private Task<int> SaveAsync(LineInput input) =>
        Line is { } line
            ? Opportunities.UpdateLineAsync(Opportunity.Id, _version, line.Id, input)
            : Opportunities.AddLineAsync(Opportunity.Id, _version, input);

    // Keeps the input and moves to the version now saved; the next Save is the user's decision.
    private async Task TakeNewVersionAsync()
    {
        try
        {
            var changes = await Opportunities.ChangesSinceAsync(Opportunity.Id, _version);
            var latest = await Opportunities.GetAsync(Opportunity.Id);
            var name = changes.LastOrDefault(c => c.ChangedByName is not null)?.ChangedByName;
            _version = latest.Version;
            _conflict = Line is { } line && latest.Lines.All(l => l.Id != line.Id)
                ? Text["Line.Removed"]
                : name is null ? Text["Line.ConflictSomeone"] : string.Format(Text["Line.Conflict"], name);
        }
        catch (NotFoundException error)
        {
            _errors.SetGeneral(ErrorText.For(error, Text));
        }
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

    private async Task<ProductRow?> FindProductAsync(Guid id)
    {
        try
        {
            return await Products.GetAsync(id);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }
}
