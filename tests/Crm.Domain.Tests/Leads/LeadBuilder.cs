using Crm.Domain.Assignment;
using Crm.Domain.Customers;
using Crm.Domain.Leads;

namespace Crm.Domain.Tests.Leads;

/// <summary>A valid lead from 上海华辰科技 unless a test says otherwise.</summary>
internal sealed class LeadBuilder
{
    public static readonly DateTime At = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>The note of a lead a rule gave to its named owner.</summary>
    public static readonly AssignmentNote NamedOwnerNote =
        new(Guid.NewGuid(), "展会线索", AssignmentReasons.NamedOwner) { Arguments = ["张伟"] };

    /// <summary>The note of a lead no rule matched, waiting in the default queue.</summary>
    public static readonly AssignmentNote DefaultQueueNote =
        new(null, "", AssignmentReasons.NoRuleMatched) { Arguments = ["市场与运营部"] };

    private LeadProfile _profile = new(
        "王建国", "上海华辰科技有限公司", "采购经理", "+86 138 0013 8000", "wang.jianguo@huachen.cn", null, "华东",
        Industry.Manufacturing, CompanySize.From201To1000, null);

    public LeadBuilder With(Func<LeadProfile, LeadProfile> change)
    {
        _profile = change(_profile);
        return this;
    }

    public LeadProfile Profile() => _profile;

    /// <summary>A new lead that is not routed yet (no events until it is).</summary>
    public Lead Build() => Lead.Create(Guid.NewGuid(), _profile, LeadSource.WebForm, At);

    /// <summary>A lead as loaded after its first save: owned by <paramref name="ownerId"/>, events cleared.</summary>
    public Lead Owned(Guid ownerId)
    {
        var lead = Build();
        lead.AssignTo(ownerId, NamedOwnerNote, At);
        lead.ClearDomainEvents();

        return lead;
    }
}
