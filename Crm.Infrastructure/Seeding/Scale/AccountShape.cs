namespace Crm.Infrastructure.Seeding.Scale;

/// <summary>
/// What activities need to know about a generated account without building it: whether it is
/// a person, whether its history is in English, how many contacts it has and who owns it.
/// </summary>
internal readonly record struct AccountShape(bool IsPerson, bool IsEnglish, int Contacts, int OwnerSlot)
{
    public static AccountShape Of(int accountIndex)
    {
        var random = ScaleRandom.For(ScaleRandom.AccountShape, accountIndex);
        var isPerson = random.Chance(0.12);
        var isEnglish = !isPerson && random.Chance(0.08);
        var contacts = isPerson ? 0 : random.Next(1, ScaleIds.ContactSlots);

        return new AccountShape(isPerson, isEnglish, contacts, random.Next(int.MaxValue));
    }

    public Guid OwnerFrom(IReadOnlyList<Guid> owners) => owners[OwnerSlot % owners.Count];
}
