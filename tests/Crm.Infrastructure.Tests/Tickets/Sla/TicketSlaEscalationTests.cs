using Crm.Domain.Common;
using Crm.Domain.Notifications;
using Crm.Domain.Sla;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Crm.Infrastructure.Tickets.Sla;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Tickets.Sla;

/// <summary>Escalation rules acting on clocks that turn at risk or breached, once per clock and trigger.</summary>
public sealed class TicketSlaEscalationTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ISlaEscalationService Rules(TicketSlaWorld world) => world.Host.Get<ISlaEscalationService>();

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AtRisk_RuleNotifiesLead_TellsTheTeamLeadOnce(DatabaseProvider provider)
    {
        await using var world = await TicketSlaWorld.StartAsync(provider, postgres);
        await Rules(world).SaveAsync(TicketPriority.High, SlaEscalationTrigger.AtRisk, 0, new(true, false, null), Ct);
        var ticket = await world.Tickets.OpenAsync(assigneeId: world.Tickets.Xu);
        world.Tickets.SignInAsXu();

        world.Host.Clock.Advance(TimeSpan.FromMinutes(50));
        await world.Tickets.Tickets.AddNoteAsync(ticket.Id, 1, "客户说还在等", Ct);
        world.Host.Clock.Advance(TimeSpan.FromMinutes(1));
        await world.Tickets.Tickets.AddNoteAsync(ticket.Id, 2, "继续排查", Ct);

        var notices = await world.Tickets.NoticesAboutAsync(ticket.Id);
        var atRisk = Assert.Single(notices, n => n.Kind == NotificationKind.TicketAtRisk);
        Assert.Equal(world.Tickets.Lead, atRisk.RecipientId);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Breached_RuleRaisesAndMoves_RaisesPriorityAndMovesTheQueue(DatabaseProvider provider)
    {
        await using var world = await TicketSlaWorld.StartAsync(provider, postgres);
        await Rules(world).SaveAsync(TicketPriority.High, SlaEscalationTrigger.Breached, 0,
            new(false, true, world.Tickets.BillingQueue), Ct);
        var ticket = await world.Tickets.OpenAsync(assigneeId: world.Tickets.Xu);
        world.Tickets.SignInAsXu();

        world.Host.Clock.Advance(TimeSpan.FromMinutes(61));
        await world.Tickets.Tickets.AddNoteAsync(ticket.Id, 1, "仍未答复", Ct);

        var saved = await world.ReloadAsync(ticket.Id);
        Assert.Equal((TicketPriority.Critical, world.Tickets.BillingQueue), (saved.Priority, saved.QueueId));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Breached_RuleActed_IsInTheTicketsFieldHistoryAndEvents(DatabaseProvider provider)
    {
        await using var world = await TicketSlaWorld.StartAsync(provider, postgres);
        await Rules(world).SaveAsync(TicketPriority.High, SlaEscalationTrigger.Breached, 0, new(true, false, null), Ct);
        var ticket = await world.Tickets.OpenAsync(assigneeId: world.Tickets.Xu);
        world.Tickets.SignInAsXu();

        world.Host.Clock.Advance(TimeSpan.FromMinutes(61));
        await world.Tickets.Tickets.AddNoteAsync(ticket.Id, 1, "仍未答复", Ct);

        var escalated = Assert.Single(world.Host.Bus.PublishedFor(ticket.Id).OfType<TicketSlaEscalated>());
        Assert.Equal((SlaClockKind.FirstResponse, world.Tickets.Lead), (escalated.Clock, escalated.NotifiedLeadId));
        await using var db = await world.Host.OpenAsync();
        Assert.True(await db.FieldChanges.AnyAsync(
            c => c.EntityId == ticket.Id && c.Field == nameof(Ticket.SlaEscalated), Ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SaveAsync_NotAdmin_IsForbidden(DatabaseProvider provider)
    {
        await using var world = await TicketSlaWorld.StartAsync(provider, postgres);
        world.Tickets.SignInAsLead();

        await Assert.ThrowsAsync<ForbiddenException>(() => Rules(world).SaveAsync(
            TicketPriority.High, SlaEscalationTrigger.AtRisk, 0, new(true, false, null), Ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SaveAsync_CellFilledMeanwhile_ThrowsConflict(DatabaseProvider provider)
    {
        await using var world = await TicketSlaWorld.StartAsync(provider, postgres);
        await Rules(world).SaveAsync(TicketPriority.Low, SlaEscalationTrigger.AtRisk, 0, new(true, false, null), Ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Rules(world).SaveAsync(
            TicketPriority.Low, SlaEscalationTrigger.AtRisk, 0, new(false, true, null), Ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ListAsync_NothingSaved_GivesEveryCellDoingNothing(DatabaseProvider provider)
    {
        await using var world = await TicketSlaWorld.StartAsync(provider, postgres);

        var cells = await Rules(world).ListAsync(Ct);

        Assert.Equal(8, cells.Count(c => c.Version == 0 && !c.Actions.DoesAnything));
    }
}
