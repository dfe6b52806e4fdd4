using System.Globalization;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
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
public sealed partial class TicketFormApp : IAsyncLifetime
{
    private readonly CrmWebFactory _root = new();
    private readonly int _permitLimit;
    private WebApplicationFactory<Program> _app = default!;

    public TicketFormApp()
        : this(1000)
    {
    }

    internal TicketFormApp(int permitLimit) => _permitLimit = permitLimit;

    public async ValueTask InitializeAsync()
    {
        _app = _root.WithWebHostBuilder(host => host
            .UseSetting("Tickets:PublicForm:PermitLimit", _permitLimit.ToString(CultureInfo.InvariantCulture))
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

    /// <summary>
    /// Fills in and sends the <c>/support/new</c> page as a browser without script would: the page
    /// first (for its antiforgery token and cookie), then the form post, in English.
    /// </summary>
    public async Task<HttpResponseMessage> PostPageAsync(string email, string subject)
    {
        using var client = CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        var page = await client.GetStringAsync("/support/new", TestContext.Current.CancellationToken);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "support-new",
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(page).Groups[1].Value,
            ["Input.Name"] = "陈思",
            ["Input.Email"] = email,
            ["Input.Category"] = "question",
            ["Input.Subject"] = subject,
            ["Input.Description"] = "三月的发票抬头写成了旧公司名，请重开。",
        });

        return await client.PostAsync("/support/new", form, TestContext.Current.CancellationToken);
    }

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

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    private Task<CrmDbContext> OpenAsync() =>
        _app.Services.CreateScope().ServiceProvider.GetRequiredService<IDbContextFactory<CrmDbContext>>()
            .CreateDbContextAsync();
}

/// <summary>The same host allowing two posts per window per client address.</summary>
public sealed class RateLimitedTicketFormApp : IAsyncLifetime
{
    public TicketFormApp App { get; } = new(2);

    public ValueTask InitializeAsync() => App.InitializeAsync();

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
