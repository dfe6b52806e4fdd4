namespace Crm.Infrastructure.Seeding.Scale;

internal enum GenerationStage
{
    Accounts,
    Activities,
    Opportunities,
    Tickets,
}

/// <summary>
/// Where the generator is: <paramref name="Done"/> of <paramref name="Target"/> records of the
/// stage exist (earlier runs included), and the rows written by this run so far.
/// </summary>
internal sealed record GenerationProgress(
    GenerationStage Stage, int Done, int Target, long RowsWritten, TimeSpan Elapsed)
{
    public double RowsPerSecond => Elapsed > TimeSpan.Zero ? RowsWritten / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// What one run wrote (a resumed run counts only its own rows) and how fast. History rows are
/// the opportunities' stage history entries.
/// </summary>
internal sealed record GenerationResult(
    int AccountsWritten, int ContactsWritten, int ActivitiesWritten, int OpportunitiesWritten, long HistoryRowsWritten,
    TimeSpan Elapsed)
{
    /// <summary>Generated tickets this run wrote, and their conversation and status history rows.</summary>
    public int TicketsWritten { get; init; }

    public long TicketRowsWritten { get; init; }

    public long RowsWritten =>
        (long)AccountsWritten + ContactsWritten + ActivitiesWritten + OpportunitiesWritten + HistoryRowsWritten
        + TicketsWritten + TicketRowsWritten;

    public double RowsPerSecond => Elapsed > TimeSpan.Zero ? RowsWritten / Elapsed.TotalSeconds : 0;
}
