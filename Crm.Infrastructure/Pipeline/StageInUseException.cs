namespace Crm.Infrastructure.Pipeline;

/// <summary>
/// A stage cannot be retired while open opportunities are in it; <see cref="OpenCount"/> says
/// how many, so the message can tell the admin what to move first. Nothing was changed.
/// </summary>
public sealed class StageInUseException(Guid stageId, string stageName, int openCount)
    : Exception($"{openCount} open opportunities are still in the stage '{stageName}'; move them before retiring it.")
{
    public Guid StageId { get; } = stageId;

    public string StageName { get; } = stageName;

    public int OpenCount { get; } = openCount;
}
