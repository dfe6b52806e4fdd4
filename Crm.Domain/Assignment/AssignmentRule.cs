using Crm.Domain.Common;

namespace Crm.Domain.Assignment;

/// <summary>
/// One rule of the ordered list that decides who gets a new record of <see cref="Kind"/>: when
/// all its conditions hold (a rule without conditions catches everything), its strategy picks
/// the owner; when the strategy finds nobody, the record waits in <see cref="QueueTeamId"/>.
/// Lower <see cref="Position"/>s are tried first and the first matching active rule decides.
/// </summary>
/// <remarks>
/// <see cref="AggregateRoot.Version"/> moves with every save, including each assignment that
/// advances the round-robin cursor, so it guards the cursor. <see cref="Revision"/> moves only
/// when an administrator changes the rule, so an edit form checks that instead.
/// </remarks>
public sealed class AssignmentRule : AggregateRoot
{
    public const int NameMaxLength = 100;

    private List<AssignmentCondition> _conditions = [];

    private AssignmentRule(Guid id)
        : base(id)
    {
        Name = "";
        Strategy = AssignmentStrategy.TerritoryOwner();
    }

    public RecordKind Kind { get; private set; }

    public string Name { get; private set; }

    /// <summary>Place in the kind's list; the engine tries rules by position, then by id.</summary>
    public int Position { get; private set; }

    /// <summary>Inactive rules stay in the list but are skipped.</summary>
    public bool IsActive { get; private set; }

    /// <summary>All must hold (AND); empty matches every record.</summary>
    public IReadOnlyList<AssignmentCondition> Conditions => _conditions;

    public AssignmentStrategy Strategy { get; private set; }

    /// <summary>The queue chosen on the rule; null means the strategy's team.</summary>
    public Guid? FallbackQueueTeamId { get; private set; }

    /// <summary>Where records go when the strategy finds nobody: the fallback queue, else the strategy team.</summary>
    public Guid QueueTeamId => FallbackQueueTeamId ?? Strategy.TeamId ?? Guid.Empty;

    /// <summary>The round-robin cursor: the user this rule assigned last; turns continue after them.</summary>
    public Guid? LastAssignedUserId { get; private set; }

    /// <summary>1 when created, plus one for every change an administrator makes.</summary>
    public int Revision { get; private set; }

    /// <summary>
    /// A new active rule. Throws <see cref="DomainException"/> naming the field at fault: Name,
    /// Conditions[i].Field/Operator/Values, StrategyUser, StrategyTeam or FallbackQueue (needed
    /// when the strategy has no team of its own).
    /// </summary>
    public static AssignmentRule Create(
        Guid id, RecordKind kind, int position, AssignmentRuleDefinition definition, DateTime at)
    {
        if (!AssignmentFields.Supports(kind))
        {
            throw new DomainException("Kind.unsupported", $"Records of kind {kind} are not assigned by rules.", "Kind");
        }

        var rule = new AssignmentRule(id) { Kind = kind, Position = Math.Max(0, position), IsActive = true };
        rule.Apply(definition);
        rule.Revised(at);

        return rule;
    }

    /// <summary>Replaces name, conditions, strategy and fallback queue, checked as in <see cref="Create"/>.</summary>
    public void Redefine(AssignmentRuleDefinition definition, DateTime at)
    {
        Apply(definition);
        Revised(at);
    }

    public void MoveTo(int position, DateTime at)
    {
        if (position == Position)
        {
            return;
        }

        Position = Math.Max(0, position);
        Revised(at);
    }

    public void Activate(DateTime at) => SetActive(true, at);

    public void Deactivate(DateTime at) => SetActive(false, at);

    public void Delete(DateTime at)
    {
        MarkDeleted(at);
        Revised(at);
    }

    /// <summary>
    /// Moves the cursor to the user this rule has just assigned. Bookkeeping of the engine, not
    /// an administrator's change: no event, same <see cref="Revision"/>.
    /// </summary>
    public void Advance(Guid assignedUserId) => LastAssignedUserId = Guard.NotEmpty(assignedUserId, "User");

    /// <summary>The first condition the record fails, in order; null when all hold.</summary>
    public ConditionFailure? FirstFailure(AssignmentSubject subject)
    {
        for (var index = 0; index < Conditions.Count; index++)
        {
            var condition = Conditions[index];
            var field = AssignmentFields.Find(Kind, condition.Field) ?? AssignmentField.TextNamed(condition.Field);
            var actual = subject[condition.Field];
            if (!condition.Holds(actual, field))
            {
                return new ConditionFailure(index, condition, actual);
            }
        }

        return null;
    }

    private void Apply(AssignmentRuleDefinition definition)
    {
        var name = Guard.Required(definition.Name, nameof(Name), NameMaxLength);
        var conditions = ConditionRules.Clean(Kind, definition.Conditions ?? []);
        var strategy = definition.Strategy
            ?? throw new DomainException("Strategy.invalid", "Choose how the rule picks an owner.", "Strategy");
        var fallback = definition.FallbackQueueTeamId == Guid.Empty ? null : definition.FallbackQueueTeamId;
        if (fallback is null && strategy.TeamId is null)
        {
            throw new DomainException(
                "FallbackQueue.required", "Choose the queue for records nobody can take.", "FallbackQueue");
        }

        (Name, _conditions, Strategy, FallbackQueueTeamId) = (name, conditions, strategy, fallback);
    }

    private void SetActive(bool active, DateTime at)
    {
        if (IsActive == active)
        {
            return;
        }

        IsActive = active;
        Revised(at);
    }

    private void Revised(DateTime at)
    {
        Revision++;
        Record(new AssignmentRuleChanged(Id, NextVersion, Clock.Utc(at), Kind, Revision));
    }
}

/// <summary>What an administrator sets on a rule. A null or empty fallback queue means the strategy's team.</summary>
public sealed record AssignmentRuleDefinition(
    string Name,
    IReadOnlyList<AssignmentCondition> Conditions,
    AssignmentStrategy Strategy,
    Guid? FallbackQueueTeamId = null);

/// <summary>
/// The condition at <see cref="Index"/> did not hold; <see cref="Actual"/> is the record's value (null: none).
/// </summary>
public sealed record ConditionFailure(int Index, AssignmentCondition Condition, string? Actual);

/// <summary>An administrator created, changed, moved, switched or deleted a rule of <see cref="Kind"/>.</summary>
public sealed record AssignmentRuleChanged(
    Guid AggregateId, int Version, DateTime OccurredAt, RecordKind Kind, int Revision) : IDomainEvent;
