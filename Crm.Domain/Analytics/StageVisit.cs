namespace Crm.Domain.Analytics;

/// <summary>
/// One stay of an opportunity in a stage, from its stage history: entered at
/// <see cref="EnteredAt"/>, left at <see cref="LeftAt"/> (null while it is still there). An
/// opportunity moved back into a stage has a visit for every stay.
/// </summary>
public readonly record struct StageVisit(Guid StageId, DateTime EnteredAt, DateTime? LeftAt);
