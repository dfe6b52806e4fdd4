using Crm.Domain.Assignment;
using Crm.Domain.Leads;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Customers;
using Crm.Infrastructure.Leads;

namespace Crm.Web.Tests.Leads;

/// <summary>
/// Leads held in memory. Records what components ask for and do; a test can make the next change
/// throw (<see cref="ChangeError"/>) to see how the UI reacts.
/// </summary>
public sealed class FakeLeadService : ILeadService
{
    public List<LeadRow> Rows { get; } = [];

    public Dictionary<Guid, LeadView> Views { get; } = [];

    public List<LeadQuery> Queries { get; } = [];

    public List<LeadInput> Saved { get; } = [];

    /// <summary>Every change asked for, as "StartWorking", "Reassign:{owner}" and so on.</summary>
    public List<string> Changes { get; } = [];

    public Exception? ChangeError { get; set; }

    public LeadChoices Choices { get; set; } = new(true, [], [], [], ["华东", "华南"]);

    /// <summary>Where a lead entered through <see cref="CreateAsync"/> goes, and whether its enterer sees it.</summary>
    public (LeadRouting Routing, bool CanOpen) Arrival { get; set; } = (LeadSamples.Owned(LeadSamples.Rep, "张伟"), true);

    /// <summary>The rows matching the query's status, owner and queue, one page of them.</summary>
    public Task<Page<LeadRow>> SearchAsync(LeadQuery query, CancellationToken cancellationToken = default)
    {
        Queries.Add(query);
        var rows = Rows.Where(r => (query.Status is null || r.Status == query.Status)
            && (query.OwnerId is null || r.OwnerId == query.OwnerId)
            && (query.QueueTeamId is null || r.QueueTeamId == query.QueueTeamId)).ToList();

        return Task.FromResult(new Page<LeadRow>(
            [.. rows.Skip(query.Page * query.PageSize).Take(query.PageSize)], rows.Count));
    }

    public Task<LeadView> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        Views.TryGetValue(id, out var view)
            ? Task.FromResult(view)
            : Task.FromException<LeadView>(new NotFoundException("Lead", id));

    public async Task<NewLead> CreateAsync(LeadInput input, CancellationToken cancellationToken = default) =>
        new(await Change(() => Saved.Add(input), Guid.CreateVersion7()), Arrival.Routing, Arrival.CanOpen);

    public Task UpdateAsync(
        Guid id, int expectedVersion, LeadInput input, CancellationToken cancellationToken = default) =>
        Change(() => Saved.Add(input), id);

    public Task StartWorkingAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default) =>
        Change(() => Changes.Add("StartWorking"), id);

    public Task DisqualifyAsync(
        Guid id, int expectedVersion, DisqualificationReason reason, string? note,
        CancellationToken cancellationToken = default) =>
        Change(() => Changes.Add($"Disqualify:{reason}:{note}"), id);

    public Task ReopenAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default) =>
        Change(() => Changes.Add("Reopen"), id);

    public Task ReassignAsync(
        Guid id, int expectedVersion, Guid newOwnerId, CancellationToken cancellationToken = default) =>
        Change(() => Changes.Add($"Reassign:{newOwnerId}"), id);

    public Task<LeadChoices> ChoicesAsync(CancellationToken cancellationToken = default) => Task.FromResult(Choices);

    private Task<Guid> Change(Action record, Guid result)
    {
        if (ChangeError is { } error)
        {
            return Task.FromException<Guid>(error);
        }

        record();

        return Task.FromResult(result);
    }
}

/// <summary>Answers every probe with <see cref="Matches"/> (or <see cref="Answer"/>); records the probes.</summary>
public sealed class FakeDuplicateFinder : IDuplicateFinder
{
    public List<DuplicateProbe> Probes { get; } = [];

    public IReadOnlyList<DuplicateMatch> Matches { get; set; } = [];

    /// <summary>Matches that depend on what was typed; null answers <see cref="Matches"/>.</summary>
    public Func<DuplicateProbe, IReadOnlyList<DuplicateMatch>>? Answer { get; set; }

    public Task<IReadOnlyList<DuplicateMatch>> FindAsync(
        DuplicateProbe probe, CancellationToken cancellationToken = default)
    {
        Probes.Add(probe);
        var typed = !string.IsNullOrWhiteSpace(probe.Email) || !string.IsNullOrWhiteSpace(probe.Phone)
            || !string.IsNullOrWhiteSpace(probe.Company);

        return Task.FromResult(typed ? Answer?.Invoke(probe) ?? Matches : []);
    }
}

/// <summary>Leads and look-alikes with the values a test usually does not care about.</summary>
internal static class LeadSamples
{
    public static readonly Guid Rep = Guid.Parse("0195a000-0000-7000-8000-000000000001");
    public static readonly Guid Manager = Guid.Parse("0195a000-0000-7000-8000-000000000002");
    public static readonly Guid EastTeam = Guid.Parse("0195a000-0000-7000-8000-0000000000e1");

    public static LeadProfile Profile(string? person = "王建国", string? company = "上海华辰科技有限公司") =>
        new(person, company, "采购经理", "+86 138 0013 8000", "wang@huachen.cn", null, "华东",
            Domain.Customers.Industry.Manufacturing, CompanySize.From201To1000, null);

    public static LeadView View(
        LeadRouting? routing = null, LeadStatus status = LeadStatus.New, bool canEdit = true,
        IReadOnlyList<DuplicateMatch>? duplicates = null, LeadConversion? conversion = null) =>
        new(Guid.CreateVersion7(), 1, Profile(), LeadSource.WebForm, status, null, null,
            routing ?? Owned(Rep, "张伟"), Common.CrmTestContext.Now.AddHours(-2),
            new RecordCreator(CreatorKind.WebForm, null), duplicates?.Count ?? 0, duplicates ?? [], conversion,
            canEdit);

    /// <summary>What the rule "全部线索" of a named owner writes.</summary>
    public static AssignmentNote NamedOwnerNote(string owner) =>
        new(Guid.CreateVersion7(), "全部线索", AssignmentReasons.NamedOwner) { Arguments = [owner] };

    public static LeadRouting Owned(Guid ownerId, string ownerName, AssignmentNote? note = null) =>
        new(ownerId, ownerName, null, null, note ?? NamedOwnerNote(ownerName), null, null,
            Common.CrmTestContext.Now.AddMinutes(-5));

    public static LeadRouting Queued() =>
        new(null, null, EastTeam, "华东销售一组",
            new AssignmentNote(null, "", AssignmentReasons.NoRuleMatched) { Arguments = ["华东销售一组"] }, null, null,
            Common.CrmTestContext.Now.AddMinutes(-5));

    public static DuplicateMatch Account(string name, string creator, TimeSpan ago) =>
        new(DuplicateKind.Account, Guid.CreateVersion7(), name, "上海", MatchedOn.Company,
            new RecordCreator(CreatorKind.User, creator), Common.CrmTestContext.Now - ago);

    public static DuplicateMatch Hidden(DuplicateKind kind, MatchedOn matched) =>
        new(kind, null, null, null, matched, null, Common.CrmTestContext.Now.AddDays(-3));

    public static LeadRow Row(string person, Guid? ownerId = null, string? queue = null) =>
        new(Guid.CreateVersion7(), person, "上海华辰科技", null, "13800138000", null, LeadSource.WebForm,
            LeadStatus.New, ownerId, ownerId is null ? null : "张伟", ownerId is null ? EastTeam : null, queue, "华东",
            Common.CrmTestContext.Now.AddHours(-1), 0);
}
