using Bunit;
using Crm.Infrastructure.Sla;
using Crm.Web.Tests.Common;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Crm.Web.Tests.Sla;

/// <summary>The shared bUnit context with SLA calendars and policies in memory.</summary>
public abstract class SlaTestContext : CrmTestContext
{
    protected SlaTestContext(string culture = "en-US")
        : base(culture)
    {
        Services.AddSingleton<ISlaCalendarService>(Calendars);
        Services.AddSingleton<ISlaPolicyService>(Policies);
    }

    public FakeSlaCalendarService Calendars { get; } = new();

    public FakeSlaPolicyService Policies { get; } = new();

    protected IRenderedComponent<MudPopoverProvider> Popovers { get; private set; } = default!;

    protected IRenderedComponent<MudDialogProvider> Dialogs { get; private set; } = default!;

    /// <summary>A component with the hosts its selects, pickers and dialogs render into.</summary>
    protected IRenderedComponent<TComponent> RenderWithHosts<TComponent>(
        Action<ComponentParameterCollectionBuilder<TComponent>>? parameters = null)
        where TComponent : Microsoft.AspNetCore.Components.IComponent
    {
        Popovers = Render<MudPopoverProvider>();
        Dialogs = Render<MudDialogProvider>();

        return Render(parameters);
    }
}
