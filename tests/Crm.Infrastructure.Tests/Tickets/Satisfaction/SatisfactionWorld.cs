using System.Text.RegularExpressions;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Mail;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Crm.Infrastructure.Tests.Tickets.Mail;
using Crm.Infrastructure.Tickets;
using Crm.Infrastructure.Tickets.Satisfaction;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Tests.Tickets.Satisfaction;

/// <summary>
/// The ticket mail world with an admin working one ticket of the account (its requester has an
/// email), resolving and reopening it; the survey links are read out of the mails sent.
/// </summary>
internal sealed partial class SatisfactionWorld : IAsyncDisposable
{
    private SatisfactionWorld(TicketMailWorld mail, NewTicket ticket)
    {
        Mail = mail;
        Ticket = ticket;
    }

    public const string PublicBaseUrl = "https://support.example.test/";

    public TicketMailWorld Mail { get; }

    public NewTicket Ticket { get; }

    public CrmTestHost Host => Mail.Host;

    public ISatisfactionSurveyService Surveys => Host.Get<ISatisfactionSurveyService>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<SatisfactionWorld> StartAsync(MigratedDatabases databases, DatabaseProvider provider)
    {
        // Links are built from the configured public address, as in a job's scope without a request.
        var mail = await TicketMailWorld.StartAsync(databases, provider, services => services
            .PostConfigure<MailOptions>(o => o.PublicBaseUrl = PublicBaseUrl));
        var ticket = await mail.Tickets.OpenAsync("Invoice address is wrong");
        mail.Tickets.SignInAsAdmin();

        return new SatisfactionWorld(mail, ticket);
    }

    public async Task ChangeStatusAsync(TicketStatus status)
    {
        Host.Clock.Advance(TimeSpan.FromHours(1));
        var version = (await Mail.Tickets.ViewAsync(Ticket)).Version;
        await Mail.Tickets.Tickets.ChangeStatusAsync(Ticket.Id, version, status, Ct);
    }

    /// <summary>Resolves the ticket, sends the mail it queued and returns the token of its link.</summary>
    public async Task<string> ResolveAndMailAsync()
    {
        var before = Mail.Sent().Select(m => m.MessageId).ToHashSet();
        await ChangeStatusAsync(TicketStatus.Resolved);
        await Mail.SendAsync();

        // The sender sends every due mail of the shared database: this ticket's is the one tagged with its number.
        var tag = $"[#{Ticket.Number}]";

        return TokenOf(Mail.Sent().Single(m => !before.Contains(m.MessageId)
            && m.Subject?.Contains(tag, StringComparison.Ordinal) == true).TextBody);
    }

    public Task<Ticket> ReloadAsync() => Host.ReloadAsync<Ticket>(Ticket.Id);

    public static string TokenOf(string? text) => LinkToken().Match(text ?? "").Groups["token"].Value;

    public ValueTask DisposeAsync() => Mail.DisposeAsync();

    [GeneratedRegex("https://support\\.example\\.test/csat/(?<token>[A-Za-z0-9_-]{43})")]
    private static partial Regex LinkToken();
}
