using Crm.Domain.Assignment;
using Crm.Infrastructure.Assignment;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Crm.Web.Assignment;

/// <summary>The preview's answer: owner or queue, why, who was passed over, and how each rule fared.</summary>
public sealed partial class PreviewOutcome
{
    [Parameter, EditorRequired]
    public AssignmentPreview Preview { get; set; } = default!;

    [Parameter, EditorRequired]
    public AssignmentChoices Choices { get; set; } = default!;

    [Parameter, EditorRequired]
    public AssignmentWording Wording { get; set; } = default!;

    private AssignmentDecision Decision => Preview.Decision;

    private static string Initial(string? name) => string.IsNullOrEmpty(name) ? "?" : name[..1];

    private string StateOf(RuleCheck check) => check switch
    {
        { IsActive: false } => Text[check.Matches ? "Check.OffWouldMatch" : "Check.Off"],
        { Decided: true } => Text["Check.Decided"],
        { Matches: true } => Text["Check.Shadowed"],
        _ => check.Failure is { } failure ? Wording.Failure(failure) : "",
    };

    private static string IconOf(RuleCheck check) => check switch
    {
        { IsActive: false } => Icons.Material.Outlined.PauseCircle,
        { Decided: true } => Icons.Material.Filled.CheckCircle,
        { Matches: true } => Icons.Material.Outlined.CheckCircle,
        _ => Icons.Material.Outlined.Cancel,
    };

    private static Color ColorOf(RuleCheck check) => check switch
    {
        { IsActive: false } => Color.Default,
        { Decided: true } => Color.Success,
        { Matches: true } => Color.Info,
        _ => Color.Secondary,
    };
}
