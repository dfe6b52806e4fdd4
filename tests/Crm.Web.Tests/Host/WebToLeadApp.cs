using System.Globalization;
using System.Net.Http.Json;
using Crm.Domain.Assignment;
using Crm.Domain.Leads;
using Crm.Domain.Teams;
using Crm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Web.Tests.Host;

/// <summary>
/// The real host with one sales team whose queue takes the leads no rule matches (there are no
/// rules), web-to-lead open to
/// <see cref="AllowedOrigin"/> and a rate limit high enough not to get in the way (or as given).
/// </summary>
public sealed class WebToLeadApp : IAsyncLifetime
{
    public const string AllowedOrigin = "https://www.huachen.example";

    private readonly CrmWebFactory _root = new();
    private WebApplicationFactory<Program> _app = default!;

    public WebToLeadApp()
        : this(1000)
    {
    }

    internal WebToLeadApp(int permitLimit) => PermitLimit = permitLimit;

    public int PermitLimit { get; }

    public Guid SalesTeamId { get; private set; }

    public async ValueTask InitializeAsync()
    {
        _app = _root.WithWebHostBuilder(host => host
            .UseSetting("Leads:WebToLead:PermitLimit", PermitLimit.ToString(CultureInfo.InvariantCulture))
            .UseSetting("Leads:WebToLead:AllowedOrigins:0", AllowedOrigin));
        var team = new Team(Guid.CreateVersion7(), "华东销售一组", TeamKind.Sales, "华东");
        var settings = new AssignmentSettings();
        settings.ChangeDefaultQueue(team.Id, DateTime.UtcNow);
        await using var db = await OpenAsync();
        db.Teams.Add(team);
        db.AssignmentSettings.Add(settings);
        await db.SaveChangesAsync();
        SalesTeamId = team.Id;
    }

    public HttpClient CreateClient() =>
        _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Posts a lead as a browser on another site would; <paramref name="origin"/> null sends none.</summary>
    public async Task<HttpResponseMessage> PostAsync(HttpContent content, string? origin = AllowedOrigin)
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/public/leads") { Content = content };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static HttpContent Json(object body) => JsonContent.Create(body);

    public static HttpContent Form(params (string Name, string Value)[] fields) =>
        new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));

    /// <summary>The stored leads with this email, read afresh.</summary>
    public async Task<List<Lead>> LeadsWithEmailAsync(string email)
    {
        await using var db = await OpenAsync();

        return await db.Leads.AsNoTracking().Where(l => l.Email == email).ToListAsync();
    }

    public async Task<Guid?> CreatorOfAsync(Guid leadId)
    {
        await using var db = await OpenAsync();

        return await db.Leads.Where(l => l.Id == leadId)
            .Select(l => EF.Property<Guid?>(l, "CreatedById")).SingleAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _root.DisposeAsync();
    }

    private Task<CrmDbContext> OpenAsync() =>
        _app.Services.CreateScope().ServiceProvider.GetRequiredService<IDbContextFactory<CrmDbContext>>()
            .CreateDbContextAsync();
}

/// <summary>The same host allowing two posts per window per client address.</summary>
public sealed class RateLimitedWebToLeadApp() : IAsyncLifetime
{
    public WebToLeadApp App { get; } = new(2);

    public ValueTask InitializeAsync() => App.InitializeAsync();

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
