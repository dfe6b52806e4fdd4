namespace Crm.Domain.Pipeline;

/// <summary>What reaching a stage means for an opportunity: still being worked, won or lost.</summary>
public enum StageOutcome
{
    Open = 1,
    Won = 2,
    Lost = 3,
}
