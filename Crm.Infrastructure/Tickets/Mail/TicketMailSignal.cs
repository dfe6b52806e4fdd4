using System.Threading.Channels;

namespace Crm.Infrastructure.Tickets.Mail;

/// <summary>Nudges the ticket mail sender after a commit that queued mail, so it goes out at once.</summary>
internal sealed class TicketMailSignal
{
    private readonly Channel<bool> _nudges = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _nudges.Writer.TryWrite(true);

    /// <summary>Waits for a nudge or until <paramref name="timeout"/> passes.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await _nudges.Reader.ReadAsync(timer.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The poll interval passed without a nudge: look anyway.
        }
    }
}
