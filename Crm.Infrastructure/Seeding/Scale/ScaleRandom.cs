namespace Crm.Infrastructure.Seeding.Scale;

/// <summary>
/// A random source per record: seeded from the record's index and a stream name, so the
/// same index always gets the same content, whichever run writes it and in whichever batch.
/// </summary>
internal static class ScaleRandom
{
    public const int AccountShape = 1;
    public const int AccountDetails = 2;
    public const int ActivityDetails = 3;
    public const int OpportunityDetails = 4;
    public const int OpportunityTiming = 5;
    public const int TicketDetails = 6;
    public const int DemoOpportunityDetails = 10;
    public const int DemoOpportunityTiming = 11;
    public const int DemoRenewalDetails = 12;
    public const int DemoRenewalTiming = 13;

    // The seeded Random algorithm is frozen for compatibility, so seeds give the same
    // sequence on every .NET version.
    public static Random For(int stream, long index) => new(Seed(stream, index));

    private static int Seed(int stream, long index)
    {
        // SplitMix64 finaliser: nearby indexes get unrelated seeds.
        var z = ((ulong)index * 0x9E3779B97F4A7C15UL) ^ ((ulong)stream << 56);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;

        return (int)((z ^ (z >> 31)) & int.MaxValue);
    }
}
