using Crm.Domain.Pipeline;
using Crm.Infrastructure.Pipeline;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Pipeline.Opportunities;

/// <summary>
/// The pipeline's stages as chevrons, the current one highlighted and those passed shaded.
/// Choosing another stage asks the page to move there (Won and Lost ask for a reason first).
/// A retired current stage is still shown where it stood.
/// </summary>
public sealed partial class StageStepper
{
    [Parameter, EditorRequired]
    public PipelineView Pipeline { get; set; } = default!;

    [Parameter, EditorRequired]
    public OpportunityView Opportunity { get; set; } = default!;

    [Parameter]
    public bool Disabled { get; set; }

    [Parameter]
    public EventCallback<StageView> OnStageChosen { get; set; }

    [Inject]
    private IStringLocalizer<OpportunityText> Text { get; set; } = default!;

    private IEnumerable<Step> Steps
    {
        get
        {
            var shown = Pipeline.Stages.Where(s => !s.IsRetired || s.Id == Opportunity.StageId).ToList();
            var current = shown.FindIndex(s => s.Id == Opportunity.StageId);

            return shown.Select((stage, index) => new Step(stage, StateOf(stage, index, current)));
        }
    }

    private string StateOf(StageView stage, int index, int current)
    {
        if (stage.Id == Opportunity.StageId)
        {
            return Opportunity.Status switch
            {
                OpportunityStatus.Won => "won",
                OpportunityStatus.Lost => "lost",
                _ => "current",
            };
        }

        // Won means every open stage was passed; a lost opportunity passed none for certain.
        var passed = stage.IsOpen && Opportunity.Status != OpportunityStatus.Lost && index < current;

        return passed ? "done" : "ahead";
    }

    private string StageName(StageView stage) =>
        stage.IsRetired ? string.Format(Text["Stepper.Retired"], stage.Name) : stage.Name;

    private string Title(Step step) =>
        step.IsCurrent ? Text["Stepper.Current"] : string.Format(Text["Stepper.MoveTo"], step.Stage.Name);

    private sealed record Step(StageView Stage, string State)
    {
        public bool IsCurrent => State is "current" or "won" or "lost";
    }
}
