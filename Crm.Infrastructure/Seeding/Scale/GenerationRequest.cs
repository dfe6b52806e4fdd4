namespace Crm.Infrastructure.Seeding.Scale;

/// <summary>
/// The totals the scale data generator should reach: generated accounts (each with its
/// contacts), generated activities, generated opportunities (each with its stage history) and generated
/// tickets (each with its conversation and status history).
/// Totals, not increments: asking again for the same numbers writes nothing.
/// </summary>
internal sealed record GenerationRequest(
    int Accounts, int Activities, int BatchSize = GenerationRequest.DefaultBatchSize, int Opportunities = 0,
    int Tickets = 0)
{
    public const int DefaultBatchSize = 5_000;

    /// <summary>The first problem with the request, naming the option at fault; null when it is valid.</summary>
    public string? Problem() => this switch
    {
        { Accounts: < 0 } => "--accounts must be zero or more.",
        { Activities: < 0 } => "--activities must be zero or more.",
        { Opportunities: < 0 } => "--opportunities must be zero or more.",
        { Tickets: < 0 } => "--tickets must be zero or more.",
        { BatchSize: < 1 or > 100_000 } => "--batch-size must be between 1 and 100000.",
        { Activities: > 0, Accounts: 0 } => "--activities needs --accounts above zero: activities belong to accounts.",
        { Opportunities: > 0, Accounts: 0 } =>
            "--opportunities needs --accounts above zero: opportunities belong to accounts.",
        { Tickets: > 0, Accounts: 0 } => "--tickets needs --accounts above zero: tickets belong to accounts.",
        _ => null,
    };
}
