using Crm.Domain.Pipeline;

namespace Crm.Infrastructure.Seeding.Opportunities;

/// <summary>One stage an opportunity entered and when (UTC business time).</summary>
internal readonly record struct StageStep(Stage Stage, DateTime At);

/// <summary>
/// The stages an opportunity entered, from its creation on, in order. <see cref="Stalled"/>
/// says an open opportunity stopped moving long ago: its customer went quiet.
/// </summary>
internal sealed record StagePath(IReadOnlyList<StageStep> Steps, bool Stalled)
{
    public StageStep Created => Steps[0];

    public StageStep Last => Steps[^1];

    public bool IsClosed => Last.Stage.IsClosing;
}
