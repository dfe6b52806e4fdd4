using Crm.Infrastructure.Mail.Inbound;

namespace Crm.Infrastructure.Tests.Mail.Inbound;

/// <summary>Records what it is handed; fails the first calls when told to, or throws what it is given.</summary>
internal sealed class FakeMailHandler : IInboundMailHandler
{
    private readonly TaskCompletionSource _called = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public List<(string Key, string Subject, string ReplyText)> Handled { get; } = [];

    public int Calls { get; private set; }

    /// <summary>How many calls throw before one succeeds.</summary>
    public int FailFirst { get; set; }

    /// <summary>When set, every call throws this instead of succeeding.</summary>
    public Exception? Throws { get; set; }

    /// <summary>Completes on the first call.</summary>
    public Task Called => _called.Task;

    public Task HandleAsync(InboundMail mail, CancellationToken cancellationToken)
    {
        Calls++;
        try
        {
            if (Throws is not null)
            {
                throw Throws;
            }

            if (Calls <= FailFirst)
            {
                throw new InvalidOperationException($"The ticket store is down (call {Calls}).");
            }

            Handled.Add((mail.Key, mail.Subject, mail.ReplyText));

            return Task.CompletedTask;
        }
        finally
        {
            _called.TrySetResult();
        }
    }
}
