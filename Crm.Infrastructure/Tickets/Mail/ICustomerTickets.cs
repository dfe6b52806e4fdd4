using Crm.Domain.Tickets;
using Crm.Infrastructure.Attachments;

namespace Crm.Infrastructure.Tickets.Mail;

/// <summary>
/// Tickets as customers open and continue them, with nobody signed in: by mail and through the
/// public form. Every new ticket goes through <see cref="TicketIntake"/> (numbered, routed,
/// the lead told when nobody can take it) and is acknowledged by mail after the commit. The
/// customer is matched to a contact (and its account) by the normalized email key; an unknown
/// sender gets a ticket without an account that keeps their name and email. A broken rule
/// raises <see cref="Crm.Domain.Common.DomainException"/> naming the field; nothing is saved then.
/// </summary>
public interface ICustomerTickets
{
    /// <summary>Opens a ticket for the customer and queues its acknowledgement.</summary>
    Task<CustomerTicketResult> OpenAsync(CustomerRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds the customer's message to the ticket (a resolved one reopens, one waiting on the
    /// customer opens again); a closed ticket gets a linked follow-up ticket instead, which is
    /// acknowledged. <see cref="Crm.Infrastructure.Common.NotFoundException"/> for an unknown ticket.
    /// </summary>
    Task<CustomerTicketResult> AddMessageAsync(
        Guid ticketId, CustomerMessage message, CancellationToken cancellationToken = default);
}

/// <summary>Who wrote: an email address and, when given, a name.</summary>
public sealed record CustomerSender(string Email, string? Name = null);

/// <summary>
/// A new request from a customer. <see cref="MailMessageId"/> (a received mail's Message-Id)
/// makes a repeated delivery of the same mail change nothing. <see cref="Attachments"/> are
/// staged files kept with the ticket; <see cref="RefusedFiles"/> are noted in its description.
/// </summary>
public sealed record CustomerRequest(CustomerSender From, string Subject, string? Description, TicketChannel Channel)
{
    public TicketCategory Category { get; init; } = TicketCategory.Question;

    /// <summary>The company the customer named (the public form), kept in the description when unknown.</summary>
    public string? Company { get; init; }

    /// <summary>The language to acknowledge in (zh-CN or en-US); null: guessed from the customer's text.</summary>
    public string? Language { get; init; }

    public string? MailMessageId { get; init; }

    public IReadOnlyList<StagedAttachment> Attachments { get; init; } = [];

    public IReadOnlyList<RefusedFile> RefusedFiles { get; init; } = [];
}

/// <summary>A message from the customer on an existing ticket.</summary>
public sealed record CustomerMessage(CustomerSender From, string Body)
{
    public string? MailMessageId { get; init; }

    public IReadOnlyList<StagedAttachment> Attachments { get; init; } = [];

    public IReadOnlyList<RefusedFile> RefusedFiles { get; init; } = [];
}

/// <summary>A file the customer sent that was not kept, and why (in the attachment store's words).</summary>
public sealed record RefusedFile(string FileName, string Reason);

/// <summary>
/// Where the customer's words went: the ticket (a new one when <see cref="Opened"/>), the
/// conversation entry when it was a message, and whether it was a delivery seen before.
/// </summary>
public sealed record CustomerTicketResult(Guid TicketId, int Number, Guid? MessageId, bool Opened, bool Duplicate = false);
