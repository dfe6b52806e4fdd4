using Crm.Infrastructure.Pipeline;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Pipeline.Opportunities.Editing;

/// <summary>One field as the user typed it in a form, ready to show.</summary>
public sealed record TypedChange(string Field, string Value);

/// <summary>
/// Shown when a save was refused because someone saved first: what they changed (field, old →
/// new, who, when) beside what this user typed, the fields both changed marked. It must be
/// answered: reload (discard mine, show theirs) or re-apply (save my fields on top of theirs).
/// Closes with a <see cref="ConflictChoice"/>.
/// </summary>
public sealed partial class ConflictDialog
{
    private ChangeValueText? _values;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    /// <summary>Their saved changes, oldest first.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<OpportunityFieldChange> Theirs { get; set; } = [];

    [Parameter, EditorRequired]
    public IReadOnlyList<TypedChange> Yours { get; set; } = [];

    /// <summary>The opportunity's currency as saved now, after their changes.</summary>
    [Parameter, EditorRequired]
    public string Currency { get; set; } = "";

    [Inject]
    private UserTimeZone Zone { get; set; } = default!;

    [Inject]
    private IStringLocalizer<OpportunityText> Text { get; set; } = default!;

    private ChangeValueText Values => _values ??= new ChangeValueText(Text);

    private string Title
    {
        get
        {
            var names = Theirs.Select(c => c.ChangedByName).OfType<string>().Distinct().ToList();

            return names.Count == 0
                ? Text["Conflict.TitleSomeone"]
                : string.Format(Text["Conflict.Title"], string.Join(Text["List.Separator"], names));
        }
    }

    private IReadOnlyList<string> BothChanged =>
        [.. Yours.Select(y => y.Field).Where(f => Theirs.Any(t => t.Field == f))];

    private string OverlapNames => string.Join(Text["List.Separator"], BothChanged.Select(Values.Field));

    // An amount reads in the currency it was in right after a save: the old value of the next
    // currency change, or today's currency when none came after.
    private string CurrencyAt(int version) =>
        Theirs.FirstOrDefault(t => t.Field == "Currency" && t.Version > version)?.OldValue ?? Currency;

    private string Who(OpportunityFieldChange change) =>
        string.Format(
            Text["Conflict.Who"], change.ChangedByName ?? Text["Conflict.Someone"],
            DateText.Format(Zone.ToLocal(change.ChangedAt), Text));

    private void OnReload() => Dialog.Close(DialogResult.Ok(ConflictChoice.Reload));

    private void OnReapply() => Dialog.Close(DialogResult.Ok(ConflictChoice.Reapply));
}
