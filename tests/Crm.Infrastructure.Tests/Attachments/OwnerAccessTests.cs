using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Attachments;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;
using Crm.Infrastructure.Tests.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Tests.Attachments;

/// <summary>Files of opportunities follow opportunity visibility; kinds without a rule show nothing.</summary>
public sealed class OwnerAccessTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "crm-tests", $"attachments-{Guid.NewGuid():N}");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AttachAsync_OpportunityOfTheRepsTeam_IsListedWithIt(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var opportunity = await AddOpportunityAsync(world);
        world.SignInAsEastTeammate();

        await AttachAsync(host, opportunity, "方案.pdf", "%PDF-1.7");

        var listed = await Service(host).ListAsync(opportunity, cancellationToken: Token);
        Assert.Equal(["方案.pdf"], listed.Items.Select(i => i.FileName));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ListAsync_OpportunityAsSupportAgent_ThrowsNotFound(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var opportunity = await AddOpportunityAsync(world);
        await AttachAsync(host, opportunity, "方案.pdf", "%PDF-1.7");
        world.SignInAsAgent();

        var act = () => Service(host).ListAsync(opportunity, cancellationToken: Token);

        await Assert.ThrowsAsync<NotFoundException>(act);
    }

    [Fact]
    public async Task ListAsync_KindWithoutAnAccessRule_ThrowsNotFoundEvenForAdmins()
    {
        await using var host = await StartAsync(DatabaseProvider.Sqlite);

        var act = () => Service(host).ListAsync(new RecordLink(RecordKind.Lead, Guid.CreateVersion7()), null, Token);

        await Assert.ThrowsAsync<NotFoundException>(act);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private Task<CrmTestHost> StartAsync(DatabaseProvider provider) =>
        databases.StartHostAsync(provider, services => services.Configure<AttachmentOptions>(o => o.Root = _root));

    private static IAttachmentService Service(CrmTestHost host) => host.Get<IAttachmentService>();

    private static async Task<RecordLink> AddOpportunityAsync(PipelineWorld world)
    {
        var opportunity = Opportunity.Create(
            Guid.CreateVersion7(), new OpportunityDetails("MES 二期", null, new DateOnly(2026, 6, 30)),
            world.EastAccount, world.EastRep, world.Qualify, new Money(5_000_000, "CNY"), world.EastRep,
            world.Host.Now);
        await world.Host.SaveNewAsync(opportunity);

        return new RecordLink(RecordKind.Opportunity, opportunity.Id);
    }

    private static async Task AttachAsync(CrmTestHost host, RecordLink owner, string name, string content)
    {
        var staged = await Service(host).StageAsync(
            name, new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content)), Token);
        await Service(host).AttachAsync(owner, null, [staged], Token);
    }
}
