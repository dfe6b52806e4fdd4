using Crm.Domain.Assignment;
using Crm.Domain.Common;
using Crm.Domain.Teams;

namespace Crm.Domain.Tests.Assignment;

/// <summary>
/// Builds the engine's input one team, user and rule at a time. Users get ids in the order they
/// are added, so that order is the order they take turns in.
/// </summary>
internal sealed class AssignmentScenario
{
    public static readonly DateTime At = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private readonly List<AssignmentRule> _rules = [];
    private readonly List<AssignmentCandidate> _users = [];
    private readonly List<AssignmentTeam> _teams = [];
    private int _nextId;

    public Guid? DefaultQueueTeamId { get; set; }

    public IReadOnlyList<AssignmentRule> Rules => _rules;

    public AssignmentTeam Team(string name, Guid? managerId = null, TeamKind kind = TeamKind.Sales)
    {
        var team = new AssignmentTeam(NextId(), name, kind, managerId);
        _teams.Add(team);

        return team;
    }

    public AssignmentCandidate User(
        string name, AssignmentTeam team, string region = "", Availability availability = Availability.Available,
        int open = 0, int capacity = 30, bool active = true)
    {
        var user = new AssignmentCandidate(NextId(), name, team.Id, active, availability, capacity, open, region);
        _users.Add(user);

        return user;
    }

    public void Remove(AssignmentCandidate user) => _users.Remove(user);

    public AssignmentRule Rule(
        string name, AssignmentStrategy strategy, Guid? fallbackQueueTeamId = null,
        params AssignmentCondition[] conditions)
    {
        var definition = new AssignmentRuleDefinition(name, conditions, strategy, fallbackQueueTeamId);
        var rule = AssignmentRule.Create(NextId(), RecordKind.Lead, _rules.Count, definition, At);
        _rules.Add(rule);

        return rule;
    }

    public AssignmentEvaluation Evaluate(params (string Field, string Value)[] fields) =>
        AssignmentEngine.Evaluate(Input(fields));

    public AssignmentDecision Decide(params (string Field, string Value)[] fields) =>
        AssignmentEngine.Decide(Input(fields));

    /// <summary>Decides and moves the deciding rule's cursor as the caller's save would.</summary>
    public AssignmentDecision DecideAndAdvance(params (string Field, string Value)[] fields)
    {
        var decision = Decide(fields);
        if (decision is { Rule: { } decided, NextCursor: { } cursor })
        {
            _rules.Single(r => r.Id == decided.Id).Advance(cursor);
        }

        return decision;
    }

    public static AssignmentCondition When(string field, ConditionOperator op, params string[] values) =>
        new(field, op, values);

    public static AssignmentSubject Lead(params (string Field, string Value)[] fields) =>
        new(RecordKind.Lead, fields.ToDictionary(f => f.Field, f => (string?)f.Value));

    private AssignmentInput Input((string Field, string Value)[] fields) =>
        new(_rules, Lead(fields), _users, _teams, DefaultQueueTeamId);

    // Ids that sort in the order they are handed out.
    private Guid NextId() => new($"00000000-0000-0000-0000-{++_nextId:D12}");
}
