namespace Crm.Infrastructure.Mail.Inbound;

/// <summary>
/// Takes in received mail (the ticket side turns it into tickets and replies). Register one
/// implementation, scoped or transient; until one is registered the poller does not run.
/// </summary>
public interface IInboundMailHandler
{
    /// <summary>
    /// Handles one mail, in a DI scope of its own. Returning means handled: the mail is moved
    /// out of the inbox and a mail with the same <see cref="InboundMail.Key"/> is never handed
    /// on again. Throwing <see cref="MalformedMailException"/> rejects the mail at once with
    /// that message as the reason; any other exception leaves it for the next round, and after
    /// <see cref="InboundMailOptions.MaxAttempts"/> failures it is rejected with the last error.
    /// A crash between the handler's success and its recording hands the mail on again, so a
    /// handler that writes should also tolerate seeing the same Message-Id twice. The mail's
    /// attachment files are deleted when the call returns.
    /// </summary>
    Task HandleAsync(InboundMail mail, CancellationToken cancellationToken);
}
