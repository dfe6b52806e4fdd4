using Crm.Domain.Leads;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Leads;

/// <summary>The lead list's filters, order and rows, all translated to SQL.</summary>
internal static class LeadQueries
{
    public static IQueryable<Lead> Filter(IQueryable<Lead> leads, LeadQuery query)
    {
        leads = query.Status is { } status ? leads.Where(l => l.Status == status) : leads;
        leads = query.Source is { } source ? leads.Where(l => l.Source == source) : leads;
        leads = query.OwnerId is { } ownerId ? leads.Where(l => l.OwnerId == ownerId) : leads;
        leads = query.QueueTeamId is { } teamId ? leads.Where(l => l.QueueTeamId == teamId) : leads;
        leads = query.ReceivedFrom is { } from ? leads.Where(l => l.ReceivedAt >= from) : leads;
        leads = query.ReceivedBefore is { } before ? leads.Where(l => l.ReceivedAt < before) : leads;

        return string.IsNullOrWhiteSpace(query.Text) ? leads : Matching(leads, query.Text.Trim());
    }

    /// <summary>Orders by the chosen column, then newest first and id, so pages never overlap.</summary>
    public static IQueryable<Lead> Order(IQueryable<Lead> leads, CrmDbContext db, LeadQuery query)
    {
        var ordered = (query.Sort, query.Descending) switch
        {
            (LeadSort.Name, false) => leads.OrderBy(l => l.SortKey),
            (LeadSort.Name, true) => leads.OrderByDescending(l => l.SortKey),
            (LeadSort.Status, false) => leads.OrderBy(l => l.Status),
            (LeadSort.Status, true) => leads.OrderByDescending(l => l.Status),
            (LeadSort.Owner, false) => leads.OrderBy(l =>
                db.CrmUsers.Where(u => u.Id == l.OwnerId).Select(u => u.DisplayName).FirstOrDefault()),
            (LeadSort.Owner, true) => leads.OrderByDescending(l =>
                db.CrmUsers.Where(u => u.Id == l.OwnerId).Select(u => u.DisplayName).FirstOrDefault()),
            (_, false) => leads.OrderBy(l => l.ReceivedAt),
            (_, true) => leads.OrderByDescending(l => l.ReceivedAt),
        };

        return ordered.ThenByDescending(l => l.ReceivedAt).ThenBy(l => l.Id);
    }

    public static IQueryable<LeadRow> Rows(IQueryable<Lead> leads, CrmDbContext db) =>
        leads.Select(l => new LeadRow(
            l.Id, l.PersonName, l.Company, l.Title, l.Phone, l.Email, l.Source, l.Status, l.OwnerId,
            db.CrmUsers.Where(u => u.Id == l.OwnerId).Select(u => u.DisplayName).FirstOrDefault(),
            l.QueueTeamId,
            db.Teams.Where(t => t.Id == l.QueueTeamId).Select(t => t.Name).FirstOrDefault(),
            l.Region, l.ReceivedAt, l.DuplicatesOnArrival));

    public static LeadProfile ProfileOf(Lead l) =>
        new(l.PersonName, l.Company, l.Title, l.Phone, l.Email, l.WeChatId, l.Region, l.Industry, l.CompanySize,
            l.Notes, l.ProductInterest);

    // Latin letters match in any case; a typed phone number also matches in its normalized form.
    private static IQueryable<Lead> Matching(IQueryable<Lead> leads, string text)
    {
        var lower = text.ToLowerInvariant();
        var phoneKey = MatchKeys.Phone(text) is { Length: > 0 } key ? key : DuplicateKeys.None;

        return leads.Where(l => (l.PersonName != null && l.PersonName.ToLower().Contains(lower))
            || (l.Company != null && l.Company.ToLower().Contains(lower))
            || (l.Email != null && l.Email.ToLower().Contains(lower))
            || (l.Phone != null && l.Phone.Contains(text))
            || l.PhoneKey == phoneKey);
    }
}
