using System.Collections.Immutable;
using Crm.Domain.Activities;
using Crm.Domain.Forecasting;

namespace Crm.Infrastructure.Displays.Boards;

/// <summary>
/// The live sales boards wall displays show: one immutable <see cref="SalesBoard"/> per scope,
/// built from the in-memory opportunity facts (and targets, activities, names) and rebuilt,
/// bursts coalesced, when a committed change touches it. No user is involved: the scope is the
/// display's, and the board holds only that scope's records.
/// </summary>
public interface ISalesBoards
{
    /// <summary>
    /// Holds the board of <paramref name="scope"/>, building it first if no screen holds it yet.
    /// <paramref name="onChanged"/> runs on a background thread after every newer board and must
    /// only schedule work. An unknown team or pipeline is <see cref="Common.NotFoundException"/>.
    /// </summary>
    Task<IBoardWatch<SalesBoard>> WatchAsync(
        SalesBoardScope scope, Action onChanged, CancellationToken cancellationToken = default);
}

/// <summary>A sales team (null: every sales team), optionally one pipeline, over the current period.</summary>
public sealed record SalesBoardScope(Guid? TeamId, Guid? PipelineId, PeriodKind Period);

/// <summary>
/// One state of a sales board. Amounts are minor units of <see cref="BaseCurrency"/>;
/// <see cref="UpdatedAt"/> (UTC) is when this state was built.
/// </summary>
public sealed record SalesBoard(
    SalesBoardScope Scope,
    FiscalPeriod Period,
    string BaseCurrency,
    ImmutableArray<LeaderboardRow> Leaders,
    ImmutableArray<FunnelStage> Funnel,
    TargetPace Target,
    TeamForecast Forecast,
    ImmutableArray<RepActivities> ActivitiesToday,
    ImmutableArray<SalesMoment> Feed,
    DateTime UpdatedAt);

/// <summary>A rep's standing in the period: won amount and count, and their target (null: none set).</summary>
public sealed record LeaderboardRow(Guid RepId, string RepName, long WonBase, int WonCount, long? TargetBase);

/// <summary>An open stage of the pipeline, in pipeline order, with what sits in it now.</summary>
public sealed record FunnelStage(Guid StageId, string Name, int Count, long AmountBase);

/// <summary>
/// Won so far against the target (null: none set), and <see cref="ExpectedShare"/>, the share
/// of the period's working days already gone (0 to 1): where the pace says won should be.
/// </summary>
public sealed record TargetPace(long WonBase, long? TargetBase, decimal ExpectedShare);

/// <summary>The period's forecast: won, plus the open amounts expected to close in it by category.</summary>
public sealed record TeamForecast(
    long WonBase, long CommitBase, long BestCaseBase, long PipelineBase, long? TargetBase);

/// <summary>Activities a rep logged today, by kind.</summary>
public sealed record RepActivities(Guid RepId, string RepName, ImmutableDictionary<ActivityKind, int> ByKind)
{
    public int Total => ByKind.Values.Sum();
}

/// <summary>What happened to an opportunity, for the live feed.</summary>
public enum SalesMomentKind
{
    Won = 1,
    Lost = 2,
    StageMoved = 3,
    Created = 4,
}

/// <summary>One line of the live feed, newest first on the board; <see cref="At"/> is UTC.</summary>
public sealed record SalesMoment(
    Guid OpportunityId,
    int Version,
    SalesMomentKind Kind,
    string OpportunityName,
    string AccountName,
    string RepName,
    string? StageName,
    long? AmountBase,
    DateTime At);
