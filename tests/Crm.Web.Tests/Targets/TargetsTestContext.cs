using Bunit;
using Crm.Infrastructure.Analytics;
using Crm.Infrastructure.Targets;
using Crm.Web.Tests.Common;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Crm.Web.Tests.Targets;

/// <summary>The shared bUnit context with targets and opportunity facts in memory.</summary>
public abstract class TargetsTestContext : CrmTestContext
{
    protected TargetsTestContext(string culture = "en-US")
        : base(culture)
    {
        Services.AddSingleton<ITargetService>(Targets);
        Services.AddSingleton<IOpportunityFacts>(Facts);
    }

    public FakeTargetService Targets { get; } = new();

    public FakeOpportunityFacts Facts { get; } = new();

    protected IRenderedComponent<MudPopoverProvider> Popovers { get; private set; } = default!;

    protected IRenderedComponent<MudDialogProvider> Dialogs { get; private set; } = default!;

    protected IRenderedComponent<MudSnackbarProvider> Snackbars { get; private set; } = default!;

    /// <summary>A page with the hosts its selects, dialogs and snackbars render into.</summary>
    protected IRenderedComponent<TPage> RenderPage<TPage>()
        where TPage : Microsoft.AspNetCore.Components.IComponent
    {
        Popovers = Render<MudPopoverProvider>();
        Dialogs = Render<MudDialogProvider>();
        Snackbars = Render<MudSnackbarProvider>();

        return Render<TPage>();
    }
}
