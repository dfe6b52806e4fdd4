using Crm.Domain.Leads;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Leads;

/// <summary>The match keys a duplicate check compares; a missing key is <see cref="None"/>.</summary>
internal sealed record DuplicateKeys(string Email, string Phone, string Company)
{
    // No stored key is "-": phone keys are digits, company keys letters and digits, email keys
    // hold an "@". Comparing a missing key with it matches nothing and keeps every condition a
    // plain equality on an indexed column.
    public const string None = "-";

    public bool IsEmpty => Email == None && Phone == None && Company == None;

    public static DuplicateKeys Of(string? email, string? phone, string? company) =>
        From(MatchKeys.Email(email), MatchKeys.Phone(phone), MatchKeys.Company(company));

    public static DuplicateKeys Of(Lead lead) => From(lead.EmailKey, lead.PhoneKey, lead.CompanyKey);

    public MatchedOn Compare(string? email, string? phone, string? otherPhone, string? company) =>
        (email == Email ? MatchedOn.Email : MatchedOn.None)
        | (phone == Phone || otherPhone == Phone ? MatchedOn.Phone : MatchedOn.None)
        | (company == Company ? MatchedOn.Company : MatchedOn.None);

    private static DuplicateKeys From(string email, string phone, string company) =>
        new(OrNone(email), OrNone(phone), OrNone(company));

    private static string OrNone(string key) => key.Length == 0 ? None : key;
}

/// <summary>A matching record as read, before visibility decides how much of it the caller sees.</summary>
internal sealed record DuplicateCandidate(
    DuplicateKind Kind,
    Guid Id,
    string Name,
    string? Detail,
    MatchedOn MatchedOn,
    Guid? OwnerId,
    Guid? QueueTeamId,
    Guid? CreatedById,
    string? CreatedByName,
    bool ByWebForm,
    DateTime CreatedAt);

/// <summary>
/// The duplicate lookups, each an OR of equalities on indexed key columns, so they stay fast
/// on hundreds of thousands of accounts and contacts.
/// </summary>
internal static class DuplicateQueries
{
    /// <summary>
    /// Up to <paramref name="perKind"/> matching accounts, contacts and leads, each kind newest
    /// first. <paramref name="exceptLeadId"/> leaves one lead out; <paramref name="createdBefore"/>
    /// keeps only records that existed by that moment.
    /// </summary>
    public static async Task<IReadOnlyList<DuplicateCandidate>> FindAsync(
        CrmDbContext db, DuplicateKeys keys, Guid? exceptLeadId, DateTime? createdBefore, int perKind,
        CancellationToken cancellationToken)
    {
        if (keys.IsEmpty)
        {
            return [];
        }

        var accounts = await Accounts(db, keys, createdBefore).Take(perKind).ToListAsync(cancellationToken);
        var contacts = await Contacts(db, keys, createdBefore).Take(perKind).ToListAsync(cancellationToken);
        var leads = await Leads(db, keys, exceptLeadId ?? Guid.Empty, createdBefore).Take(perKind)
            .ToListAsync(cancellationToken);

        return [.. accounts.Concat(contacts).Concat(leads).Select(row => row.ToCandidate(keys))];
    }

    /// <summary>How many records match, counting at most <paramref name="perKind"/> of each kind.</summary>
    public static async Task<int> CountAsync(
        CrmDbContext db, DuplicateKeys keys, int perKind, CancellationToken cancellationToken)
    {
        if (keys.IsEmpty)
        {
            return 0;
        }

        return await Accounts(db, keys, null).Take(perKind).CountAsync(cancellationToken)
            + await Contacts(db, keys, null).Take(perKind).CountAsync(cancellationToken)
            + await Leads(db, keys, Guid.Empty, null).Take(perKind).CountAsync(cancellationToken);
    }

    internal static IQueryable<MatchRow> Accounts(CrmDbContext db, DuplicateKeys k, DateTime? before)
    {
        var accounts = Existing(
            db.Accounts.Where(a => a.EmailKey == k.Email || a.PhoneKey == k.Phone || a.CompanyKey == k.Company),
            before);

        return accounts.Select(a => new MatchRow
        {
            Kind = DuplicateKind.Account,
            Id = a.Id,
            AccountId = a.Id,
            Name = a.Name,
            Detail = a.City,
            EmailKey = a.EmailKey,
            PhoneKey = a.PhoneKey,
            CompanyKey = a.CompanyKey,
            OwnerId = a.OwnerId,
            CreatedById = EF.Property<Guid?>(a, AuditStamps.CreatedById),
            CreatedByName = db.CrmUsers.Where(u => u.Id == EF.Property<Guid?>(a, AuditStamps.CreatedById))
                .Select(u => u.DisplayName).FirstOrDefault(),
            CreatedAt = EF.Property<DateTime>(a, AuditStamps.CreatedAt),
        });
    }

