using Crm.Domain.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Pipeline.Board;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Pipeline.Board;

public sealed class BoardPreferenceTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ListColumnsAsync_NeverChosen_ReturnsNull(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        await PipelineWorld.CreateAsync(host);

        Assert.Null(await host.Get<IBoardPreferences>().ListColumnsAsync(Token));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SaveListColumnsAsync_TwiceByOneUser_LastChoiceReadBackInOrder(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        await PipelineWorld.CreateAsync(host);
        var preferences = host.Get<IBoardPreferences>();

        await preferences.SaveListColumnsAsync(["Name", "Stage"], Token);
        await preferences.SaveListColumnsAsync(["Amount", "Name", "Owner"], Token);

        Assert.Equal(["Amount", "Name", "Owner"], await preferences.ListColumnsAsync(Token));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task ListColumnsAsync_AnotherUsersChoice_IsNotShared(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        await host.Get<IBoardPreferences>().SaveListColumnsAsync(["Name"], Token);

        world.SignInAsWestRep();

        Assert.Null(await host.Get<IBoardPreferences>().ListColumnsAsync(Token));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task SaveListColumnsAsync_KeyThatIsNotAColumnName_ThrowsOnListColumns(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        await PipelineWorld.CreateAsync(host);

        var error = await Assert.ThrowsAsync<DomainException>(
            () => host.Get<IBoardPreferences>().SaveListColumnsAsync(["Name", "x,y"], Token));

        Assert.Equal("ListColumns", error.Field);
    }
}
