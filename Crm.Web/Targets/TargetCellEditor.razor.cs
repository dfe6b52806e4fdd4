using System.Globalization;
using Crm.Domain.Common;
using Crm.Domain.Targets;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Targets;
using Crm.Web.Currencies;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Crm.Web.Targets;

/// <summary>
/// One editable target: type a figure and press Enter (or Tab away) to save it, empty the cell to
/// clear the target, Escape to put back what was saved. A refused figure stays in the cell with
/// the reason under it. Raises <see cref="OnSaved"/> with the cell as saved.
/// </summary>
public sealed partial class TargetCellEditor
{
    private string _text = "";
    private string _savedText = "";
    private string? _error;
    private bool _saving;

    [Inject]
    private ITargetService Targets { get; set; } = default!;

    [Parameter, EditorRequired]
    public string PeriodKey { get; set; } = "";

    [Parameter, EditorRequired]
    public TargetSubject Subject { get; set; }

    [Parameter, EditorRequired]
    public TargetCell Cell { get; set; } = default!;

    /// <summary>The name of the rep or team, for the screen reader's label.</summary>
    [Parameter, EditorRequired]
    public string SubjectName { get; set; } = "";

    [Parameter, EditorRequired]
    public string BaseCurrency { get; set; } = "";

    [Parameter]
    public bool ReadOnly { get; set; }

    [Parameter]
    public EventCallback<TargetCell> OnSaved { get; set; }

    /// <summary>Someone else changed the target first: the page reloads it, the typed figure stays.</summary>
    [Parameter]
    public EventCallback OnStale { get; set; }

    private bool IsAmount => Cell.Measure == TargetMeasure.WonAmount;

    private string Sign => MoneyText.Sign(BaseCurrency).Trim();

    private string Label => $"{SubjectName} · {Text[$"Measure.{Cell.Measure}"]}";

    private string? SetByText => Cell.SetAt is { } at
        ? string.Format(Text["Cell.SetBy"], Cell.SetByName ?? Text["Cell.Someone"], at.ToString("g"))
        : null;

    protected override void OnParametersSet()
    {
        var saved = Display(Cell);
        // A newer figure from elsewhere replaces the cell unless the person has typed in it.
        if (_text == _savedText)
        {
            _text = saved;
        }

        _savedText = saved;
    }

    private void OnTextChanged(string? text)
    {
        _text = text ?? "";
        _error = null;
    }

    private async Task OnKeyDownAsync(KeyboardEventArgs args)
    {
        if (args.Key == "Enter")
        {
            await SaveAsync();
        }
        else if (args.Key == "Escape")
        {
            (_text, _error) = (_savedText, null);
        }
    }

    private Task OnBlurAsync(FocusEventArgs args) => _text == _savedText ? Task.CompletedTask : SaveAsync();

    private async Task SaveAsync()
    {
        if (_saving || ReadOnly || !TryRead(out var value))
        {
            return;
        }

        _saving = true;
        try
        {
            var saved = await Targets.SetAsync(new TargetInput(PeriodKey, Subject, Cell.Measure, value, Cell.Version));
            (_text, _savedText, _error) = (Display(saved), Display(saved), null);
            await OnSaved.InvokeAsync(saved);
        }
        catch (DomainException error)
        {
            var message = Text[$"Error.{error.Code}"];
            _error = message.ResourceNotFound ? error.Message : message.Value;
        }
        catch (ConcurrencyConflictException)
        {
            _error = Text["Error.conflict"];
            await OnStale.InvokeAsync();
        }
        catch (ForbiddenException)
        {
            _error = Text["Error.forbidden"];
        }
        finally
        {
            _saving = false;
        }
    }

    private bool TryRead(out decimal? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(_text))
        {
            return true;
        }

        if (decimal.TryParse(_text.Trim(), NumberStyles.Number, CultureInfo.CurrentCulture, out var figure))
        {
            value = figure;
            return true;
        }

        _error = Text["Error.Value.number"];
        return false;
    }

    private static string Display(TargetCell cell) => cell.Value switch
    {
        null => "",
        { } minor when cell.Measure == TargetMeasure.WonAmount =>
            (minor / 100m).ToString("N2", CultureInfo.CurrentCulture),
        { } count => count.ToString("N0", CultureInfo.CurrentCulture),
    };
}
