using Crm.Infrastructure;
using Crm.Infrastructure.Persistence;
using Crm.Web;
using Crm.Web.CommandLine;
using Crm.Web.Common;

// Verbs such as `generate` run instead of the web host and exit with their own code.
if (await CommandLineVerbs.TryRunAsync(args) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddRepositorySettings(builder.Environment);
builder.WebHost.UseStaticWebAssets();

builder.Services.AddCrmInfrastructure(builder.Configuration);
builder.Services.AddCrmWeb();

var app = builder.Build();

try
{
    await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
}
catch (DatabaseUnreachableException)
{
    // The initializer has logged the provider and server; starting without a database helps nobody.
    // Disposing flushes the console log, whose writer thread would otherwise die with the process.
    await app.DisposeAsync();
    return 1;
}

app.UseCrmPipeline();
await app.RunAsync();

return 0;

public partial class Program;
