namespace Crm.Domain.Leads;

/// <summary>Where a lead stands: new, being worked, qualified (converted) or disqualified.</summary>
public enum LeadStatus
{
    New = 1,
    Working = 2,
    Qualified = 3,
    Disqualified = 4,
}
