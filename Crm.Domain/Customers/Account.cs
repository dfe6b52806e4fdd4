using Crm.Domain.Common;
using Crm.Domain.Leads;

namespace Crm.Domain.Customers;

/// <summary>
/// A customer: a company or an individual person, owned by one user, optionally part of a
/// parent account. Its timeline, contacts, opportunities and tickets hang off its id.
/// </summary>
public sealed class Account : AggregateRoot
{
    public const int MaxTags = 20;

    private Account(Guid id)
        : base(id)
    {
        Name = "";
        NameSortKey = "";
        Region = "";
        Tags = [];
    }

    public string Name { get; private set; }

    /// <summary>Collation key of <see cref="Name"/>; ordering by it gives pinyin order.</summary>
    public string NameSortKey { get; private set; }

    public AccountKind Kind { get; private set; }

    public Industry Industry { get; private set; }

    public AccountTier Tier { get; private set; }

    public string Region { get; private set; }

    public string? Phone { get; private set; }

    public string? Email { get; private set; }

    public string? Website { get; private set; }

    public string? City { get; private set; }

    public string? Address { get; private set; }

    public List<string> Tags { get; private set; }

    public Guid OwnerId { get; private set; }

    /// <summary>
    /// The <see cref="MatchKeys"/> forms of name, phone and email that duplicate checks compare;
    /// "" when there is nothing to compare, null only on rows saved before the keys existed.
    /// </summary>
    public string? CompanyKey { get; private set; }

    public string? PhoneKey { get; private set; }

    public string? EmailKey { get; private set; }

    public Guid? ParentAccountId { get; private set; }

    /// <summary>Creates an account; throws <see cref="DomainException"/> naming the first invalid field.</summary>
    public static Account Create(Guid id, AccountProfile profile, Guid ownerId, DateTime at)
    {
        var account = new Account(id) { OwnerId = Guard.NotEmpty(ownerId, "Owner") };
        account.Apply(profile);
        account.Record(new AccountCreated(id, 1, Clock.Utc(at), ownerId, account.Name));

        return account;
    }

    public void UpdateProfile(AccountProfile profile, DateTime at)
    {
        Apply(profile);
        Record(new AccountChanged(Id, NextVersion, Clock.Utc(at), OwnerId, Name));
    }

    public void AssignOwner(Guid ownerId, DateTime at)
    {
        Guard.NotEmpty(ownerId, "Owner");
        if (ownerId == OwnerId)
        {
            return;
        }

        var previous = OwnerId;
        OwnerId = ownerId;
        Record(new AccountOwnerChanged(Id, NextVersion, Clock.Utc(at), previous, ownerId));
    }

    /// <summary>Sets the parent; an account cannot be its own parent.</summary>
    public void SetParent(Guid? parentAccountId)
    {
        if (parentAccountId == Id)
        {
            throw new DomainException("parent.self", "An account cannot be its own parent.", "Parent");
        }

        ParentAccountId = parentAccountId;
    }

    /// <summary>Replaces the tags: trimmed, de-duplicated ignoring case, at most <see cref="MaxTags"/>.</summary>
    public void SetTags(IEnumerable<string> tags)
    {
        var cleaned = tags
            .Select(t => t.Trim())
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (cleaned.Count > MaxTags || cleaned.Any(t => t.Length > 40))
        {
            throw new DomainException("tags.limit", $"At most {MaxTags} tags of up to 40 characters.", "Tags");
        }

        Tags = cleaned;
    }

    public void Delete(DateTime at)
    {
        MarkDeleted(at);
        Record(new AccountDeleted(Id, NextVersion, Clock.Utc(at), OwnerId));
    }

    public void Restore(DateTime at)
    {
        MarkRestored();
        Record(new AccountChanged(Id, NextVersion, Clock.Utc(at), OwnerId, Name));
    }

    private void Apply(AccountProfile profile)
    {
        Name = Guard.Required(profile.Name, nameof(Name), 200);
        NameSortKey = Common.NameSortKey.For(Name);
        Kind = Enum.IsDefined(profile.Kind) ? profile.Kind : throw Invalid(nameof(Kind));
        Industry = Enum.IsDefined(profile.Industry) ? profile.Industry : throw Invalid(nameof(Industry));
        Tier = Enum.IsDefined(profile.Tier) ? profile.Tier : throw Invalid(nameof(Tier));
        Region = Guard.Optional(profile.Region, nameof(Region), 100) ?? "";
        Phone = Guard.Optional(profile.Phone, nameof(Phone), 40);
        Email = Guard.Email(profile.Email, nameof(Email));
        Website = Guard.Optional(profile.Website, nameof(Website), 200);
        City = Guard.Optional(profile.City, nameof(City), 100);
        Address = Guard.Optional(profile.Address, nameof(Address), 300);
        (CompanyKey, PhoneKey, EmailKey) =
            (MatchKeys.Company(Name), MatchKeys.Phone(Phone), MatchKeys.Email(Email));
    }

    private static DomainException Invalid(string field) =>
        new($"{field}.invalid", $"{field} has an unknown value.", field);
}
