using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Pipeline;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Crm.Web.Pipeline.Admin;

/// <summary>
/// Creates a pipeline with its first open stage and its Won and Lost stages, or renames
/// <see cref="Pipeline"/>; closes with the pipeline as saved. More stages are added on the page.
/// </summary>
public sealed partial class PipelineDialog
{
    private readonly FormErrors _errors = new();
    private string _name = "";
    private string _firstStage = "";
    private string _won = "";
    private string _lost = "";
    private bool _saving;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private IPipelineService Pipelines { get; set; } = default!;

    /// <summary>The pipeline to rename; null creates one.</summary>
    [Parameter]
    public PipelineView? Pipeline { get; set; }

    protected override void OnInitialized()
    {
        _name = Pipeline?.Name ?? "";
        (_firstStage, _won, _lost) = (Text["PipelineDialog.DefaultFirstStage"], Text["PipelineDialog.DefaultWon"],
            Text["PipelineDialog.DefaultLost"]);
    }

    private void OnCancel() => Dialog.Cancel();

    private async Task OnSaveAsync()
    {
        _errors.Clear();
        foreach (var (field, code) in Check())
        {
            _errors.Add(field, Text[$"Error.{code}"]);
        }

        if (_errors.Any || _saving)
        {
            return;
        }

        _saving = true;
        try
        {
            Dialog.Close(DialogResult.Ok(await SaveAsync()));
        }
        catch (DomainException error)
        {
            _errors.Add(error, Text, ["Name"]);
        }
        catch (Exception error) when (error is ConcurrencyConflictException or NotFoundException or ForbiddenException)
        {
            _errors.SetGeneral(Text[error is ConcurrencyConflictException ? "Error.conflict" : "Error.forbidden"]);
        }
        finally
        {
            _saving = false;
        }
    }

    private Task<PipelineView> SaveAsync() => Pipeline is null
        ? Pipelines.CreateAsync(new NewPipeline(
            _name, [new NewStage(_firstStage, 10, ForecastCategory.Pipeline)], _won, _lost))
        : Pipelines.RenameAsync(Pipeline.Id, Pipeline.Version, _name);

    private IEnumerable<(string Field, string Code)> Check()
    {
        if (string.IsNullOrWhiteSpace(_name))
        {
            yield return ("Name", "Name.required");
        }

        if (Pipeline is not null)
        {
            yield break;
        }

        var stages = new[] { ("FirstStage", _firstStage), ("Won", _won), ("Lost", _lost) };
        foreach (var (field, value) in stages)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                yield return (field, "Name.required");
            }
            else if (stages.TakeWhile(s => s.Item1 != field)
                .Any(s => string.Equals(s.Item2.Trim(), value.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                yield return (field, "Name.same-stage");
            }
        }
    }
}
