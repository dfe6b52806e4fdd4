using Crm.Domain.Tickets;
using Crm.Infrastructure.Tickets.Mail;

namespace Crm.Web.Tickets.PublicForm;

/// <summary>
/// What a customer types into the public ticket form, by the names the form posts (<c>name</c>,
/// <c>email</c>, <c>company</c>, <c>subject</c>, <c>description</c>, <c>category</c>; the
/// honeypot <c>website</c>), checked into a <see cref="CustomerRequest"/> or field errors.
/// </summary>
public sealed class TicketForm
{
    /// <summary>Left empty by people; bots fill in every field they find.</summary>
    public const string Honeypot = "website";

    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Company { get; set; }

    public string? Subject { get; set; }

    public string? Description { get; set; }

    public string? Category { get; set; }

    public string? Website { get; set; }

    /// <summary>The categories a customer may choose, by their posted names.</summary>
    public static IReadOnlyList<TicketCategory> Categories { get; } =
        [TicketCategory.Question, TicketCategory.Problem, TicketCategory.Request, TicketCategory.Complaint,
            TicketCategory.Feedback];

    /// <summary>
    /// The errors by posted field name, as codes of <c>TicketFormText</c> ("email.required");
    /// empty when the form may be stored.
    /// </summary>
    public Dictionary<string, string> Check()
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        Require(errors, "email", Email, 254);
        if (!errors.ContainsKey("email") && !IsEmail(Email!.Trim()))
        {
            errors["email"] = "email.invalid";
        }

        Require(errors, "subject", Subject, Ticket.MaxSubjectLength);
        Require(errors, "description", Description, Ticket.MaxDescriptionLength);
        Limit(errors, "name", Name, 100);
        Limit(errors, "company", Company, 200);
        if (CategoryOf() is null)
        {
            errors["category"] = "category.unknown";
        }

        return errors;
    }

    /// <summary>The request to open; call only when <see cref="Check"/> found nothing.</summary>
    public CustomerRequest ToRequest(string language) => new(
        new CustomerSender(Email!.Trim(), Blank(Name)), Subject!.Trim(), Description!.Trim(), TicketChannel.WebForm)
    {
        Category = CategoryOf() ?? TicketCategory.Question,
        Company = Blank(Company),
        Language = language,
    };

    private TicketCategory? CategoryOf()
    {
        var text = Category?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return TicketCategory.Question;
        }

        return !char.IsAsciiDigit(text[0]) && Enum.TryParse<TicketCategory>(text, ignoreCase: true, out var value)
            && Categories.Contains(value)
                ? value
                : null;
    }

    private static void Require(Dictionary<string, string> errors, string field, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = $"{field}.required";
            return;
        }

        Limit(errors, field, value, max);
    }

    private static void Limit(Dictionary<string, string> errors, string field, string? value, int max)
    {
        if (value is not null && value.Trim().Length > max)
        {
            errors[field] = $"{field}.too-long";
        }
    }

    private static bool IsEmail(string value) =>
        System.Net.Mail.MailAddress.TryCreate(value, out var parsed) && parsed.Address == value
        && value.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && value.IndexOf('.', at) > at + 1;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
