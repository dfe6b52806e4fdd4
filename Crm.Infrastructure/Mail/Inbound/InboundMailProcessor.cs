using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Infrastructure.Mail.Inbound;

/// <summary>What one round did with the mails it found.</summary>
internal sealed record InboundRound(int Handled, int Duplicates, int Failed, int Rejected)
{
    public int Total => Handled + Duplicates + Failed + Rejected;
}

/// <summary>
/// One polling round: reads each waiting mail, rejects what cannot be read, skips what was
/// handled before, hands the rest to the <see cref="IInboundMailHandler"/> (one DI scope per
/// mail) and records the outcome, so no mail is handed on twice and none is lost.
/// </summary>
internal sealed class InboundMailProcessor(
    IInboundMailSource source, IServiceScopeFactory scopes, IOptions<InboundMailOptions> options,
    ILogger<InboundMailProcessor> logger)
{
    private enum Outcome
    {
        Handled,
        Duplicate,
        Failed,
        Rejected,
    }

    public string Source => source.Description;

    public async Task<InboundRound> ProcessOnceAsync(CancellationToken cancellationToken)
    {
        await using var session = await source.OpenAsync(cancellationToken);
        var pending = await session.ListAsync(options.Value.BatchSize, cancellationToken);
        var outcomes = new List<Outcome>(pending.Count);
        foreach (var mail in pending)
        {
            outcomes.Add(await ProcessAsync(session, mail, cancellationToken));
        }

        return new InboundRound(
            outcomes.Count(o => o == Outcome.Handled), outcomes.Count(o => o == Outcome.Duplicate),
            outcomes.Count(o => o == Outcome.Failed), outcomes.Count(o => o == Outcome.Rejected));
    }

    private async Task<Outcome> ProcessAsync(
        IInboundMailSession session, PendingMail pending, CancellationToken cancellationToken)
    {
        try
        {
            await using var mail = await session.ReadAsync(pending, cancellationToken);
            await using var scope = scopes.CreateAsyncScope();
            var receipts = scope.ServiceProvider.GetRequiredService<InboundMailReceipts>();
            if (await receipts.IsHandledAsync(mail.Key, cancellationToken))
            {
                await session.CompleteAsync(pending, cancellationToken);
                InboundMailLog.Duplicate(logger, mail.Key, pending.Id);
                return Outcome.Duplicate;
            }

            return await HandOnAsync(session, pending, mail, receipts, cancellationToken);
        }
        catch (MalformedMailException ex)
        {
            await RejectAsync(session, pending, ex.Message, cancellationToken);
            return Outcome.Rejected;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            InboundMailLog.StepFailed(logger, pending.Id, ex);
            return Outcome.Failed;
        }
    }

    private async Task<Outcome> HandOnAsync(
        IInboundMailSession session, PendingMail pending, InboundMail mail, InboundMailReceipts receipts,
        CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IInboundMailHandler>().HandleAsync(mail, cancellationToken);
        }
        catch (MalformedMailException ex)
        {
            await receipts.RejectedAsync(mail.Key, ex.Message, cancellationToken);
            await RejectAsync(session, pending, ex.Message, cancellationToken);
            return Outcome.Rejected;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return await FailedAsync(session, pending, mail, receipts, ex, cancellationToken);
        }

        // Recorded before the mail is moved: a crash in between finds it handled next round.
        await receipts.HandledAsync(mail.Key, cancellationToken);
        await session.CompleteAsync(pending, cancellationToken);
        InboundMailLog.Handled(logger, mail.Key, pending.Id);

        return Outcome.Handled;
    }

    private async Task<Outcome> FailedAsync(
        IInboundMailSession session, PendingMail pending, InboundMail mail, InboundMailReceipts receipts,
        Exception error, CancellationToken cancellationToken)
    {
        var max = options.Value.MaxAttempts;
        var attempts = await receipts.FailedAsync(mail.Key, Describe(error), cancellationToken);
        InboundMailLog.HandlerFailed(logger, mail.Key, pending.Id, attempts, max, error);
        if (attempts < max)
        {
            return Outcome.Failed;
        }

        var reason = $"The handler failed {attempts} times (Mail:Inbound:MaxAttempts); last error: {Describe(error)}";
        await receipts.RejectedAsync(mail.Key, reason, cancellationToken);
        await RejectAsync(session, pending, reason, cancellationToken);

        return Outcome.Rejected;
    }

    private async Task RejectAsync(
        IInboundMailSession session, PendingMail pending, string reason, CancellationToken cancellationToken)
    {
        await session.RejectAsync(pending, reason, cancellationToken);
        InboundMailLog.Rejected(logger, pending.Id, reason);
    }

    private static string Describe(Exception error) => $"{error.GetType().Name}: {error.Message}";
}
