namespace Crm.Infrastructure.Leads;

public enum DuplicateKind
{
    Account,
    Contact,
    Lead,
}

/// <summary>Which values of the probe an existing record shares.</summary>
[Flags]
public enum MatchedOn
{
    None = 0,
    Email = 1,
    Phone = 2,
    Company = 4,
}

public enum CreatorKind
{
    /// <summary>A person using the CRM; <see cref="RecordCreator.Name"/> says who.</summary>
    User,

    /// <summary>The public web-to-lead form.</summary>
    WebForm,

    /// <summary>The system itself: seeding, imports, jobs.</summary>
    System,
}

/// <summary>Who created a record, as its audit stamp says.</summary>
public sealed record RecordCreator(CreatorKind Kind, string? Name);

/// <summary>
/// Values typed into a lead form, to be compared with existing leads, contacts and accounts.
/// <see cref="ExceptLeadId"/> leaves a lead out (the one being edited).
/// </summary>
public sealed record DuplicateProbe(string? Email, string? Phone, string? Company, Guid? ExceptLeadId = null);

/// <summary>
/// An existing record that looks like the probe. A record the caller may not open keeps only
/// <see cref="Kind"/>, <see cref="MatchedOn"/> and <see cref="CreatedAt"/>: no id, name or creator,
/// so the warning still shows without revealing the record. Times are UTC.
/// </summary>
public sealed record DuplicateMatch(
    DuplicateKind Kind,
    Guid? Id,
    string? Name,
    string? Detail,
    MatchedOn MatchedOn,
    RecordCreator? CreatedBy,
    DateTime CreatedAt)
{
    public bool CanOpen => Id is not null;
}
