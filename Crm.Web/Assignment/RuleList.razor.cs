using Crm.Infrastructure.Assignment;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Crm.Web.Assignment;

/// <summary>
/// The rules in the order the engine tries them, each with a one-line summary, an on/off switch
/// and buttons to move, edit and delete it. Alt+↑/↓ moves the focused rule; an empty list
/// explains what happens without rules and offers to create the first.
/// </summary>
public sealed partial class RuleList
{
    [Parameter, EditorRequired]
    public IReadOnlyList<AssignmentRuleRow> Rules { get; set; } = [];

    [Parameter, EditorRequired]
    public AssignmentChoices Choices { get; set; } = default!;

    [Parameter, EditorRequired]
    public AssignmentWording Wording { get; set; } = default!;

    /// <summary>A change is being saved: moves and switches wait.</summary>
    [Parameter]
    public bool Busy { get; set; }

    [Parameter]
    public EventCallback OnCreate { get; set; }

    [Parameter]
    public EventCallback<AssignmentRuleRow> OnEdit { get; set; }

    [Parameter]
    public EventCallback<AssignmentRuleRow> OnDelete { get; set; }

    [Parameter]
    public EventCallback<(AssignmentRuleRow Rule, RuleMove Move)> OnMove { get; set; }

    [Parameter]
    public EventCallback<(AssignmentRuleRow Rule, bool Active)> OnToggle { get; set; }

    private static string RowClass(int index) =>
        "d-flex flex-wrap align-center gap-3 px-4 py-3"
        + (index == 0 ? "" : " border-t border-solid mud-border-lines-default");

    private Task OnMoveAsync(AssignmentRuleRow rule, RuleMove move) => OnMove.InvokeAsync((rule, move));

    private Task OnKeyDownAsync(KeyboardEventArgs e, AssignmentRuleRow rule)
    {
        if (!e.AltKey || Busy)
        {
            return Task.CompletedTask;
        }

        return e.Key switch
        {
            "ArrowUp" => OnMoveAsync(rule, RuleMove.Up),
            "ArrowDown" => OnMoveAsync(rule, RuleMove.Down),
            _ => Task.CompletedTask,
        };
    }
}
