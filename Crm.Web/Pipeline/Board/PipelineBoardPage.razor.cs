using Crm.Infrastructure.Common;
using Crm.Infrastructure.Pipeline;
using Crm.Infrastructure.Pipeline.Board;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Pipeline.Board;

/// <summary>
/// A pipeline's live board (or its list), at /pipeline for the first pipeline and /pipeline/{id}.
/// The board reads the shared snapshot through a feed of the signed-in user's cards, opened on
/// the first interactive render and re-read, bursts coalesced, whenever the feed says something
/// the user may see changed. Filters and the layout live in the URL.
/// </summary>
public sealed partial class PipelineBoardPage : IDisposable
{
    /// <summary>How long a burst of live changes is gathered into one re-render.</summary>
    internal static readonly TimeSpan LiveWindow = TimeSpan.FromMilliseconds(100);

    private IReadOnlyList<PipelineView>? _pipelines;
    private PipelineView? _pipeline;
    private IBoardFeed? _feed;
    private CoalescedRefresh? _refresh;
    private BoardView? _view;
    private PipelineFilter _filter = new();
    private bool _notFound;
    private bool _interactive;
    private Guid _me;

    [Parameter]
    public Guid? PipelineId { get; set; }

    [SupplyParameterFromQuery(Name = "owner")]
    public string? OwnerParameter { get; set; }

    [SupplyParameterFromQuery(Name = "team")]
    public string? TeamParameter { get; set; }

    [SupplyParameterFromQuery(Name = "close")]
    public string? CloseParameter { get; set; }

    [SupplyParameterFromQuery(Name = "from")]
    public string? FromParameter { get; set; }

    [SupplyParameterFromQuery(Name = "to")]
    public string? ToParameter { get; set; }

    [SupplyParameterFromQuery(Name = "q")]
    public string? Q { get; set; }

    [SupplyParameterFromQuery(Name = "view")]
    public string? ViewParameter { get; set; }

    [Inject]
    private IPipelineService Pipelines { get; set; } = default!;

    [Inject]
    private IPipelineBoards Boards { get; set; } = default!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private UserTimeZone Zone { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<BoardText> Text { get; set; } = default!;

    private DateOnly Today => DateOnly.FromDateTime(Zone.Now);

    // Roles that work no opportunities (support, marketing) get a board that can never hold a card.
    private bool NoAccess => _view is { CanMove: false, VisibleCount: 0 };

    private string Title => _pipeline is null ? Text["Page.Title"] : $"{_pipeline.Name} · {Text["Page.Title"]}";

    public void Dispose()
    {
        _refresh?.Dispose();
        _feed?.Dispose();
    }

    protected override async Task OnInitializedAsync() => _pipelines = await Pipelines.ListAsync();

    // The URL is the source of truth: links, back and forward land here.
    protected override async Task OnParametersSetAsync()
    {
        _filter = PipelineFilter.Parse(
            OwnerParameter, TeamParameter, CloseParameter, FromParameter, ToParameter, Q, ViewParameter);
        var wanted = PipelineId is { } id
            ? _pipelines?.FirstOrDefault(p => p.Id == id)
            : _pipelines?.FirstOrDefault();
        _notFound = PipelineId is not null && wanted is null;
        if (wanted?.Id == _pipeline?.Id)
        {
            ReadView();
            return;
        }

        _pipeline = wanted;
        if (_interactive)
        {
            await OpenFeedAsync();
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        _interactive = true;
        _me = (await CurrentUser.GetAsync()).UserId;
        await Zone.LoadAsync();
        _refresh = new CoalescedRefresh(() => InvokeAsync(OnLiveRefreshAsync), LiveWindow);
        await OpenFeedAsync();
        StateHasChanged();
    }

    private async Task OpenFeedAsync()
    {
        _feed?.Dispose();
        (_feed, _view) = (null, null);
        if (_pipeline is null)
        {
            return;
        }

        try
        {
            _feed = await Boards.OpenAsync(_pipeline.Id, () => _refresh?.Request());
            ReadView();
        }
        catch (NotFoundException)
        {
            _notFound = true;
        }
    }

    private void ReadView()
    {
        if (_feed is not null)
        {
            _view = _feed.Read(_filter.ToCriteria(Today));
        }
    }

    private async Task OnLiveRefreshAsync()
    {
        try
        {
            ReadView();
            StateHasChanged();
        }
        catch (Exception error)
        {
            await DispatchExceptionAsync(error);
        }
    }

    private void OnFilterChanged(PipelineFilter filter)
    {
        _filter = filter;
        ReadView();
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(_filter.ToQueryParameters()), replace: true);
    }

    private void OnLayoutChanged(PipelineLayout layout) => OnFilterChanged(_filter with { Layout = layout });

    private void OnClearFilters() => OnFilterChanged(_filter.Cleared);

    private void OnPipelineChosen(Guid pipelineId) =>
        Navigation.NavigateTo(
            Navigation.GetUriWithQueryParameters($"/pipeline/{pipelineId}", _filter.ToQueryParameters()));
}
