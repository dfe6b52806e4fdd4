using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Leads;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Leads;

/// <summary>
/// Enters or edits a lead. Every rule is checked as the user saves and shown next to its field;
/// existing look-alikes are shown while the user types. Closes with the saved lead's id.
/// </summary>
public sealed partial class LeadEditDialog
{
    private static readonly LeadTextField[] ContactFields =
    [
        new("PersonName", 6, 100, InputType.Text, f => f.PersonName, (f, v) => f.PersonName = v),
        new("Company", 6, 200, InputType.Text, f => f.Company, (f, v) => f.Company = v),
        new("Title", 6, 100, InputType.Text, f => f.Title, (f, v) => f.Title = v),
        new("Phone", 6, 40, InputType.Telephone, f => f.Phone, (f, v) => f.Phone = v),
        new("Email", 6, 254, InputType.Email, f => f.Email, (f, v) => f.Email = v),
        new("WeChatId", 6, 60, InputType.Text, f => f.WeChatId, (f, v) => f.WeChatId = v),
    ];

    private static readonly LeadTextField RegionField =
        new("Region", 6, 100, InputType.Text, f => f.Region, (f, v) => f.Region = v);

    private static readonly LeadTextField InterestField = new(
        "ProductInterest", 12, Domain.Leads.LeadProfile.MaxProductInterestLength, InputType.Text,
        f => f.ProductInterest, (f, v) => f.ProductInterest = v);

    private static readonly LeadTextField NotesField = new(
        "Notes", 12, Domain.Leads.LeadProfile.MaxNotesLength, InputType.Text, f => f.Notes, (f, v) => f.Notes = v,
        Lines: 3);

    private static readonly string[] FormFields =
    [
        .. ContactFields.Select(f => f.Name), RegionField.Name, InterestField.Name, NotesField.Name, "Source",
        "Industry", "CompanySize",
    ];

    private readonly FormErrors _errors = new();
    private LeadForm _form = new();
    private int _version;
    private bool _conflict;
    private bool _loading = true;
    private bool _saving;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    /// <summary>The lead to edit; null enters a new one.</summary>
    [Parameter]
    public Guid? LeadId { get; set; }

    /// <summary>The regions offered for the lead's region: those the assignment rules know.</summary>
    [Parameter]
    public IReadOnlyList<string> Regions { get; set; } = [];

    [Inject]
    private ILeadService Leads { get; set; } = default!;

    [Inject]
    private IStringLocalizer<LeadText> Text { get; set; } = default!;

    [Inject]
    private IStringLocalizer<Customers.CustomersText> CustomerText { get; set; } = default!;

    private DuplicateProbe Probe => new(_form.Email, _form.Phone, _form.Company, LeadId);

    protected override async Task OnInitializedAsync()
    {
        try
        {
            await LoadFormAsync();
        }
        catch (NotFoundException)
        {
            _errors.SetGeneral(Text["Error.LeadGone"]);
        }
        finally
        {
            _loading = false;
        }
    }

    private async Task LoadFormAsync()
    {
        if (LeadId is { } id)
        {
            var lead = await Leads.GetAsync(id);
            (_form, _version) = (LeadForm.From(lead), lead.Version);
        }
    }

    private async Task OnKeyDownAsync(KeyboardEventArgs args)
    {
        // Only the one-line fields listen: Enter in the notes starts a new line.
        if (args is { Key: "Enter", ShiftKey: false } && !_saving)
        {
            await OnSaveClickedAsync();
        }
    }

    private async Task OnSaveClickedAsync()
    {
        if (_saving || !CheckFields())
        {
            return;
        }

        _saving = true;
        try
        {
            var id = await SaveAsync();
            Dialog.Close(DialogResult.Ok(id));
        }
        catch (Exception ex) when (Explain(ex))
        {
        }
        finally
        {
            _saving = false;
        }
    }

    // Closes with the lead's id after an edit, with the new lead and where it went after an entry.
    private async Task<object> SaveAsync()
    {
        if (LeadId is { } id)
        {
            await Leads.UpdateAsync(id, _version, _form.ToInput());
            return id;
        }

        return await Leads.CreateAsync(_form.ToInput());
    }

    // The known regions first, so a lead is filed under a region as the rules spell it; any other text stays.
    private Task<IEnumerable<string>> SearchRegionsAsync(string? text, CancellationToken cancellationToken) =>
        Task.FromResult(Regions.Where(r => string.IsNullOrWhiteSpace(text) || r.Contains(text.Trim())));

    // The same rules the server applies, all at once, so the user fixes every field in one go.
    private bool CheckFields()
    {
        _conflict = false;
        _errors.Clear();
        foreach (var problem in _form.ToInput().Profile.Problems())
        {
            _errors.Add(problem, Text, FormFields);
        }

        return !_errors.Any;
    }

    // Turns a refusal into words next to the field (or above the form); the input stays as typed.
    private bool Explain(Exception error)
    {
        _errors.Clear();
        switch (error)
        {
            case DomainException domain:
                _errors.Add(domain, Text, FormFields);
                return true;
            case ConcurrencyConflictException:
                _conflict = true;
                return true;
            case ForbiddenException:
                _errors.SetGeneral(Text["Error.Forbidden"]);
                return true;
            case NotFoundException:
                _errors.SetGeneral(Text["Error.LeadGone"]);
                return true;
            default:
                return false;
        }
    }

    private async Task OnReloadClickedAsync()
    {
        (_conflict, _loading) = (false, true);
        _errors.Clear();
        await LoadFormAsync();
        _loading = false;
    }

    private void OnCancelClicked() => Dialog.Cancel();

    private sealed record LeadTextField(
        string Name, int Width, int MaxLength, InputType Type, Func<LeadForm, string?> Get,
        Action<LeadForm, string?> Set, int Lines = 1);
}
