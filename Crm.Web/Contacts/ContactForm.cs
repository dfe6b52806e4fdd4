using Crm.Domain.Customers;

namespace Crm.Web.Contacts;

/// <summary>What the contact dialog edits; field names match the domain's error fields.</summary>
internal sealed class ContactForm
{
    public static readonly IReadOnlyList<string> Fields = ["Name", "Title", "Phone", "Mobile", "Email", "WeChatId"];

    public string Name { get; set; } = "";

    public string? Title { get; set; }

    public string? Phone { get; set; }

    public string? Mobile { get; set; }

    public string? Email { get; set; }

    public string? WeChatId { get; set; }

    public static ContactForm From(ContactDetails? details) => details is null
        ? new ContactForm()
        : new ContactForm
        {
            Name = details.Name,
            Title = details.Title,
            Phone = details.Phone,
            Mobile = details.Mobile,
            Email = details.Email,
            WeChatId = details.WeChatId,
        };

    public ContactDetails ToDetails() => new(Name, Title, Phone, Mobile, Email, WeChatId);
}
