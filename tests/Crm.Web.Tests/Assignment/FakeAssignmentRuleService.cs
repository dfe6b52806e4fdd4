using Crm.Domain.Assignment;
using Crm.Domain.Common;
using Crm.Domain.Teams;
using Crm.Infrastructure.Assignment;

namespace Crm.Web.Tests.Assignment;

/// <summary>Rules and choices held in memory; records what the page asked for.</summary>
public sealed class FakeAssignmentRuleService : IAssignmentRuleService
{
    public static readonly Guid EastTeam = Guid.NewGuid();
    public static readonly Guid Marketing = Guid.NewGuid();
    public static readonly Guid ZhangWei = Guid.NewGuid();

    public List<AssignmentRuleRow> Rules { get; } = [];

    public List<(Guid RuleId, RuleMove Move)> Moves { get; } = [];

    public List<AssignmentRuleInput> Created { get; } = [];

    public List<(Guid RuleId, int Revision, AssignmentRuleInput Input)> Updated { get; } = [];

    public Exception? FailNextSave { get; set; }

    public AssignmentChoices Choices { get; set; } = new(
        [new AssignmentUserChoice(ZhangWei, "张伟", EastTeam, "华东", true, Availability.Available)],
        [
            new AssignmentTeamChoice(EastTeam, "华东销售一组", TeamKind.Sales, "陈立", 5),
            new AssignmentTeamChoice(Marketing, "市场与运营部", TeamKind.Sales, "韩雪", 3),
        ],
        AssignmentFields.For(RecordKind.Lead),
        Marketing,
        ["华东", "华南"]);

    public static AssignmentRuleRow Row(
        string name, AssignmentStrategy strategy, bool active = true, params AssignmentCondition[] conditions) =>
        new(Guid.NewGuid(), 1, RecordKind.Lead, 0, name, active, conditions, strategy, null,
            strategy.TeamId ?? Marketing);

    public Task<IReadOnlyList<AssignmentRuleRow>> ListAsync(
        RecordKind kind, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<AssignmentRuleRow>>(Rules.ToList());

    public Task<AssignmentChoices> ChoicesAsync(RecordKind kind, CancellationToken cancellationToken = default) =>
        Task.FromResult(Choices);

    public Task<Guid> CreateAsync(
        RecordKind kind, AssignmentRuleInput input, CancellationToken cancellationToken = default)
    {
        ThrowIfFailing();
        Created.Add(input);

        return Task.FromResult(Guid.NewGuid());
    }

    public Task UpdateAsync(
        Guid ruleId, int expectedRevision, AssignmentRuleInput input, CancellationToken cancellationToken = default)
    {
        ThrowIfFailing();
        Updated.Add((ruleId, expectedRevision, input));

        return Task.CompletedTask;
    }

    public Task MoveAsync(Guid ruleId, RuleMove move, CancellationToken cancellationToken = default)
    {
        Moves.Add((ruleId, move));

        return Task.CompletedTask;
    }

    public Task SetActiveAsync(Guid ruleId, bool active, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    public Task DeleteAsync(Guid ruleId, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task SetDefaultQueueAsync(Guid teamId, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    private void ThrowIfFailing()
    {
        if (FailNextSave is { } failure)
        {
            FailNextSave = null;
            throw failure;
        }
    }
}

/// <summary>Answers every preview with <see cref="Next"/> and keeps the subjects it was asked about.</summary>
public sealed class FakeAssignmentEngine : IAssignmentEngine
{
    public List<AssignmentSubject> Asked { get; } = [];

    public AssignmentPreview Next { get; set; } = new(Unrouted(), []);

    public Task<AssignmentDecision> DecideAsync(
        Infrastructure.Persistence.CrmDbContext db, AssignmentSubject subject,
        CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Components only preview.");

    public Task<AssignmentPreview> PreviewAsync(
        AssignmentSubject subject, CancellationToken cancellationToken = default)
    {
        Asked.Add(subject);

        return Task.FromResult(Next);
    }

    public static AssignmentDecision Assigned(string rule, Guid ownerId, string owner, string team) =>
        new(AssignmentOutcome.Assigned, ownerId, owner, null, null, null, new DecidingRule(Guid.NewGuid(), rule),
            StrategyKind.RoundRobin, AssignmentReasons.Create(AssignmentReasons.RoundRobin, owner, team), [], ownerId);

    private static AssignmentDecision Unrouted() =>
        new(AssignmentOutcome.Unrouted, null, null, null, null, null, null, null,
            AssignmentReasons.Create(AssignmentReasons.NoQueue), [], null);
}
