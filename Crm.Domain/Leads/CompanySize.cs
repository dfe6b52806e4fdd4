namespace Crm.Domain.Leads;

/// <summary>The company's head count, in the bands sales qualifies by.</summary>
public enum CompanySize
{
    Unknown = 0,
    From1To10 = 1,
    From11To50 = 2,
    From51To200 = 3,
    From201To1000 = 4,
    From1001To5000 = 5,
    Over5000 = 6,
}
