using Crm.Domain.Activities;

namespace Crm.Infrastructure.Seeding.Vocabulary;

/// <summary>Templates of one language, picked so that calls are the most common kind and visits rare.</summary>
internal sealed class ActivityTemplateSet(IReadOnlyList<ActivityTemplate> templates)
{
    /// <summary>How often each kind is logged, as cumulative weights out of 100.</summary>
    private static readonly (ActivityKind Kind, int UpTo)[] KindWeights =
    [
        (ActivityKind.Call, 30), (ActivityKind.Email, 52), (ActivityKind.WeChat, 72),
        (ActivityKind.Meeting, 82), (ActivityKind.Visit, 90), (ActivityKind.Note, 100),
    ];

    private readonly Dictionary<ActivityKind, ActivityTemplate[]> _byKind =
        templates.GroupBy(t => t.Kind).ToDictionary(g => g.Key, g => g.ToArray());

    public ActivityTemplate Pick(Random random)
    {
        var roll = random.Next(100);
        var kind = KindWeights.First(w => roll < w.UpTo).Kind;

        return _byKind.TryGetValue(kind, out var ofKind) ? random.Pick(ofKind) : random.Pick(templates);
    }
}
