using Crm.Infrastructure.Pipeline;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Crm.Web.Pipeline.Admin;

/// <summary>
/// A pipeline's stages in order: the active open stages, which can be dragged into a new order
/// or moved with the arrow buttons (Alt+↑/↓ on a focused stage), then Won and Lost, fixed at
/// the end, then the retired stages, greyed.
/// </summary>
public sealed partial class StageList
{
    private MudDropContainer<StageView>? _container;
    private List<StageView> _open = [];
    private List<StageView> _closing = [];
    private List<StageView> _retired = [];
    private bool _refreshZone;

    /// <summary>Every stage of the pipeline, retired ones included, in their order.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<StageView> Stages { get; set; } = [];

    [Parameter]
    public bool Busy { get; set; }

    [Parameter]
    public EventCallback<StageView> OnEdit { get; set; }

    /// <summary>The active open stages' ids in the order asked for.</summary>
    [Parameter]
    public EventCallback<IReadOnlyList<Guid>> OnReorder { get; set; }

    [Parameter]
    public EventCallback<StageView> OnRetire { get; set; }

    protected override void OnParametersSet()
    {
        var ordered = Stages.OrderBy(s => s.SortOrder).ToList();
        _open = ordered.Where(s => s.IsOpen && !s.IsRetired).ToList();
        _closing = ordered.Where(s => !s.IsOpen).ToList();
        _retired = ordered.Where(s => s.IsOpen && s.IsRetired).ToList();
        _refreshZone = true;
    }

    // The drop zone keeps its own list of the items it shows; once the container holds the new
    // stages, it is told to take them.
    protected override void OnAfterRender(bool firstRender)
    {
        if (_refreshZone && !firstRender)
        {
            _container?.Refresh();
        }

        _refreshZone = false;
    }

    private Task OnMoveAsync(StageView stage, int offset)
    {
        var order = _open.ToList();
        var from = order.IndexOf(stage);
        var to = from + offset;
        if (Busy || from < 0 || to < 0 || to >= order.Count)
        {
            return Task.CompletedTask;
        }

        (order[from], order[to]) = (order[to], order[from]);

        return OnReorder.InvokeAsync([.. order.Select(s => s.Id)]);
    }

    private Task OnItemDroppedAsync(MudItemDropInfo<StageView> drop)
    {
        var order = _open.Where(s => s.Id != drop.Item?.Id).ToList();
        if (drop.Item is null || Busy)
        {
            return Task.CompletedTask;
        }

        order.Insert(Math.Clamp(drop.IndexInZone, 0, order.Count), drop.Item);
        if (order.SequenceEqual(_open))
        {
            return Task.CompletedTask;
        }

        return OnReorder.InvokeAsync([.. order.Select(s => s.Id)]);
    }
}
