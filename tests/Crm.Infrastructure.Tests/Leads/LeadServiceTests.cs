using Crm.Domain.Assignment;
using Crm.Domain.Common;
using Crm.Domain.Leads;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Leads;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Tests.Leads;

/// <summary>Entering, finding and working leads, each test on a database of its own.</summary>
public sealed class LeadServiceTests : IAsyncLifetime
{
    private readonly SqliteDatabase _database = new();
    private CrmTestHost _host = default!;
    private LeadWorld _world = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _host = CrmTestHost.Create(DatabaseProvider.Sqlite, _database.ConnectionString);
        await _host.MigrateAsync();
        _world = await LeadWorld.CreateAsync(_host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        _database.Dispose();
    }

    public static LeadInput Input(LeadProfile profile, LeadSource source = LeadSource.PhoneIn) => new(profile, source);

    [Fact]
    public async Task CreateAsync_RuleNamesAnOwner_SaysWhereTheLeadWentAndWhy()
    {
        await _world.RouteEveryLeadToAsync(_world.EastTeammate);
        _world.SignInAsEastRep();

        var created = await _world.Leads.CreateAsync(Input(LeadWorld.Profile("王建国")), Ct);

        Assert.Equal(("李娜", "全部线索", AssignmentReasons.NamedOwner, true),
            (created.Routing.OwnerName, created.Routing.Note?.RuleName, created.Routing.Note?.Reason, created.CanOpen));
    }

    [Fact]
    public async Task CreateAsync_RuleGivesItToAnotherTeam_SaysTheCallerCannotOpenIt()
    {
        await _world.RouteEveryLeadToAsync(_world.SouthRep);
        _world.SignInAsEastRep();

        var created = await _world.Leads.CreateAsync(Input(LeadWorld.Profile("王建国")), Ct);

        Assert.Equal(("林晓燕", false), (created.Routing.OwnerName, created.CanOpen));
    }

    [Fact]
    public async Task CreateAsync_NoRuleAndNoDefaultQueue_StoresTheLeadUnassigned()
    {
        _world.SignInAsMarketer();

        var created = await _world.Leads.CreateAsync(Input(LeadWorld.Profile("王建国"), LeadSource.TradeShow), Ct);

        var saved = await _host.ReloadAsync<Lead>(created.Id);
        Assert.Equal(
            (null, null, AssignmentReasons.NoQueue), (saved.OwnerId, saved.QueueTeamId, saved.Assignment?.Reason));
    }

    [Fact]
    public async Task CreateAsync_AsSupportAgent_ThrowsForbidden()
    {
        _world.SignInAsAgent();

        await Assert.ThrowsAsync<ForbiddenException>(
            () => _world.Leads.CreateAsync(Input(LeadWorld.Profile("王建国")), Ct));
    }

    [Fact]
    public async Task CreateAsync_NoWayToReach_ThrowsOnPhoneAndStoresNothing()
    {
        _world.SignInAsEastRep();
        var profile = LeadWorld.Profile("王建国") with { Email = null };

        var error = await Assert.ThrowsAsync<DomainException>(() => _world.Leads.CreateAsync(Input(profile), Ct));

        await using var db = await _host.OpenAsync();
        Assert.Equal("Phone", error.Field);
        Assert.False(await db.Leads.AnyAsync(Ct));
    }

    [Fact]
    public async Task CreateAsync_Committed_PublishesTheArrivalWithItsOwner()
    {
        await _world.RouteEveryLeadToAsync(_world.EastRep);
        _world.SignInAsEastRep();

        var id = (await _world.Leads.CreateAsync(Input(LeadWorld.Profile("王建国")), Ct)).Id;

        var created = Assert.Single(_host.Bus.PublishedFor(id).OfType<LeadCreated>());
        Assert.Equal((_world.EastRep, LeadSource.PhoneIn), (created.OwnerId, created.Source));
    }

    [Fact]
    public async Task SearchAsync_TextIsAPhoneWithCountryCode_FindsTheLead()
    {
        var id = await _world.OwnedLeadAsync(_world.EastRep, LeadWorld.Profile("王建国", phone: "138-0013-8000"));
        await _world.OwnedLeadAsync(_world.EastRep, LeadWorld.Profile("李四", phone: "139-0013-8000"));
        _world.SignInAsEastRep();

        var page = await _world.Leads.SearchAsync(new LeadQuery(Text: "+86 138 0013 8000"), Ct);

        Assert.Equal([id], page.Items.Select(r => r.Id));
    }

    [Fact]
    public async Task SearchAsync_TextInOtherCase_FindsTheCompany()
    {
        var id = await _world.OwnedLeadAsync(_world.EastRep, LeadWorld.Profile(null, "Acme Robotics Ltd."));
        _world.SignInAsEastRep();

        var page = await _world.Leads.SearchAsync(new LeadQuery(Text: "acme"), Ct);

        Assert.Equal([id], page.Items.Select(r => r.Id));
    }

    [Fact]
    public async Task SearchAsync_StatusFilter_ReturnsOnlyThatStatus()
    {
        var working = await _world.OwnedLeadAsync(_world.EastRep);
        await _world.OwnedLeadAsync(_world.EastRep);
        _world.SignInAsEastRep();
        await _world.Leads.StartWorkingAsync(working, 1, Ct);

        var page = await _world.Leads.SearchAsync(new LeadQuery(Status: LeadStatus.Working), Ct);

        Assert.Equal([working], page.Items.Select(r => r.Id));
    }

