using Crm.Infrastructure.Seeding.Scale;

namespace Crm.Infrastructure.Tests.Seeding;

/// <summary>Records progress reports as they come, on the reporting thread.</summary>
internal sealed class ProgressLog : IProgress<GenerationProgress>
{
    public List<GenerationProgress> Reports { get; } = [];

    public void Report(GenerationProgress value) => Reports.Add(value);
}
