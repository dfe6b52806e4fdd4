using System.Globalization;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Pipeline;

internal sealed partial class OpportunityService
{
    // Audited properties and the form field each one is shown as.
    private static readonly Dictionary<string, string> FieldNames = new()
    {
        [nameof(Opportunity.Name)] = "Name",
        [nameof(Opportunity.AccountId)] = "Account",
        [nameof(Opportunity.PrimaryContactId)] = "PrimaryContact",
        [nameof(Opportunity.OwnerId)] = "Owner",
        [nameof(Opportunity.StageId)] = "Stage",
        [nameof(Opportunity.Status)] = "Status",
        [nameof(Opportunity.AmountMinorUnits)] = "Amount",
        [nameof(Opportunity.Currency)] = "Currency",
        [nameof(Opportunity.AmountMode)] = "AmountMode",
        [nameof(Opportunity.ExpectedCloseDate)] = "ExpectedCloseDate",
        [nameof(Opportunity.ProbabilityOverride)] = "Probability",
        [nameof(Opportunity.NextStep)] = "NextStep",
        [nameof(Opportunity.Competitors)] = "Competitors",
        [nameof(Opportunity.CloseReason)] = "CloseReason",
        [nameof(Opportunity.ClosedOn)] = "ClosedOn",
    };

    public async Task<IReadOnlyList<OpportunityFieldChange>> ChangesSinceAsync(
        Guid id, int version, CancellationToken cancellationToken = default)
    {
        await using var session = await OpenAsync(cancellationToken);
        var db = session.Db;
        if (!await visibility.Opportunities(db, session.Access).AnyAsync(o => o.Id == id, cancellationToken))
        {
            throw new NotFoundException(RecordType, id);
        }

        var changes = await db.FieldChanges.AsNoTracking()
            .Where(f => f.EntityType == nameof(Opportunity) && f.EntityId == id && f.Version > version)
            .OrderBy(f => f.Version).ThenBy(f => f.Id)
            .ToListAsync(cancellationToken);
        var names = await ChangeNamesAsync(db, changes, cancellationToken);

        return
        [
            .. changes.Select(c => new OpportunityFieldChange(
                FieldNames.GetValueOrDefault(c.Field, c.Field), Display(c.Field, c.OldValue, names),
                Display(c.Field, c.NewValue, names), c.ChangedById,
                c.ChangedById is { } by ? names.GetValueOrDefault(by) : null, c.ChangedAt, c.Version)),
        ];
    }

    // Names of every person, stage, account and contact the changes mention, in one dictionary
    // (ids are unique across tables).
    private static async Task<Dictionary<Guid, string>> ChangeNamesAsync(
        CrmDbContext db, List<FieldChange> changes, CancellationToken cancellationToken)
    {
        var ids = changes.SelectMany(c => new[] { c.OldValue, c.NewValue })
            .Select(v => Guid.TryParse(v, out var g) ? g : (Guid?)null)
            .Concat(changes.Select(c => c.ChangedById))
            .OfType<Guid>().Distinct().ToList();

        var names = await UserNamesAsync(db, ids.Select(i => (Guid?)i), cancellationToken);
        var stages = await db.Set<Stage>().Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.Name })
            .ToListAsync(cancellationToken);
        var accounts = await db.Accounts.IgnoreQueryFilters().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        var contacts = await db.Contacts.IgnoreQueryFilters().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
        foreach (var named in stages.Concat(accounts).Concat(contacts))
        {
            names.TryAdd(named.Id, named.Name);
        }

        return names;
    }

    private static string? Display(string field, string? value, Dictionary<Guid, string> names)
    {
        if (value is null)
        {
            return null;
        }

        var isAmount = field == nameof(Opportunity.AmountMinorUnits);
        if (isAmount && long.TryParse(value, CultureInfo.InvariantCulture, out var minor))
        {
            return (minor / 100m).ToString("0.00", CultureInfo.InvariantCulture);
        }

        return Guid.TryParse(value, out var id) && names.TryGetValue(id, out var name) ? name : value;
    }
}
