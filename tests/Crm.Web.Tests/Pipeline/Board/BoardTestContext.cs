using Bunit;
using Crm.Infrastructure.Currencies;
using Crm.Infrastructure.Pipeline;
using Crm.Infrastructure.Pipeline.Board;
using Crm.Web.Pipeline.Board;
using Crm.Web.Tests.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Crm.Web.Tests.Pipeline.Board;

/// <summary>The shared bUnit context with the board's services faked over <see cref="BoardSamples"/>.</summary>
public abstract class BoardTestContext : CrmTestContext
{
    protected static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    protected BoardTestContext(string culture = "en-US")
        : base(culture)
    {
        Services.AddSingleton<IPipelineBoards>(Boards);
        Services.AddSingleton<IPipelineService>(Pipelines);
        Services.AddSingleton<IOpportunityService>(Opportunities);
        Services.AddSingleton<IBoardPreferences>(Preferences);
        Services.AddSingleton<IExchangeRateService>(new FakeExchangeRateService());
    }

    internal FakePipelineBoards Boards { get; } = new();

    internal FakePipelineService Pipelines { get; } = new(BoardSamples.Pipeline);

    internal FakeBoardOpportunities Opportunities { get; } = new();

    internal FakeBoardPreferences Preferences { get; } = new();

    /// <summary>Where the page's menus and selects render, once <see cref="RenderBoard"/> ran.</summary>
    protected IRenderedComponent<MudPopoverProvider> Popovers { get; private set; } = default!;

    /// <summary>Where the page's dialogs render, once <see cref="RenderBoard"/> ran.</summary>
    protected IRenderedComponent<MudDialogProvider> Dialogs { get; private set; } = default!;

    /// <summary>The page at <paramref name="uri"/>, with the hosts its menus and dialogs render into.</summary>
    protected IRenderedComponent<PipelineBoardPage> RenderBoard(string uri = "/pipeline")
    {
        Popovers = Render<MudPopoverProvider>();
        Dialogs = Render<MudDialogProvider>();
        Services.GetRequiredService<NavigationManager>().NavigateTo(uri);

        return Render<PipelineBoardPage>(p =>
        {
            if (uri.StartsWith("/pipeline/", StringComparison.Ordinal))
            {
                p.Add(c => c.PipelineId, Guid.Parse(uri["/pipeline/".Length..].Split('?')[0]));
            }
        });
    }

    protected static AngleSharp.Dom.IElement Column(IRenderedComponent<PipelineBoardPage> page, string stage) =>
        page.Find($"[data-testid=board-column][data-stage='{stage}']");

    protected static IReadOnlyList<string> CardNames(IRenderedComponent<PipelineBoardPage> page, string stage) =>
        [.. Column(page, stage).QuerySelectorAll("[data-testid=board-card-name]").Select(e => e.TextContent.Trim())];
}
