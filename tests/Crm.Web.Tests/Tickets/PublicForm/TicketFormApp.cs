using System.Net.Http.Json;
using Crm.Domain.Teams;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Crm.Web.Tests.Host;

namespace Crm.Web.Tests.Tickets.PublicForm;

/// <summary>The real host with one support team whose queue takes customers' tickets.</summary>
public sealed class TicketFormApp : IAsyncLifetime
{
    private readonly CrmWebFactory _root = new();
    private WebApplicationFactory<Program> _app = default!;

    public async ValueTask InitializeAsync()
    {
        _app = _root.WithWebHostBuilder(host => host
            .UseSetting("Tickets:PublicForm:PermitLimit", "1000")
            .UseSetting("Tickets:Mail:IntakeQueue", "客户来信")
            .UseSetting("Mail:PickupFolder", Path.Combine(Path.GetTempPath(), "crm-tests", $"form-{Guid.NewGuid():N}")));
        var team = new Team(Guid.CreateVersion7(), "一线支持", TeamKind.Support, "华东");
        await using var db = await OpenAsync();
        db.Teams.Add(team);
        db.TicketQueues.Add(new TicketQueue(Guid.CreateVersion7(), "客户来信", team.Id));
        await db.SaveChangesAsync();
    }

    public HttpClient CreateClient() =>
        _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<HttpResponseMessage> PostAsync(HttpContent content)
    {
        using var client = CreateClient();

        return await client.PostAsync("/api/public/tickets", content, TestContext.Current.CancellationToken);
    }

    public static HttpContent Json(object body) => JsonContent.Create(body);

    public async Task<List<Ticket>> TicketsFromAsync(string email)
    {
        await using var db = await OpenAsync();

        return await db.Tickets.AsNoTracking().Where(t => t.RequesterEmail == email).ToListAsync();
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
