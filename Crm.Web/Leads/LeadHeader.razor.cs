using Crm.Domain.Customers;
using Crm.Domain.Leads;
using Crm.Infrastructure.Leads;
using Microsoft.AspNetCore.Components;

namespace Crm.Web.Leads;

/// <summary>The lead's name, status and source, with the actions the reader may take on it.</summary>
public sealed partial class LeadHeader
{
    [Parameter, EditorRequired]
    public LeadView Lead { get; set; } = default!;

    /// <summary>The lead waits in a queue and the reader may take it.</summary>
    [Parameter]
    public bool CanTake { get; set; }

    [Parameter]
    public bool Busy { get; set; }

    [Parameter]
    public EventCallback OnEdit { get; set; }

    [Parameter]
    public EventCallback OnTake { get; set; }

    [Parameter]
    public EventCallback OnStartWorking { get; set; }

    [Parameter]
    public EventCallback OnDisqualify { get; set; }

    [Parameter]
    public EventCallback OnReopen { get; set; }

    [Parameter]
    public EventCallback OnConvert { get; set; }

    // A lead in a queue is taken first; the new account belongs to its owner.
    private bool CanConvert =>
        Lead.Status is LeadStatus.New or LeadStatus.Working && Lead.Routing.OwnerId is not null;

    private AccountKind InitialKind => Lead.Profile.PersonName is null
        ? AccountKind.Company
        : AccountKind.Person;
}
