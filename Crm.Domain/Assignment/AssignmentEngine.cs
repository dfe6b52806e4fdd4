namespace Crm.Domain.Assignment;

/// <summary>
/// Decides who gets a new record. A pure function of its input: no clock, no randomness, no
/// I/O, so every decision can be reproduced from what it was given.
/// </summary>
/// <remarks>
/// Active rules of the subject's kind are tried by position (then id); the first whose
/// conditions all hold decides. Its strategy considers users and passes over those inactive,
/// on leave, away or at capacity. When it finds nobody, the record waits in the rule's queue
/// and that team's manager is to be told. When no rule matches, it waits in the default queue.
/// Team members take turns in the order of their user ids, starting after the rule's cursor.
/// </remarks>
public static class AssignmentEngine
{
    public static AssignmentEvaluation Evaluate(AssignmentInput input)
    {
        var checks = new List<RuleCheck>();
        AssignmentRule? deciding = null;
        foreach (var rule in InOrder(input.Rules, input.Subject))
        {
            var failure = rule.FirstFailure(input.Subject);
            var decides = deciding is null && rule.IsActive && failure is null;
            deciding = decides ? rule : deciding;
            checks.Add(new RuleCheck(rule.Id, rule.Name, rule.IsActive, failure is null, decides, failure));
        }

        var decision = deciding is null ? NoRuleMatched(input) : new StrategyRun(deciding, input).Decide();

        return new AssignmentEvaluation(decision, checks);
    }

    public static AssignmentDecision Decide(AssignmentInput input) => Evaluate(input).Decision;

    /// <summary>The rule that would decide for <paramref name="subject"/>, or null when none matches.</summary>
    public static AssignmentRule? DecidingRule(IEnumerable<AssignmentRule> rules, AssignmentSubject subject) =>
        InOrder(rules, subject).FirstOrDefault(r => r.IsActive && r.FirstFailure(subject) is null);

    internal static AssignmentDecision Queued(
        AssignmentInput input, Guid? queueTeamId, DecidingRule? rule, StrategyKind? strategy,
        IReadOnlyList<SkippedUser> skipped, string code, params string[] extra)
    {
        var queue = input.Teams.FirstOrDefault(t => t.Id == queueTeamId)
            ?? input.Teams.FirstOrDefault(t => t.Id == input.DefaultQueueTeamId);
        if (queue is null)
        {
            return new AssignmentDecision(
                AssignmentOutcome.Unrouted, null, null, null, null, null, rule, strategy,
                AssignmentReasons.Create(AssignmentReasons.NoQueue), skipped, null);
        }

        return new AssignmentDecision(
            AssignmentOutcome.Queued, null, null, queue.Id, queue.Name, queue.ManagerId, rule, strategy,
            AssignmentReasons.Create(code, [queue.Name, .. extra]), skipped, null);
    }

    private static IEnumerable<AssignmentRule> InOrder(IEnumerable<AssignmentRule> rules, AssignmentSubject subject) =>
        rules.Where(r => r.Kind == subject.Kind && !r.IsDeleted).OrderBy(r => r.Position).ThenBy(r => r.Id);

    private static AssignmentDecision NoRuleMatched(AssignmentInput input) =>
        Queued(input, input.DefaultQueueTeamId, null, null, [], AssignmentReasons.NoRuleMatched);
}
