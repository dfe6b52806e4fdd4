using Microsoft.Extensions.DependencyInjection;

namespace Crm.Benchmarks;

/// <summary>What one timed run returns: the rows it got and the total the grid would show.</summary>
internal readonly record struct CaseResult(int Rows, int Total);

/// <summary>One query the benchmark times, as a grid or the search box would send it.</summary>
internal sealed record GridCase(
    string Area, string Name, Func<CaseContext, CancellationToken, Task<CaseResult>> RunAsync)
{
    public string Title => $"{Area}: {Name}";
}

/// <summary>What a case runs with: the services and the personas it may refer to.</summary>
internal sealed record CaseContext(IServiceProvider Services, Persona Actor, IReadOnlyDictionary<string, Guid> UserIds)
{
    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();
}