    internal static IQueryable<MatchRow> Contacts(CrmDbContext db, DuplicateKeys k, DateTime? before)
    {
        var contacts = db.Contacts.Where(c => c.EmailKey == k.Email || c.PhoneKey == k.Phone || c.MobileKey == k.Phone);
        if (before is { } moment)
        {
            contacts = contacts.Where(c => EF.Property<DateTime>(c, AuditStamps.CreatedAt) <= moment);
        }

        // The join leaves out contacts of deleted accounts; the account's owner decides visibility.
        return contacts
            .Join(db.Accounts, c => c.AccountId, a => a.Id, (c, a) => new { Contact = c, Account = a })
            .OrderByDescending(x => EF.Property<DateTime>(x.Contact, AuditStamps.CreatedAt))
            .Select(x => new MatchRow
            {
                Kind = DuplicateKind.Contact,
                Id = x.Contact.Id,
                AccountId = x.Account.Id,
                Name = x.Contact.Name,
                Detail = x.Account.Name,
                EmailKey = x.Contact.EmailKey,
                PhoneKey = x.Contact.PhoneKey,
                OtherPhoneKey = x.Contact.MobileKey,
                OwnerId = x.Account.OwnerId,
                CreatedById = EF.Property<Guid?>(x.Contact, AuditStamps.CreatedById),
                CreatedByName = db.CrmUsers
                    .Where(u => u.Id == EF.Property<Guid?>(x.Contact, AuditStamps.CreatedById))
                    .Select(u => u.DisplayName).FirstOrDefault(),
                CreatedAt = EF.Property<DateTime>(x.Contact, AuditStamps.CreatedAt),
            });
    }

    internal static IQueryable<MatchRow> Leads(CrmDbContext db, DuplicateKeys k, Guid exceptId, DateTime? before)
    {
        var leads = Existing(
            db.Leads.Where(l => l.EmailKey == k.Email || l.PhoneKey == k.Phone || l.CompanyKey == k.Company)
                .Where(l => l.Id != exceptId),
            before);

        return leads.Select(l => new MatchRow
        {
            Kind = DuplicateKind.Lead,
            Id = l.Id,
            Name = l.PersonName ?? l.Company ?? "",
            Detail = l.PersonName == null ? null : l.Company,
            EmailKey = l.EmailKey,
            PhoneKey = l.PhoneKey,
            CompanyKey = l.CompanyKey,
            OwnerId = l.OwnerId,
            QueueTeamId = l.QueueTeamId,
            CreatedById = EF.Property<Guid?>(l, AuditStamps.CreatedById),
            CreatedByName = db.CrmUsers.Where(u => u.Id == EF.Property<Guid?>(l, AuditStamps.CreatedById))
                .Select(u => u.DisplayName).FirstOrDefault(),
            ByWebForm = l.Source == LeadSource.WebForm,
            CreatedAt = EF.Property<DateTime>(l, AuditStamps.CreatedAt),
        });
    }

    // Newest first; with a moment given, only records created before it.
    private static IQueryable<T> Existing<T>(IQueryable<T> records, DateTime? before)
        where T : class
    {
        if (before is { } moment)
        {
            records = records.Where(r => EF.Property<DateTime>(r, AuditStamps.CreatedAt) <= moment);
        }

        return records.OrderByDescending(r => EF.Property<DateTime>(r, AuditStamps.CreatedAt));
    }

    // A class with settable members: every kind fills only what it has, and EF translates it.
    internal sealed class MatchRow
    {
        public DuplicateKind Kind { get; init; }

        public Guid Id { get; init; }

        /// <summary>The account itself, or a contact's account; null for leads.</summary>
        public Guid? AccountId { get; init; }

        public string Name { get; init; } = "";

        public string? Detail { get; init; }

        public string? EmailKey { get; init; }

        public string? PhoneKey { get; init; }

        public string? OtherPhoneKey { get; init; }

        public string? CompanyKey { get; init; }

        public Guid? OwnerId { get; init; }

        public Guid? QueueTeamId { get; init; }

        public Guid? CreatedById { get; init; }

        public string? CreatedByName { get; init; }

        public bool ByWebForm { get; init; }

        public DateTime CreatedAt { get; init; }

        public DuplicateCandidate ToCandidate(DuplicateKeys keys) => new(
            Kind, Id, Name, Detail, keys.Compare(EmailKey, PhoneKey, OtherPhoneKey, CompanyKey), OwnerId,
            QueueTeamId, CreatedById, CreatedByName, ByWebForm, CreatedAt);
    }
}
