namespace Crm.Infrastructure.Tickets.Mail;

/// <summary>Settings of section <c>Tickets:Mail</c>: where customers' new tickets go and how mail to them is sent.</summary>
public sealed class TicketMailOptions
{
    public const string Section = "Tickets:Mail";

    /// <summary>
    /// The name of the queue that tickets opened by mail and the public form wait in; empty or
    /// unknown: the first active queue by name.
    /// </summary>
    public string IntakeQueue { get; set; } = "";

    /// <summary>Seconds between two looks for ticket mail still to send, besides the nudge after each commit.</summary>
    public int SendPollSeconds { get; set; } = 15;

    /// <summary>Tries per mail before it is left unsent with its last error (1 minute, doubling up to 1 hour apart).</summary>
    public int MaxSendAttempts { get; set; } = 10;
}
