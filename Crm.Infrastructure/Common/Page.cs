namespace Crm.Infrastructure.Common;

/// <summary>One page of a server-side list and the total the filters match.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int TotalCount);
