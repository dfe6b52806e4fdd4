using Crm.Domain.Pipeline;
using Crm.Infrastructure.Pipeline;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace Crm.Web.Pipeline.Admin;

/// <summary>
/// One stage: position, name, default probability and forecast category, with the actions its
/// kind allows. Active open stages move, change and retire; Won and Lost can only be renamed;
/// retired stages are shown for the record, without actions.
/// </summary>
public sealed partial class StageRow
{
    [Parameter, EditorRequired]
    public StageView Stage { get; set; } = default!;

    /// <summary>The stage's place among the active stages; null for a retired stage.</summary>
    [Parameter]
    public int? Position { get; set; }

    [Parameter]
    public bool CanMoveUp { get; set; }

    [Parameter]
    public bool CanMoveDown { get; set; }

    /// <summary>False for the last open stage: a pipeline keeps at least one.</summary>
    [Parameter]
    public bool CanRetire { get; set; }

    [Parameter]
    public bool Busy { get; set; }

    [Parameter]
    public EventCallback<StageView> OnEdit { get; set; }

    [Parameter]
    public EventCallback OnMoveUp { get; set; }

    [Parameter]
    public EventCallback OnMoveDown { get; set; }

    [Parameter]
    public EventCallback<StageView> OnRetire { get; set; }

    private bool Movable => Stage.IsOpen && !Stage.IsRetired;

    private string LockIcon => Stage.IsRetired ? Icons.Material.Outlined.Archive : Icons.Material.Outlined.Lock;

    private Color AvatarColor => Stage.IsRetired ? Color.Default : Stage.IsOpen ? Color.Primary : Color.Secondary;

    private string RowClass =>
        "d-flex flex-wrap align-center gap-3 px-4 py-2 border-t border-solid mud-border-lines-default"
        + (Stage.IsRetired ? " mud-text-disabled" : "");

    private string Label => Stage.IsRetired
        ? $"{Stage.Name}, {Text["Stage.Retired"]}"
        : $"{Position}. {Stage.Name}, {Summary}";

    private string Summary
    {
        get
        {
            var fixedNote = Stage.IsOpen ? "" : $" · {Text["Stage.FixedAtEnd"]}";

            return string.Format(Text["Stage.Summary"], Stage.DefaultProbability, Text[$"Category.{Stage.Category}"])
                + fixedNote;
        }
    }

    private string RetireTitle => CanRetire ? Text["Stage.Retire"] : Text["Stage.RetireLast"];

    private Task OnKeyDownAsync(KeyboardEventArgs e)
    {
        if (!e.AltKey || Busy || !Movable)
        {
            return Task.CompletedTask;
        }

        return e.Key switch
        {
            "ArrowUp" when CanMoveUp => OnMoveUp.InvokeAsync(),
            "ArrowDown" when CanMoveDown => OnMoveDown.InvokeAsync(),
            _ => Task.CompletedTask,
        };
    }
}
