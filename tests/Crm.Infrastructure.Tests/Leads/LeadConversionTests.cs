using Crm.Domain.Customers;
using Crm.Domain.Leads;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Leads;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Crm.Infrastructure.Tests.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Tests.Leads;

/// <summary>
/// Converting a lead: new or existing account and contact, an opportunity or none, all in one
/// transaction, with the rights of the lead page. 张伟's leads are converted by his manager 陈丽
/// unless a test says otherwise.
/// </summary>
public sealed class LeadConversionTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ConvertAsync_NewAccountAndOpportunity_AreOwnedByTheLeadsOwner(DatabaseProvider provider)
    {
        var (host, world, pipeline) = await StartAsync(provider);
        await using var _ = host;
        var profile = Profile();
        var id = await world.OwnedLeadAsync(world.EastRep, profile);
        world.SignInAsEastManager();

        var result = await Conversions(host).ConvertAsync(id, 1, New(pipeline.Id), Ct);

        var account = await host.ReloadAsync<Account>(result.AccountId);
        var opportunity = await host.ReloadAsync<Opportunity>(result.OpportunityId!.Value);
        Assert.Equal((world.EastRep, profile.Company), (account.OwnerId, account.Name));
        Assert.Equal((world.EastRep, pipeline.FirstOpenStage.Id, id, result.ContactId),
            (opportunity.OwnerId, opportunity.StageId, opportunity.SourceLeadId, opportunity.PrimaryContactId));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ConvertAsync_Converted_MarksTheLeadQualifiedWithLinksToWhatItBecame(DatabaseProvider provider)
    {
        var (host, world, pipeline) = await StartAsync(provider);
        await using var _ = host;
        var id = await world.OwnedLeadAsync(world.EastRep, Profile());
        world.SignInAsEastRep();

        var result = await Conversions(host).ConvertAsync(id, 1, New(pipeline.Id), Ct);

        var lead = await host.ReloadAsync<Lead>(id);
        Assert.Equal((LeadStatus.Qualified, result.AccountId, result.ContactId, result.OpportunityId),
            (lead.Status, lead.ConvertedAccountId, lead.ConvertedContactId, lead.ConvertedOpportunityId));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ConvertAsync_AttachedToAnAccountAndContact_CreatesOnlyTheOpportunity(DatabaseProvider provider)
    {
        var (host, world, pipeline) = await StartAsync(provider);
        await using var _ = host;
        var (account, contact) = await CustomerAsync(host, world.EastTeammate);
        var id = await world.OwnedLeadAsync(world.EastRep, Profile());
        world.SignInAsEastRep();

        var result = await Conversions(host).ConvertAsync(
            id, 1, new LeadConversionInput(account, null, contact, null, Opportunity(pipeline.Id)), Ct);

        await using var db = await host.OpenAsync();
        Assert.Equal((account, contact), (result.AccountId, result.ContactId));
        Assert.Equal(1, await db.Contacts.CountAsync(c => c.AccountId == account, Ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ConvertAsync_NewContactOnAnExistingAccount_IsNotItsPrimaryContact(DatabaseProvider provider)
    {
        var (host, world, _) = await StartAsync(provider);
        await using var __ = host;
        var (account, _) = await CustomerAsync(host, world.EastRep);
        var id = await world.OwnedLeadAsync(world.EastRep, Profile());
        world.SignInAsEastRep();

        var result = await Conversions(host).ConvertAsync(
            id, 1, new LeadConversionInput(account, null, null, "王建国", null), Ct);

        var contact = await host.ReloadAsync<Contact>(result.ContactId);
        Assert.Equal(("王建国", "+86 138 0013 8000", false), (contact.Name, contact.Mobile, contact.IsPrimary));
        Assert.Null(result.OpportunityId);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ConvertAsync_DatabaseRefusesTheOpportunity_LeavesNothingHalfWritten(DatabaseProvider provider)
    {
        var (host, world, pipeline) = await StartAsync(provider, RefusedWrites.Into(provider, "Opportunities"));
        await using var _ = host;
        var company = $"杭州{Guid.NewGuid():N}"[..10] + "有限公司";
        var id = await world.OwnedLeadAsync(world.EastRep, Profile() with { Company = company });
        world.SignInAsEastRep();

        await Assert.ThrowsAnyAsync<Exception>(() => Conversions(host).ConvertAsync(id, 1, New(pipeline.Id), Ct));

        await using var db = await host.OpenAsync();
        Assert.False(await db.Accounts.AnyAsync(a => a.Name == company, Ct));
        Assert.Equal((LeadStatus.New, 1), await db.Leads.Where(l => l.Id == id)
            .Select(l => new ValueTuple<LeadStatus, int>(l.Status, l.Version)).SingleAsync(Ct));
        Assert.DoesNotContain(host.Bus.Published, e => e is LeadConverted or AccountCreated or ContactChanged);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ConvertAsync_LeadOfAnotherTeam_ThrowsNotFound(DatabaseProvider provider)
    {
        var (host, world, pipeline) = await StartAsync(provider);
        await using var _ = host;
        var id = await world.OwnedLeadAsync(world.EastRep, Profile());
        world.SignInAsSouthRep();

        await Assert.ThrowsAsync<NotFoundException>(() => Conversions(host).ConvertAsync(id, 1, New(pipeline.Id), Ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ConvertAsync_Marketer_ThrowsForbidden(DatabaseProvider provider)
    {
        var (host, world, pipeline) = await StartAsync(provider);
        await using var _ = host;
        var id = await world.OwnedLeadAsync(world.EastRep, Profile());
        world.SignInAsMarketer();

        await Assert.ThrowsAsync<ForbiddenException>(
            () => Conversions(host).ConvertAsync(id, 1, New(pipeline.Id), Ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ConvertAsync_LeadStillInTheQueue_ThrowsOwnerRequired(DatabaseProvider provider)
    {
        var (host, world, _) = await StartAsync(provider);
        await using var __ = host;
        var id = await world.QueuedLeadAsync(world.EastTeam, Profile());
        world.SignInAsEastRep();

        var error = await Assert.ThrowsAsync<Domain.Common.DomainException>(
            () => Conversions(host).ConvertAsync(id, 1, New(null), Ct));

        Assert.Equal("Owner.required", error.Code);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ConvertAsync_AccountOfAnotherTeam_ThrowsAccountNotFound(DatabaseProvider provider)
    {
        var (host, world, _) = await StartAsync(provider);
        await using var __ = host;
        var (account, contact) = await CustomerAsync(host, world.SouthRep);
        var id = await world.OwnedLeadAsync(world.EastRep, Profile());
        world.SignInAsEastRep();

        var error = await Assert.ThrowsAsync<Domain.Common.DomainException>(() => Conversions(host).ConvertAsync(
            id, 1, new LeadConversionInput(account, null, contact, null, null), Ct));

        Assert.Equal(("Account.not-found", "Account"), (error.Code, error.Field));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ConvertAsync_VersionSomeoneElseChanged_ThrowsConflict(DatabaseProvider provider)
    {
        var (host, world, _) = await StartAsync(provider);
        await using var __ = host;
        var id = await world.OwnedLeadAsync(world.EastRep, Profile());
        await host.ChangeAsync<Lead>(id, (l, at) => l.StartWorking(at));
        world.SignInAsEastRep();

        await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => Conversions(host).ConvertAsync(id, 1, New(null), Ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task OptionsAsync_LeadLikeACustomer_OffersItsAccountWithTheMatchingContactFirst(
        DatabaseProvider provider)
    {
        var (host, world, pipeline) = await StartAsync(provider);
        await using var _ = host;
        var (account, contact) = await CustomerAsync(host, world.EastTeammate, "other@customer.test");
        var id = await world.OwnedLeadAsync(world.EastRep, Profile() with { Phone = "+86 139 1111 2222" });
        world.SignInAsEastRep();

        var options = await Conversions(host).OptionsAsync(id, Ct);

        var match = Assert.Single(options.Accounts);
        Assert.Equal(
            (account, contact, MatchedOn.Phone), (match.Id, match.Contacts[0].Id, match.Contacts[0].MatchedOn));
        Assert.Contains(options.Pipelines, p => p.Id == pipeline.Id);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task OptionsAsync_MatchingAccountOfAnotherTeam_IsNotOffered(DatabaseProvider provider)
    {
        var (host, world, _) = await StartAsync(provider);
        await using var __ = host;
        await CustomerAsync(host, world.SouthRep);
        var id = await world.OwnedLeadAsync(world.EastRep, Profile() with { Phone = "+86 139 1111 2222" });
        world.SignInAsEastRep();

        var options = await Conversions(host).OptionsAsync(id, Ct);

        Assert.Empty(options.Accounts);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ConvertedIntoAsync_AccountALeadBecame_ListsTheLead(DatabaseProvider provider)
    {
        var (host, world, _) = await StartAsync(provider);
        await using var __ = host;
        var id = await world.OwnedLeadAsync(world.EastRep, Profile());
        world.SignInAsEastRep();
        var result = await Conversions(host).ConvertAsync(id, 1, New(null), Ct);

        var sources = await Conversions(host).ConvertedIntoAsync(result.AccountId, Ct);

        Assert.Equal([(id, "王建国")], sources.Select(s => (s.Id, s.Name)));
    }

    private async Task<(CrmTestHost Host, LeadWorld World, SalesPipeline Pipeline)> StartAsync(
        DatabaseProvider provider, Action<IServiceCollection>? configure = null)
    {
        var host = await databases.StartHostAsync(provider, configure);
        var world = await LeadWorld.CreateAsync(host);
        var pipeline = await host.SaveNewAsync(PipelineWorld.NewPipeline($"新业务 {Guid.NewGuid():N}"[..12], host.Now));

        return (host, world, pipeline);
    }

    private static ILeadConversionService Conversions(CrmTestHost host) => host.Get<ILeadConversionService>();

    // An existing customer whose one contact has the phone of Profile(): 139 1111 2222.
    private static async Task<(Guid Account, Guid Contact)> CustomerAsync(
        CrmTestHost host, Guid ownerId, string email = "li.si@customer.test")
    {
        var account = await host.SaveNewAsync(TestRecords.Account(host.Now, $"客户{Guid.NewGuid():N}"[..10], ownerId));
        var contact = Contact.Create(
            Guid.CreateVersion7(), account.Id, new ContactDetails("李四", null, null, "13911112222", email, null),
            host.Now);
        contact.MarkPrimary(true);
        await host.SaveNewAsync(contact);

        return (account.Id, contact.Id);
    }

    // A company of its own per test: the class's tests share a database.
    private static LeadProfile Profile() =>
        LeadWorld.Profile(
            "王建国", $"华辰{Guid.NewGuid():N}"[..8] + "科技有限公司", "+86 138 0013 8000",
            $"{Guid.NewGuid():N}@huachen.test");

    private static LeadConversionInput New(Guid? pipelineId) =>
        new(null, null, null, null, pipelineId is { } id ? Opportunity(id) : null);

    private static ConversionOpportunity Opportunity(Guid pipelineId) =>
        new(pipelineId, "上海华辰科技 – CRM 企业版", 120_000m, "CNY", new DateOnly(2026, 6, 30));
}
