using Crm.Domain.Common;

namespace Crm.Domain.Sla;

/// <summary>
/// The allowed working time of the two clocks and the at-risk share: a clock is at risk from
/// the moment it has used (100 − <see cref="AtRiskPercent"/>)% of its allowed time (with 20, the
/// last 20%). An <see cref="AtRiskPercent"/> of 0 turns the warning off.
/// </summary>
public sealed record SlaTargets
{
    /// <summary>
    /// Throws <see cref="DomainException"/> naming the field for a target outside
    /// 1..<see cref="SlaPolicy.MaxTargetMinutes"/> or an at-risk share outside 0..99.
    /// </summary>
    public SlaTargets(
        int firstResponseMinutes, int resolutionMinutes, int atRiskPercent = SlaPolicy.DefaultAtRiskPercent)
    {
        FirstResponseMinutes = Check(firstResponseMinutes, nameof(FirstResponseMinutes));
        ResolutionMinutes = Check(resolutionMinutes, nameof(ResolutionMinutes));
        AtRiskPercent = CheckAtRisk(atRiskPercent);
    }

    public int FirstResponseMinutes { get; }

    public int ResolutionMinutes { get; }

    public int AtRiskPercent { get; }

    internal static int Check(int minutes, string field) =>
        minutes is > 0 and <= SlaPolicy.MaxTargetMinutes
            ? minutes
            : throw new DomainException(
                $"{field}.range", $"A target is between 1 and {SlaPolicy.MaxTargetMinutes} working minutes.", field);

    internal static int CheckAtRisk(int percent) =>
        percent is >= 0 and < 100
            ? percent
            : throw new DomainException("AtRiskPercent.range", "The at-risk share is 0–99%.", "AtRiskPercent");
}
