using Bunit;
using Crm.Infrastructure.Pipeline;
using Crm.Web.Tests.Common;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Crm.Web.Tests.Pipeline.Admin;

/// <summary>The shared bUnit context with pipelines in memory.</summary>
public abstract class PipelineAdminTestContext : CrmTestContext
{
    protected PipelineAdminTestContext(string culture = "en-US")
        : base(culture)
    {
        Services.AddSingleton<IPipelineService>(Pipelines);
    }

    public FakePipelineService Pipelines { get; } = new(AdminPipelineSamples.NewBusiness());

    /// <summary>Where the page's dialogs and message boxes render, once <see cref="RenderPage"/> ran.</summary>
    protected IRenderedComponent<MudDialogProvider> Dialogs { get; private set; } = default!;

    protected IRenderedComponent<Web.Pipeline.Admin.PipelinesPage> RenderPage()
    {
        Render<MudPopoverProvider>();
        Dialogs = Render<MudDialogProvider>();
        var page = Render<Web.Pipeline.Admin.PipelinesPage>();
        page.WaitForState(() => page.FindAll("[data-testid=pipeline-card], [data-testid=pipelines-empty]").Count > 0);

        return page;
    }

    /// <summary>The row of the stage named <paramref name="name"/>.</summary>
    protected static AngleSharp.Dom.IElement RowOf(
        IRenderedComponent<Web.Pipeline.Admin.PipelinesPage> page, string name) =>
        page.Find($"[data-testid=stage-row][data-stage='{name}']");
}
