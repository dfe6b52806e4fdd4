namespace Crm.Domain.Leads;

/// <summary>Why a lead was disqualified; <see cref="Other"/> needs a note saying what.</summary>
public enum DisqualificationReason
{
    NoNeed = 1,
    NoBudget = 2,
    Unreachable = 3,
    LostToCompetitor = 4,
    Duplicate = 5,
    Invalid = 6,
    Other = 7,
}
