using Crm.Domain.Common;
using Crm.Domain.Customers;

namespace Crm.Domain.Leads;

/// <summary>
/// Someone who may become a customer: a person, a company or both, a way to reach them, where
/// the lead came from, and who works it. A lead has an owner or waits in a team's queue (or,
/// when no rule and no default queue placed it, neither); the <see cref="Assignment"/> note says
/// why. Once converted it points at the account, contact and opportunity it became and no
/// longer changes.
/// </summary>
/// <remarks>
/// A new lead is announced by its first routing decision (<see cref="Route"/>, <see cref="AssignTo"/>
/// or <see cref="SendToQueue"/>), which must come before its first save: <see cref="LeadCreated"/>
/// then carries the owner or queue the lead arrived in.
/// </remarks>
public sealed partial class Lead : AggregateRoot
{
    private bool _announced;

    private Lead(Guid id)
        : base(id)
    {
        Region = "";
        SortKey = "";
        EmailKey = "";
        PhoneKey = "";
        CompanyKey = "";
        Status = LeadStatus.New;
    }

    public string? PersonName { get; private set; }

    public string? Company { get; private set; }

    public string? Title { get; private set; }

    public string? Phone { get; private set; }

    public string? Email { get; private set; }

    public string? WeChatId { get; private set; }

    public string Region { get; private set; }

    public Industry Industry { get; private set; }

    public CompanySize CompanySize { get; private set; }

    public string? Notes { get; private set; }

    /// <summary>What the lead asked about, in their words; names the opportunity a conversion creates.</summary>
    public string? ProductInterest { get; private set; }

    public LeadSource Source { get; private set; }

    /// <summary>Collation key of <see cref="DisplayName"/>; ordering by it gives pinyin order.</summary>
    public string SortKey { get; private set; }

    /// <summary>The <see cref="MatchKeys"/> forms of email, phone and company that duplicate checks compare.</summary>
    public string EmailKey { get; private set; }

    public string PhoneKey { get; private set; }

    public string CompanyKey { get; private set; }

    /// <summary>When the lead came in (UTC): business data, kept when leads are imported later.</summary>
    public DateTime ReceivedAt { get; private set; }

    /// <summary>How many existing records looked like this lead when it arrived.</summary>
    public int DuplicatesOnArrival { get; private set; }

    /// <summary>The person or, without one, the company.</summary>
    public string DisplayName => PersonName ?? Company ?? "";

    /// <summary>Creates a new lead; throws the first problem <see cref="LeadProfile.Problems"/> reports.</summary>
    public static Lead Create(Guid id, LeadProfile profile, LeadSource source, DateTime at)
    {
        var lead = new Lead(id) { ReceivedAt = Clock.Utc(at) };
        lead.Apply(profile, source);

        return lead;
    }

    /// <summary>Replaces the profile and source; a converted lead no longer changes.</summary>
    public void UpdateDetails(LeadProfile profile, LeadSource source, DateTime at)
    {
        EnsureNotConverted();
        Apply(profile, source);
        Record(new LeadChanged(Id, NextVersion, Clock.Utc(at), OwnerId, QueueTeamId));
    }

    /// <summary>Remembers how many records looked like the lead when it arrived (negative counts as none).</summary>
    public void NoteDuplicatesOnArrival(int count) => DuplicatesOnArrival = Math.Max(count, 0);

    private void Apply(LeadProfile profile, LeadSource source)
    {
        var cleaned = profile.Cleaned();
        (PersonName, Company, Title) = (cleaned.PersonName, cleaned.Company, cleaned.Title);
        (Phone, Email, WeChatId) = (cleaned.Phone, cleaned.Email, cleaned.WeChatId);
        (Region, Industry, CompanySize, Notes, ProductInterest) =
            (cleaned.Region ?? "", cleaned.Industry, cleaned.CompanySize, cleaned.Notes, cleaned.ProductInterest);
        Source = Enum.IsDefined(source)
            ? source
            : throw new DomainException("Source.invalid", "Source has an unknown value.", nameof(Source));
        SortKey = NameSortKey.For(DisplayName);
        (EmailKey, PhoneKey, CompanyKey) =
            (MatchKeys.Email(Email), MatchKeys.Phone(Phone), MatchKeys.Company(Company));
    }

    private void EnsureNotConverted()
    {
        if (IsConverted)
        {
            throw new DomainException("Lead.converted", "A converted lead can no longer be changed.");
        }
    }
}
