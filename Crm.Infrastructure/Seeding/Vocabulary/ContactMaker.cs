using Crm.Domain.Customers;

namespace Crm.Infrastructure.Seeding.Vocabulary;

internal static class ContactMaker
{
    /// <summary>
    /// A contact at a company in <paramref name="city"/>: a Chinese name (mostly English at
    /// foreign companies), a title, a mobile, often a landline and a WeChat id, and a company email.
    /// </summary>
    public static ContactDetails Details(City city, string domain, bool isEnglish, Random random)
    {
        var english = isEnglish && random.Chance(0.7);
        var person = english ? PersonNames.English(random) : PersonNames.Chinese(random);
        var title = random.Pick(english ? ContactTitles.English : ContactTitles.Chinese);
        var landline = random.Chance(0.5) ? Cities.LandlineIn(city, random) : null;
        var weChat = !english || random.Chance(0.3) ? Phones.WeChatId(person, random) : null;

        return new ContactDetails(
            person.Name, title, landline, Phones.Mobile(random), $"{person.Handle}@{domain}", weChat);
    }
}
