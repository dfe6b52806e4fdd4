using Bunit;
using Crm.Infrastructure.Currencies;
using Crm.Infrastructure.Pipeline;
using Crm.Infrastructure.Pipeline.Presence;
using Crm.Infrastructure.Products;
using Crm.Web.Pipeline.Opportunities;
using Crm.Web.Tests.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor;

namespace Crm.Web.Tests.Pipeline.Opportunities;

/// <summary>
/// The CRM's bUnit context plus fakes of the pipeline services, the real (in-memory) presence
/// registry, and a dialog provider rendered on demand.
/// </summary>
public abstract class OpportunityTestContext : CrmTestContext
{
    protected OpportunityTestContext(string culture = "en-US")
        : base(culture)
    {
        Presence = new PresenceRegistry(TimeProvider.System, NullLogger<PresenceRegistry>.Instance);
        Services.AddSingleton<IOpportunityService>(Opportunities);
        Services.AddSingleton<IPipelineService>(Pipelines);
        Services.AddSingleton<IProductService>(Products);
        Services.AddSingleton<ICurrencyConversion>(new FakeCurrencyConversion());
        Services.AddSingleton<IPresenceRegistry>(Presence);
        Pipelines.Pipelines.Add(OpportunitySamples.Pipeline);
    }

    public FakeOpportunityService Opportunities { get; } = new();

    public FakePipelineService Pipelines { get; } = new();

    public FakeProductService Products { get; } = new();

    public IPresenceRegistry Presence { get; }

    /// <summary>Where the page's dialogs render; set by <see cref="RenderPage"/>.</summary>
    protected IRenderedComponent<MudDialogProvider> Dialogs { get; private set; } = default!;

    /// <summary>Puts the opportunity where the service finds it and returns it.</summary>
    protected OpportunityView Given(OpportunityView view)
    {
        Opportunities.Views[view.Id] = view;

        return view;
    }

    /// <summary>The opportunity page with its dialog provider, loaded and live at once.</summary>
    protected IRenderedComponent<OpportunityPage> RenderPage(Guid id)
    {
        Dialogs = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var page = Render<OpportunityPage>(p => p
            .Add(x => x.Id, id)
            .Add(x => x.LiveWindow, TimeSpan.Zero));
        page.WaitForElement("[data-testid=opportunity-header]");

        return page;
    }
}
