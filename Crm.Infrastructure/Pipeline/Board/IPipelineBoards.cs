namespace Crm.Infrastructure.Pipeline.Board;

/// <summary>
/// Live pipeline boards for the signed-in user. Every board of a pipeline reads one shared
/// snapshot kept current from committed events; each user's feed holds only the cards their
/// opportunity visibility allows (the rule of <see cref="Visibility.IOpportunityVisibility"/>),
/// so no card a user may not see ever reaches their screen. Users whose role works no
/// opportunities get boards without cards.
/// </summary>
public interface IPipelineBoards
{
    /// <summary>
    /// Opens a live feed of the pipeline's board. <paramref name="onChanged"/> is called, on a
    /// background thread, after every change the user may see (a card of someone in their scope
    /// moved, changed, appeared or left; stages or rates changed); it must only schedule work,
    /// never block. Dispose the feed to stop. Throws <see cref="Common.NotFoundException"/> for
    /// an unknown pipeline.
    /// </summary>
    Task<IBoardFeed> OpenAsync(Guid pipelineId, Action onChanged, CancellationToken cancellationToken = default);
}

/// <summary>One user's live view of one pipeline's board.</summary>
public interface IBoardFeed : IDisposable
{
    Guid PipelineId { get; }

    /// <summary>
    /// The newest board as the user may see it, narrowed by <paramref name="criteria"/>, with
    /// per-column totals over exactly the cards returned. Runs in memory (no query); the same
    /// snapshot and criteria return the same instance.
    /// </summary>
    BoardView Read(BoardCriteria criteria);
}
