using Crm.Infrastructure.Pipeline;
using Microsoft.AspNetCore.Components;

namespace Crm.Web.Pipeline.Admin;

/// <summary>One pipeline: its name, its stages in order, and why a retirement was refused, if it was.</summary>
public sealed partial class PipelineCard
{
    [Parameter, EditorRequired]
    public PipelineView Pipeline { get; set; } = default!;

    [Parameter]
    public bool Busy { get; set; }

    /// <summary>The message of a refused retirement in this pipeline; null shows none.</summary>
    [Parameter]
    public string? Refusal { get; set; }

    [Parameter]
    public EventCallback<PipelineView> OnRename { get; set; }

    [Parameter]
    public EventCallback<PipelineView> OnAddStage { get; set; }

    [Parameter]
    public EventCallback<(PipelineView Pipeline, StageView Stage)> OnEditStage { get; set; }

    [Parameter]
    public EventCallback<(PipelineView Pipeline, IReadOnlyList<Guid> Order)> OnReorder { get; set; }

    [Parameter]
    public EventCallback<(PipelineView Pipeline, StageView Stage)> OnRetire { get; set; }

    [Parameter]
    public EventCallback OnDismissRefusal { get; set; }

    private int OpenCount => Pipeline.Stages.Count(s => s.IsOpen && !s.IsRetired);

    private Task OnEditAsync(StageView stage) => OnEditStage.InvokeAsync((Pipeline, stage));

    private Task OnReorderAsync(IReadOnlyList<Guid> order) => OnReorder.InvokeAsync((Pipeline, order));

    private Task OnRetireAsync(StageView stage) => OnRetire.InvokeAsync((Pipeline, stage));
}
