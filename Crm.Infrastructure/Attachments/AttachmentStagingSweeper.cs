using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Infrastructure.Attachments;

/// <summary>
/// Deletes uploads that were never attached (a reply abandoned, a browser closed mid-upload)
/// once they are older than <see cref="AttachmentOptions.StagingLifetime"/>: at start and then
/// every hour. The scheduled-jobs work may move this into Quartz.
/// </summary>
internal sealed class AttachmentStagingSweeper(
    IAttachmentStore store, IOptions<AttachmentOptions> options, TimeProvider clock,
    ILogger<AttachmentStagingSweeper> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            Sweep();
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private void Sweep()
    {
        try
        {
            var count = store.SweepStaging(clock.GetUtcNow().UtcDateTime - options.Value.StagingLifetime);
            if (count > 0)
            {
                AttachmentsLog.Swept(logger, count);
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            AttachmentsLog.SweepFailed(logger, error);
        }
    }
}
