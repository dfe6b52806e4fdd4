using Crm.Benchmarks;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// Not a test: timings depend on the machine, so they are printed, never asserted.
if (args.FirstOrDefault() == "board")
{
    return await Crm.Benchmarks.Board.BoardBenchmark.RunAsync(args[1..]);
}

if (args.Contains("--help"))
{
    Console.WriteLine(BenchmarkOptions.Usage);
    return 0;
}

var options = BenchmarkOptions.Parse(args);
var user = new SwitchableUser();
await using var services = BenchmarkHost.Build(options, user);
var cancellation = CancellationToken.None;

var personas = new List<Persona>();
await using (var scope = services.CreateAsyncScope())
{
    await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CrmDbContext>>()
        .CreateDbContextAsync(cancellation);
    foreach (var key in options.Personas.Union(["rep"]))
    {
        personas.Add(await Persona.LoadAsync(db, key, cancellation));
    }
}

var userIds = personas.ToDictionary(p => p.Key, p => p.Actor.UserId);
var cases = GridCases.All()
    .Where(c => options.Only is null || c.Title.Contains(options.Only, StringComparison.OrdinalIgnoreCase))
    .ToList();
var table = new ResultTable(options.Personas);
var runner = new CaseRunner(options);
foreach (var persona in personas.Where(p => options.Personas.Contains(p.Key)))
{
    user.Current = persona.Actor;
    await using var scope = services.CreateAsyncScope();
    var context = new CaseContext(scope.ServiceProvider, persona, userIds);
    foreach (var gridCase in cases)
    {
        var stats = await runner.MeasureAsync(gridCase, context, cancellation);
        table.Add(gridCase, persona.Key, stats);
        Console.WriteLine(ResultTable.Line(gridCase, persona.Key, stats));
    }
}

if (options.MarkdownPath is { } path)
{
    await File.WriteAllTextAsync(path, table.ToMarkdown(), cancellation);
    Console.WriteLine($"Markdown written to {path}");
}

return 0;
