using System.Globalization;
using Crm.Infrastructure.Seeding.Scale;

namespace Crm.Web.CommandLine;

/// <summary>
/// One progress line, rewritten in place on a terminal; on redirected output a line at most
/// every few seconds and at the end of each stage, so logs stay readable.
/// </summary>
internal sealed class ConsoleProgress(TextWriter output, bool interactive) : IProgress<GenerationProgress>
{
    private static readonly TimeSpan RedirectedInterval = TimeSpan.FromSeconds(5);

    private TimeSpan? _lastWritten;

    public void Report(GenerationProgress value)
    {
        var stageDone = value.Done >= value.Target;
        if (!interactive && !stageDone && value.Elapsed - _lastWritten < RedirectedInterval)
        {
            return;
        }

        _lastWritten = value.Elapsed;
        var percent = value.Target == 0 ? 100 : 100.0 * value.Done / value.Target;
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"{value.Stage,-13} {value.Done,12:N0} / {value.Target:N0} ({percent,5:F1}%)  "
            + $"{value.RowsWritten:N0} rows, {value.RowsPerSecond:N0} rows/s, {value.Elapsed:hh\\:mm\\:ss}");
        if (interactive)
        {
            output.Write(stageDone ? $"\r{line}\n" : $"\r{line}");
        }
        else
        {
            output.WriteLine(line);
        }
    }
}