    [Fact]
    public async Task SearchAsync_QueueFilter_ReturnsThatQueuesLeadsWithItsName()
    {
        var queued = await _world.QueuedLeadAsync(_world.EastTeam);
        await _world.OwnedLeadAsync(_world.EastRep);
        _world.SignInAsEastManager();

        var page = await _world.Leads.SearchAsync(new LeadQuery(QueueTeamId: _world.EastTeam), Ct);

        var row = Assert.Single(page.Items);
        Assert.Equal((queued, null), (row.Id, row.OwnerName));
        Assert.StartsWith("华东销售", row.QueueName);
    }

    [Fact]
    public async Task SearchAsync_ReceivedPeriod_ReturnsLeadsInsideIt()
    {
        await _world.OwnedLeadAsync(_world.EastRep);
        _host.Clock.Advance(TimeSpan.FromDays(2));
        var recent = await _world.OwnedLeadAsync(_world.EastRep);
        _world.SignInAsEastRep();

        var query = new LeadQuery(ReceivedFrom: _host.Now.AddDays(-1), ReceivedBefore: _host.Now.AddSeconds(1));
        var page = await _world.Leads.SearchAsync(query, Ct);

        Assert.Equal([recent], page.Items.Select(r => r.Id));
    }

    [Fact]
    public async Task SearchAsync_SortByName_FollowsPinyinOrder()
    {
        foreach (var name in new[] { "张三", "阿强", "李四" })
        {
            await _world.OwnedLeadAsync(_world.EastRep, LeadWorld.Profile(name));
        }

        _world.SignInAsEastRep();

        var page = await _world.Leads.SearchAsync(new LeadQuery(Sort: LeadSort.Name, Descending: false), Ct);

        Assert.Equal(["阿强", "李四", "张三"], page.Items.Select(r => r.PersonName));
    }

    [Fact]
    public async Task SearchAsync_SecondPage_ReturnsTheRestAndTheTotal()
    {
        for (var i = 0; i < 3; i++)
        {
            await _world.OwnedLeadAsync(_world.EastRep);
            _host.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        _world.SignInAsEastRep();

        var page = await _world.Leads.SearchAsync(new LeadQuery(Page: 1, PageSize: 2), Ct);

        Assert.Equal((1, 3), (page.Items.Count, page.TotalCount));
    }

    [Fact]
    public async Task UpdateAsync_NewPhone_RecordsTheChangeInFieldHistory()
    {
        var id = await _world.OwnedLeadAsync(_world.EastRep, LeadWorld.Profile("王建国", phone: "13800138000"));
        _world.SignInAsEastRep();

        await _world.Leads.UpdateAsync(id, 1, Input(LeadWorld.Profile("王建国", phone: "13900139000")), Ct);

        await using var db = await _host.OpenAsync();
        var change = await db.FieldChanges.SingleAsync(f => f.EntityId == id && f.Field == "Phone", Ct);
        Assert.Equal(("13800138000", "13900139000"), (change.OldValue, change.NewValue));
    }

    [Fact]
    public async Task DisqualifyAsync_WithReason_ShowsStatusAndReason()
    {
        var id = await _world.OwnedLeadAsync(_world.EastRep);
        _world.SignInAsEastRep();

        await _world.Leads.DisqualifyAsync(id, 1, DisqualificationReason.NoBudget, "预算明年", Ct);

        var view = await _world.Leads.GetAsync(id, Ct);
        Assert.Equal((LeadStatus.Disqualified, DisqualificationReason.NoBudget, "预算明年"),
            (view.Status, view.DisqualificationReason, view.DisqualificationNote));
    }

    [Fact]
    public async Task ReopenAsync_DisqualifiedLead_IsWorkingAgain()
    {
        var id = await _world.OwnedLeadAsync(_world.EastRep);
        _world.SignInAsEastRep();
        await _world.Leads.DisqualifyAsync(id, 1, DisqualificationReason.Unreachable, null, Ct);

        await _world.Leads.ReopenAsync(id, 2, Ct);

        Assert.Equal(LeadStatus.Working, (await _world.Leads.GetAsync(id, Ct)).Status);
    }

    [Fact]
    public async Task StartWorkingAsync_LeadStillInTheQueue_ThrowsOwnerRequired()
    {
        var id = await _world.QueuedLeadAsync(_world.EastTeam);
        _world.SignInAsEastRep();

        var error = await Assert.ThrowsAsync<DomainException>(() => _world.Leads.StartWorkingAsync(id, 1, Ct));

        Assert.Equal("Owner.required", error.Code);
    }

    [Fact]
    public async Task GetAsync_LeadEnteredByAUser_NamesTheCreator()
    {
        await _world.RouteEveryLeadToAsync(_world.EastRep);
        _world.SignInAsEastRep();
        var id = (await _world.Leads.CreateAsync(Input(LeadWorld.Profile("王建国")), Ct)).Id;

        var view = await _world.Leads.GetAsync(id, Ct);

        Assert.Equal(new RecordCreator(CreatorKind.User, "张伟"), view.CreatedBy);
    }

    [Fact]
    public async Task SubmitAsync_ScopeWithASignedInUser_RefusesToWriteAsTheWebForm()
    {
        var intake = _host.Get<IWebLeadIntake>();

        await Assert.ThrowsAsync<InvalidOperationException>(() => intake.SubmitAsync(LeadWorld.Profile("王建国"), Ct));
    }
}
