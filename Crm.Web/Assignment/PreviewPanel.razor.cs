using Crm.Domain.Assignment;
using Crm.Domain.Common;
using Crm.Infrastructure.Assignment;
using Microsoft.AspNetCore.Components;

namespace Crm.Web.Assignment;

/// <summary>
/// "Which rule would take this lead?": the lead's fields, and the engine's answer for them as
/// the admin types. Runs again when <see cref="Stamp"/> changes (the rules were changed). Only
/// the answer to the latest input is shown.
/// </summary>
public sealed partial class PreviewPanel
{
    private readonly Dictionary<string, string?> _values = [];
    private AssignmentPreview? _preview;
    private int _stampShown = -1;
    private int _asked;

    [Inject]
    private IAssignmentEngine Engine { get; set; } = default!;

    [Parameter, EditorRequired]
    public AssignmentChoices Choices { get; set; } = default!;

    [Parameter, EditorRequired]
    public AssignmentWording Wording { get; set; } = default!;

    /// <summary>Changes whenever the rules or the default queue may have changed.</summary>
    [Parameter]
    public int Stamp { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        if (Stamp != _stampShown)
        {
            _stampShown = Stamp;
            await RunAsync();
        }
    }

    private string? ValueOf(string field) => _values.GetValueOrDefault(field);

    // The regions the organization is organised by, so the preview is asked in the rules' words.
    private Task<IEnumerable<string>> SearchRegionsAsync(string? text, CancellationToken cancellationToken) =>
        Task.FromResult(Choices.Regions.Where(r => string.IsNullOrWhiteSpace(text) || r.Contains(text.Trim())));

    private Func<string?, string> LabelFor(string field) =>
        value => value is null ? Text["Preview.NotSet"] : Wording.Value(field, value);

    private Task OnChangedAsync(string field, string? value)
    {
        _values[field] = value;

        return RunAsync();
    }

    private Task OnClearAsync()
    {
        _values.Clear();

        return RunAsync();
    }

    private async Task RunAsync()
    {
        var asked = ++_asked;
        var preview = await Engine.PreviewAsync(new AssignmentSubject(RecordKind.Lead, _values));
        if (asked == _asked)
        {
            _preview = preview;
        }
    }
}
