using Crm.Domain.Activities;
using Crm.Domain.Customers;
using Crm.Infrastructure.Seeding.Vocabulary;

namespace Crm.Infrastructure.Seeding.Scale;

/// <summary>Builds the generated record of an index; the same index always gives the same record.</summary>
internal sealed class ScaleRows(IReadOnlyList<Guid> owners, DateTime nowUtc)
{
    /// <summary>The account of <paramref name="index"/> followed by its contacts.</summary>
    public (Account Account, List<Contact> Contacts) Account(int index)
    {
        var shape = AccountShape.Of(index);
        var random = ScaleRandom.For(ScaleRandom.AccountDetails, index);
        var city = random.Pick(Cities.All);
        var createdAt = SeedCalendar.PastWorkMoment(nowUtc.AddDays(-SeedCalendar.HistoryDays), 730, random);
        var (profile, domain) = shape.IsPerson ? PersonProfile(city, random) : CompanyProfile(city, shape, random);

        var account = Domain.Customers.Account.Create(
            ScaleIds.Account(index), profile, shape.OwnerFrom(owners), createdAt);
        account.SetTags(AccountTags.For(account, shape.IsEnglish, random));
        account.ClearDomainEvents();
        var contacts = new List<Contact>(shape.Contacts);
        for (var slot = 0; slot < shape.Contacts; slot++)
        {
            var contact = Contact.Create(ScaleIds.Contact(index, slot), account.Id,
                ContactMaker.Details(city, domain, shape.IsEnglish, random), createdAt);
            contact.MarkPrimary(slot == 0);
            contact.ClearDomainEvents();
            contacts.Add(contact);
        }

        return (account, contacts);
    }

    /// <summary>Activity <paramref name="index"/>, on the account of <paramref name="accountIndex"/>.</summary>
    public Activity Activity(int index, int accountIndex, AccountShape shape)
    {
        var random = ScaleRandom.For(ScaleRandom.ActivityDetails, index);
        var template = (shape.IsEnglish ? ActivityTexts.English : ActivityTexts.Chinese).Pick(random);
        var about = shape.IsEnglish ? "the customer" : "客户";
        var product = random.Pick(shape.IsEnglish ? ContactTitles.EnglishProducts : ContactTitles.Products);
        var occurredAt = SeedCalendar.PastWorkMoment(nowUtc, SeedCalendar.HistoryDays, random);
        var entry = new ActivityEntry(
            template.Kind, template.Direction, occurredAt, ActivityTexts.DurationOf(template.Kind, random),
            random.Pick(template.Outcomes), ActivityTexts.Fill(template.Subject, about, product, random),
            ActivityTexts.Fill(template.Body, about, product, random));
        Guid? contactId = shape.Contacts > 0 && random.Chance(0.85)
            ? ScaleIds.Contact(accountIndex, random.Next(shape.Contacts))
            : null;
        var loggedBy = random.Chance(0.85) ? shape.OwnerFrom(owners) : random.Pick(owners);

        var activity = Domain.Activities.Activity.Log(
            ScaleIds.Activity(index), ScaleIds.Account(accountIndex), contactId, null, entry, loggedBy, nowUtc);
        activity.ClearDomainEvents();

        return activity;
    }

    private static (AccountProfile Profile, string Domain) CompanyProfile(City city, AccountShape shape, Random random)
    {
        var name = shape.IsEnglish ? CompanyNames.English(random) : CompanyNames.Chinese(city, random);
        var tier = random.Next(100) switch
        {
            < 5 => AccountTier.Strategic,
            < 25 => AccountTier.Key,
            _ => AccountTier.Standard,
        };
        var profile = new AccountProfile(
            name.Name, AccountKind.Company, name.Industry, tier, city.Region, Cities.LandlineIn(city, random),
            $"info@{name.Domain}", $"https://www.{name.Domain}", city.Name, Cities.AddressIn(city, random));

        return (profile, name.Domain);
    }

    private static (AccountProfile Profile, string Domain) PersonProfile(City city, Random random)
    {
        var person = PersonNames.Chinese(random);
        var profile = new AccountProfile(
            person.Name, AccountKind.Person, Industry.Other, AccountTier.Standard, city.Region, Phones.Mobile(random),
            Phones.PersonalEmail(person, random), null, city.Name, null);

        return (profile, "");
    }
}
