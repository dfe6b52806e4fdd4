using Bunit;
using Crm.Infrastructure.Currencies;
using Crm.Infrastructure.Products;
using Crm.Web.Tests.Common;
using Crm.Web.Tests.Products;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Crm.Web.Tests.Currencies;

/// <summary>The shared bUnit context with products and exchange rates in memory; today is 2 March 2026.</summary>
public abstract class CurrencyTestContext : CrmTestContext
{
    public static readonly DateOnly Today = new(2026, 3, 2);

    protected CurrencyTestContext(string culture = "en-US")
        : base(culture)
    {
        Services.AddSingleton<IExchangeRateService>(Rates);
        Services.AddSingleton<ICurrencyConversion>(new FakeCurrencyConversion(Rates, Today));
        Services.AddSingleton<IProductService>(Products);
    }

    public FakeExchangeRateService Rates { get; } = new();

    public FakeProductService Products { get; } = new();

    protected IRenderedComponent<MudDialogProvider> Dialogs { get; private set; } = default!;

    /// <summary>A page with the hosts its selects, dialogs and message boxes render into.</summary>
    protected IRenderedComponent<TPage> RenderPage<TPage>()
        where TPage : Microsoft.AspNetCore.Components.IComponent
    {
        Render<MudPopoverProvider>();
        Dialogs = Render<MudDialogProvider>();

        return Render<TPage>();
    }
}
