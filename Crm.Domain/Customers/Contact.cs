using Crm.Domain.Common;
using Crm.Domain.Leads;

namespace Crm.Domain.Customers;

/// <summary>A person at an account whom the team talks to.</summary>
public sealed class Contact : AggregateRoot
{
    private Contact(Guid id, Guid accountId)
        : base(id)
    {
        AccountId = Guard.NotEmpty(accountId, "Account");
        Name = "";
        NameSortKey = "";
    }

    public Guid AccountId { get; private set; }

    public string Name { get; private set; }

    public string NameSortKey { get; private set; }

    public string? Title { get; private set; }

    public string? Phone { get; private set; }

    public string? Mobile { get; private set; }

    public string? Email { get; private set; }

    public string? WeChatId { get; private set; }

    public bool IsPrimary { get; private set; }

    /// <summary>
    /// The <see cref="MatchKeys"/> forms of email, phone and mobile that duplicate checks compare;
    /// "" when there is nothing to compare, null only on rows saved before the keys existed.
    /// </summary>
    public string? EmailKey { get; private set; }

    public string? PhoneKey { get; private set; }

    public string? MobileKey { get; private set; }

    public static Contact Create(Guid id, Guid accountId, ContactDetails details, DateTime at)
    {
        var contact = new Contact(id, accountId);
        contact.Apply(details);
        contact.Record(new ContactChanged(id, 1, Clock.Utc(at), accountId));

        return contact;
    }

    public void Update(ContactDetails details, DateTime at)
    {
        Apply(details);
        Record(new ContactChanged(Id, NextVersion, Clock.Utc(at), AccountId));
    }

    public void MarkPrimary(bool isPrimary) => IsPrimary = isPrimary;

    public void Delete(DateTime at)
    {
        MarkDeleted(at);
        Record(new ContactChanged(Id, NextVersion, Clock.Utc(at), AccountId));
    }

    public void Restore(DateTime at)
    {
        MarkRestored();
        Record(new ContactChanged(Id, NextVersion, Clock.Utc(at), AccountId));
    }

    private void Apply(ContactDetails details)
    {
        Name = Guard.Required(details.Name, nameof(Name), 100);
        NameSortKey = Common.NameSortKey.For(Name);
        Title = Guard.Optional(details.Title, nameof(Title), 100);
        Phone = Guard.Optional(details.Phone, nameof(Phone), 40);
        Mobile = Guard.Optional(details.Mobile, nameof(Mobile), 40);
        Email = Guard.Email(details.Email, nameof(Email));
        WeChatId = Guard.Optional(details.WeChatId, nameof(WeChatId), 60);
        (EmailKey, PhoneKey, MobileKey) =
            (MatchKeys.Email(Email), MatchKeys.Phone(Phone), MatchKeys.Phone(Mobile));
    }
}

public sealed record ContactChanged(Guid AggregateId, int Version, DateTime OccurredAt, Guid AccountId)
    : IDomainEvent;
