using Crm.Domain.Common;
using Crm.Infrastructure.Assignment;
using Crm.Infrastructure.Common;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Crm.Web.Assignment;

/// <summary>
/// Creates a rule of <see cref="Kind"/>, or edits <see cref="Rule"/>; closes with the rule's name.
/// The service's errors show beside the field they name, conflicts above the form.
/// </summary>
public sealed partial class RuleDialog
{
    private readonly FormErrors _errors = new();
    private RuleForm _form = new();
    private bool _saving;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private IAssignmentRuleService Rules { get; set; } = default!;

    /// <summary>The rule to edit; null creates one.</summary>
    [Parameter]
    public AssignmentRuleRow? Rule { get; set; }

    [Parameter, EditorRequired]
    public RecordKind Kind { get; set; }

    [Parameter, EditorRequired]
    public AssignmentChoices Choices { get; set; } = default!;

    [Parameter, EditorRequired]
    public AssignmentWording Wording { get; set; } = default!;

    protected override void OnInitialized()
    {
        _form = RuleForm.From(Rule);
        if (Rule is null)
        {
            OnAddCondition();
        }
    }

    private string? ErrorFor(string field) => _errors[field];

    private void OnAddCondition()
    {
        var field = Choices.Fields.Count > 0 ? Choices.Fields[0] : null;
        _form.Conditions.Add(new ConditionForm
        {
            Field = field?.Name ?? "",
            Operator = field?.Operators[0] ?? Domain.Assignment.ConditionOperator.EqualTo,
        });
    }

    private void OnRemoveCondition(int index)
    {
        _form.Conditions.RemoveAt(index);
        _errors.Clear();
    }

    private void OnCancel() => Dialog.Cancel();

    private async Task OnSaveAsync()
    {
        _errors.Clear();
        foreach (var (field, code) in _form.Check(Choices.Fields))
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
            var input = _form.ToInput(Choices.Fields);
            if (Rule is null)
            {
                await Rules.CreateAsync(Kind, input);
            }
            else
            {
                await Rules.UpdateAsync(Rule.Id, Rule.Revision, input);
            }

            Dialog.Close(DialogResult.Ok(_form.Name.Trim()));
        }
        catch (DomainException error)
        {
            _errors.Add(error, Text, [.. _form.ErrorFields, "Conditions"]);
        }
        catch (Exception error) when (error is ConcurrencyConflictException or NotFoundException or ForbiddenException)
        {
            _errors.SetGeneral(Text[error switch
            {
                ConcurrencyConflictException => "Error.conflict",
                NotFoundException => "Error.gone",
                _ => "Error.forbidden",
            }]);
        }
        finally
        {
            _saving = false;
        }
    }
}
