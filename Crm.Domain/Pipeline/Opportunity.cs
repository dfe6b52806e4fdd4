using Crm.Domain.Common;

namespace Crm.Domain.Pipeline;

/// <summary>
/// A possible sale to an account, owned by one user, moving through the stages of one
/// pipeline. Its <see cref="Status"/> is always the outcome of its stage. Every stage it
/// enters, from its creation on, leaves a <see cref="StageChange"/> saved with the move.
/// Business moments (<c>at</c>) are data: a seeder or an import passes the real historic
/// moments, in order, and gets exact history and time-in-stage figures.
/// </summary>
public sealed partial class Opportunity : AggregateRoot
{
    public const int MaxNameLength = 200;
    public const int MaxNextStepLength = 200;
    public const int MaxCompetitors = 10;
    public const int MaxCompetitorLength = 100;

    private readonly List<StageChange> _stageChanges = [];

    private Opportunity(Guid id)
        : base(id)
    {
        Name = "";
        NameSortKey = "";
        Currency = "";
        Competitors = [];
    }

    public string Name { get; private set; }

    /// <summary>Collation key of <see cref="Name"/>; ordering by it gives pinyin order.</summary>
    public string NameSortKey { get; private set; }

    public Guid AccountId { get; private set; }

    public Guid? PrimaryContactId { get; private set; }

    public Guid OwnerId { get; private set; }

    public Guid PipelineId { get; private set; }

    public Guid StageId { get; private set; }

    /// <summary>When the opportunity entered its current stage (UTC business time).</summary>
    public DateTime StageEnteredAt { get; private set; }

    /// <summary>How many stage history entries it has; the newest one's <see cref="StageChange.Sequence"/>.</summary>
    public int StageChangeCount { get; private set; }

    public OpportunityStatus Status { get; private set; }

    public DateOnly ExpectedCloseDate { get; private set; }

    /// <summary>A probability chosen for this opportunity; null means its stage's default applies.</summary>
    public int? ProbabilityOverride { get; private set; }

    public string? NextStep { get; private set; }

    public List<string> Competitors { get; private set; }

    /// <summary>The lead this opportunity was converted from, if any.</summary>
    public Guid? SourceLeadId { get; private set; }

    /// <summary>Why it was won or lost; null while open.</summary>
    public string? CloseReason { get; private set; }

    /// <summary>The day it was won or lost; null while open.</summary>
    public DateOnly? ClosedOn { get; private set; }

    public bool IsClosed => Status != OpportunityStatus.Open;

    /// <summary>
    /// Stage history entries recorded since this instance was created or loaded; they are saved
    /// with it. History is append-only and is not loaded with the opportunity: read it by query.
    /// </summary>
    public IReadOnlyList<StageChange> RecordedStageChanges => _stageChanges;

    /// <summary>
    /// Creates an opportunity in an active open <paramref name="stage"/> of its pipeline, with a
    /// manual amount, and writes the first history entry (no previous stage) at
    /// <paramref name="at"/>. Throws <see cref="DomainException"/> naming the first invalid field.
    /// </summary>
    public static Opportunity Create(
        Guid id, OpportunityDetails details, Guid accountId, Guid ownerId, Stage stage, Money amount,
        Guid createdById, DateTime at, Guid? sourceLeadId = null)
    {
        var when = Clock.Utc(at);
        var opportunity = new Opportunity(id)
        {
            AccountId = Guard.NotEmpty(accountId, "Account"),
            OwnerId = Guard.NotEmpty(ownerId, "Owner"),
            PipelineId = stage.PipelineId,
            SourceLeadId = sourceLeadId,
            AmountMode = AmountMode.Manual,
        };
        opportunity.Apply(details);
        opportunity.ApplyAmount(amount);
        opportunity.Enter(EnsureStartStage(stage), Guard.NotEmpty(createdById, "CreatedBy"), when);
        opportunity.Record(new OpportunityCreated(
            id, 1, when, opportunity.PipelineId, stage.Id, ownerId, accountId, amount.MinorUnits, amount.Currency));

        return opportunity;
    }

