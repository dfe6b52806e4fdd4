using Crm.Domain.Customers;
using Crm.Infrastructure.Seeding.Vocabulary;

namespace Crm.Infrastructure.Seeding.Demo;

internal static class DemoContacts
{
    /// <summary>1–4 contacts for a company (2 most often); the first is the primary contact.</summary>
    public static List<Contact> For(
        Account account, City city, string domain, bool isEnglish, int accountIndex, Random random, DateTime at)
    {
        var count = random.Next(100) switch
        {
            < 30 => 1,
            < 65 => 2,
            < 90 => 3,
            _ => 4,
        };
        var contacts = new List<Contact>(count);
        for (var slot = 0; slot < count; slot++)
        {
            var contact = Contact.Create(
                DeterministicGuid.From("demo:contact", $"{accountIndex}/{slot}"), account.Id,
                ContactMaker.Details(city, domain, isEnglish, random), at);
            contact.MarkPrimary(slot == 0);
            contacts.Add(contact);
        }

        return contacts;
    }
}
