using Crm.Domain.Common;
using Crm.Domain.Displays;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Displays;

internal sealed partial class DisplayService
{
    public async Task<DisplayChoices> ChoicesAsync(CancellationToken cancellationToken = default)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reach = await DisplayReach.ForAsync(actor, db, cancellationToken);

        var teamIds = reach.Teams.Select(t => t.Id).ToList();
        var queues = await db.TicketQueues.AsNoTracking()
            .Where(q => q.IsActive && teamIds.Contains(q.TeamId))
            .Select(q => new { q.TeamId, q.Id, q.Name })
            .ToListAsync(cancellationToken);
        var pipelines = await db.Pipelines.AsNoTracking()
            .Select(p => new DisplayChoice(p.Id, p.Name))
            .ToListAsync(cancellationToken);

        var teams = reach.Teams.Select(t => new DisplayTeamChoice(t.Id, t.Name, t.Kind,
        [
            .. queues.Where(q => q.TeamId == t.Id).Select(q => new DisplayChoice(q.Id, q.Name)).OrderBy(ByName),
        ]));

        return new DisplayChoices(reach.Kinds, [.. teams], [.. pipelines.OrderBy(ByName)], reach.IsAdmin);
    }

    public async Task<IReadOnlyList<DisplayRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reach = await DisplayReach.ForAsync(actor, db, cancellationToken);

        var displays = await db.Displays.AsNoTracking()
            .Select(d => new { Display = d, UpdatedAt = EF.Property<DateTime>(d, AuditStamps.UpdatedAt) })
            .ToListAsync(cancellationToken);
        var names = await ScopeNamesAsync(db, cancellationToken);

        return
        [
            .. displays.Where(d => reach.Manages(d.Display))
                .OrderBy(d => NameSortKey.For(d.Display.Name), StringComparer.Ordinal)
                .Select(d => RowOf(d.Display, d.UpdatedAt, names)),
        ];
    }

    public async Task<DisplayDetails> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reach = await DisplayReach.ForAsync(actor, db, cancellationToken);
        var display = await ManagedAsync(db, reach, id, cancellationToken);

        return new DisplayDetails(
            display.Id, display.Version, DisplayScreens.SettingsOf(display), display.IsLive,
            display.TokenIssuedAt, display.RevokedAt);
    }

    public async Task<DisplayScreen> PreviewAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var actor = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reach = await DisplayReach.ForAsync(actor, db, cancellationToken);
        var display = await ManagedAsync(db, reach, id, cancellationToken);

        return await db.ScreenOfAsync(display, cancellationToken);
    }

    private static string ByName(DisplayChoice choice) => NameSortKey.For(choice.Name);

    private static async Task<Dictionary<Guid, string>> ScopeNamesAsync(
        CrmDbContext db, CancellationToken cancellationToken)
    {
        var teams = db.Teams.AsNoTracking().Select(t => new { t.Id, t.Name });
        var pipelines = db.Pipelines.AsNoTracking().Select(p => new { p.Id, p.Name });
        var queues = db.TicketQueues.AsNoTracking().Select(q => new { q.Id, q.Name });

        return (await teams.ToListAsync(cancellationToken))
            .Concat(await pipelines.ToListAsync(cancellationToken))
            .Concat(await queues.ToListAsync(cancellationToken))
            .ToDictionary(n => n.Id, n => n.Name);
    }

    private static DisplayRow RowOf(Display display, DateTime updatedAt, Dictionary<Guid, string> names) => new(
        display.Id, display.Version, display.Name, display.Kind, NameOf(display.TeamId, names),
        NameOf(display.PipelineId ?? display.QueueId, names), display.Pages.Length, display.Language,
        display.IsLive, display.TokenIssuedAt, updatedAt);

    private static string? NameOf(Guid? id, Dictionary<Guid, string> names) =>
        id is { } known && names.TryGetValue(known, out var name) ? name : null;
}