    /// <summary>Replaces name, primary contact, expected close date, next step and competitors.</summary>
    public void UpdateDetails(OpportunityDetails details, DateTime at)
    {
        var before = (Name, PrimaryContactId, ExpectedCloseDate, NextStep, Competitors: string.Join('\n', Competitors));
        Apply(details);
        if (before != (Name, PrimaryContactId, ExpectedCloseDate, NextStep, string.Join('\n', Competitors)))
        {
            Changed(at);
        }
    }

    public void ChangeOwner(Guid ownerId, DateTime at)
    {
        Guard.NotEmpty(ownerId, "Owner");
        if (ownerId == OwnerId)
        {
            return;
        }

        var previous = OwnerId;
        OwnerId = ownerId;
        Record(new OpportunityOwnerChanged(Id, NextVersion, Clock.Utc(at), PipelineId, previous, ownerId));
    }

    /// <summary>
    /// Sets a probability of its own (0–100) instead of the stage default. Closed opportunities
    /// are 100% (won) or 0% (lost) and refuse an override.
    /// </summary>
    public void OverrideProbability(int percent, DateTime at)
    {
        if (IsClosed)
        {
            throw new DomainException(
                "Probability.closed", "A closed opportunity's probability follows its outcome.", "Probability");
        }

        if (ProbabilityOverride != Probability.Require(percent))
        {
            ProbabilityOverride = percent;
            Changed(at);
        }
    }

    /// <summary>Goes back to the stage's default probability.</summary>
    public void ClearProbabilityOverride(DateTime at)
    {
        if (ProbabilityOverride is not null)
        {
            ProbabilityOverride = null;
            Changed(at);
        }
    }

    /// <summary>The override if set, else the default of <paramref name="currentStage"/> (its stage).</summary>
    public int EffectiveProbability(Stage currentStage) =>
        currentStage.Id == StageId
            ? Probability.Effective(ProbabilityOverride, currentStage.DefaultProbability)
            : throw new ArgumentException("Pass the opportunity's current stage.", nameof(currentStage));

    /// <summary>Amount × effective probability, rounded as <see cref="Probability.Weigh(Money, int)"/> says.</summary>
    public Money WeightedAmount(Stage currentStage) => Probability.Weigh(Amount, EffectiveProbability(currentStage));

    public void Delete(DateTime at)
    {
        MarkDeleted(at);
        Record(new OpportunityDeleted(Id, NextVersion, Clock.Utc(at), PipelineId, StageId, OwnerId));
    }

    public void Restore(DateTime at)
    {
        MarkRestored();
        Changed(at);
    }

    private void Apply(OpportunityDetails details)
    {
        Name = Guard.Required(details.Name, nameof(Name), MaxNameLength);
        NameSortKey = Common.NameSortKey.For(Name);
        PrimaryContactId = details.PrimaryContactId;
        ExpectedCloseDate = details.ExpectedCloseDate != default
            ? details.ExpectedCloseDate
            : throw new DomainException(
                "ExpectedCloseDate.required", "The expected close date is required.", nameof(ExpectedCloseDate));
        NextStep = Guard.Optional(details.NextStep, nameof(NextStep), MaxNextStepLength);
        Competitors = CleanCompetitors(details.Competitors ?? []);
    }

    private static List<string> CleanCompetitors(IEnumerable<string> names)
    {
        var cleaned = names.Select(n => n.Trim()).Where(n => n.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (cleaned.Count > MaxCompetitors || cleaned.Any(n => n.Length > MaxCompetitorLength))
        {
            throw new DomainException(
                "Competitors.limit",
                $"At most {MaxCompetitors} competitors of up to {MaxCompetitorLength} characters.", "Competitors");
        }

        return cleaned;
    }

    private void Changed(DateTime at) =>
        Record(new OpportunityChanged(
            Id, NextVersion, Clock.Utc(at), PipelineId, StageId, OwnerId, AccountId, AmountMinorUnits, Currency));
}
