using Crm.Infrastructure.Leads;
using Crm.Web.Assignment;
using Crm.Web.Customers;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Leads;

/// <summary>
/// Who works the lead (an owner, a team's queue, or nobody yet) and why: the deciding rule's
/// reason in the reader's language and whom the rule passed over, or who reassigned it by hand.
/// </summary>
public sealed partial class LeadRoutingCard
{
    private AssignmentWording _wording = default!;

    [Parameter, EditorRequired]
    public LeadRouting Routing { get; set; } = default!;

    [Parameter]
    public bool CanReassign { get; set; }

    [Parameter]
    public EventCallback OnReassign { get; set; }

    [Inject]
    private IStringLocalizer<AssignmentText> AssignmentText { get; set; } = default!;

    [Inject]
    private IStringLocalizer<CustomersText> CustomerText { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    protected override void OnInitialized() => _wording = new AssignmentWording(AssignmentText, CustomerText, Text);

    private string Ago(DateTime at) => RelativeTime.Format(at, Clock.GetUtcNow().UtcDateTime, CustomerText);
}
