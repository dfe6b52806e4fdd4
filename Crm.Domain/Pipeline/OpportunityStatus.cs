namespace Crm.Domain.Pipeline;

/// <summary>Where an opportunity stands, always the outcome of the stage it is in.</summary>
public enum OpportunityStatus
{
    Open = 1,
    Won = 2,
    Lost = 3,
}
