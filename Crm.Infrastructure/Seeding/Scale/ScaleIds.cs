namespace Crm.Infrastructure.Seeding.Scale;

/// <summary>
/// Ids of generated records, fixed by their index so that a re-run finds what an earlier run
/// wrote. They grow with the index, in bytes and in the text form SQLite stores, so the
/// primary-key index is appended to rather than split at random places.
/// </summary>
internal static class ScaleIds
{
    /// <summary>Contacts get slots 0–3 under their account's index.</summary>
    public const int ContactSlots = 4;

    private const uint AccountKind = 0x5CA1E001;
    private const uint ContactKind = 0x5CA1E002;
    private const uint ActivityKind = 0x5CA1E003;
    private const uint OpportunityKind = 0x5CA1E004;
    private const uint TicketKind = 0x5CA1E005;

    public static Guid Account(int index) => Make(AccountKind, index);

    public static Guid Contact(int accountIndex, int slot) =>
        Make(ContactKind, ((long)accountIndex * ContactSlots) + slot);

    public static Guid Activity(int index) => Make(ActivityKind, index);

    public static Guid Opportunity(int index) => Make(OpportunityKind, index);

    public static Guid Ticket(int index) => Make(TicketKind, index);

    // Layout xxxxxxxx-0000-8000-8000-iiiiiiiiiiii: a kind, version 8 (custom), RFC variant,
    // and the index as 48 big-endian bits.
    private static Guid Make(uint kind, long index) => new(
        kind, 0, 0x8000, 0x80, 0,
        (byte)(index >> 40), (byte)(index >> 32), (byte)(index >> 24), (byte)(index >> 16), (byte)(index >> 8),
        (byte)index);
}
