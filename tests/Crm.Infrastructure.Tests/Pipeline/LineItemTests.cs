using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Pipeline;
using Crm.Infrastructure.Products;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Pipeline;

/// <summary>Line items priced from the catalogue, and the amount that follows them.</summary>
public sealed class LineItemTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AddLineAsync_FollowingLineItems_AmountIsTheSumOfTheLines(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var id = await world.CreateAsync();
        var view = await world.Opportunities.GetAsync(id, Token);
        var version = await world.Opportunities.UpdateAsync(id, 1, FollowLines(view), Token);

        var licences = new LineInput(null, "CRM 专业版", 3, 33.33m, 10);
        version = await world.Opportunities.AddLineAsync(id, version, licences, Token);
        await world.Opportunities.AddLineAsync(id, version, new LineInput(null, "实施服务", 2.5m, 1_000m), Token);

        var saved = await world.Opportunities.GetAsync(id, Token);
        Assert.Equal(new Money(8_999 + 250_000, "CNY"), saved.Amount);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task GetAsync_LineWithQuantityAndDiscount_ReadsBackExactly(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var id = await world.CreateAsync();

        await world.Opportunities.AddLineAsync(id, 1, new LineInput(null, "年度订阅", 1.2345m, 99.99m, 12.5m), Token);

        var line = Assert.Single((await world.Opportunities.GetAsync(id, Token)).Lines);
        Assert.Equal((1.2345m, 12.5m, 10_801L), (line.Quantity, line.DiscountPercent, line.Total.MinorUnits));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AddLineAsync_ProductWithoutDescription_UsesTheProductName(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var product = await NewProductAsync(world);
        var id = await world.CreateAsync();

        await world.Opportunities.AddLineAsync(id, 1, new LineInput(product.Id, null, 1, product.ListPrice), Token);

        var line = Assert.Single((await world.Opportunities.GetAsync(id, Token)).Lines);
        Assert.Equal(("CRM 专业版", product.Code), (line.Description, line.ProductCode));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task AddLineAsync_DeactivatedProduct_ThrowsProductNotFound(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var product = await NewProductAsync(world);
        world.SignInAsAdmin();
        await host.Get<IProductService>().DeactivateAsync(product.Id, product.Version, Token);
        world.SignInAsEastRep();
        var id = await world.CreateAsync();

        var error = await Assert.ThrowsAsync<DomainException>(
            () => world.Opportunities.AddLineAsync(id, 1, new LineInput(product.Id, null, 1, 10m), Token));

        Assert.Equal(("Product.not-found", "Product"), (error.Code, error.Field));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_ProductCodeTakenInOtherCase_ThrowsCodeTaken(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var world = await PipelineWorld.CreateAsync(host);
        var product = await NewProductAsync(world);
        world.SignInAsEastManager();

        var error = await Assert.ThrowsAsync<DomainException>(() => host.Get<IProductService>()
            .CreateAsync(new ProductInput("别的产品", product.Code.ToLowerInvariant(), 1m, "CNY"), Token));

        Assert.Equal(("Code.taken", "Code"), (error.Code, error.Field));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task CreateAsync_ProductAsRep_ThrowsForbidden(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        await PipelineWorld.CreateAsync(host);

        await Assert.ThrowsAsync<ForbiddenException>(() => host.Get<IProductService>()
            .CreateAsync(new ProductInput("CRM 专业版", $"P{Guid.NewGuid():N}", 12_800m, "CNY"), Token));
    }

    private static async Task<ProductRow> NewProductAsync(PipelineWorld world)
    {
        world.SignInAsAdmin();
        var product = await world.Host.Get<IProductService>()
            .CreateAsync(new ProductInput("CRM 专业版", $"crm-{Guid.NewGuid():N}"[..20], 12_800m, "CNY"), Token);
        world.SignInAsEastRep();

        return product;
    }

    private static OpportunityEdit FollowLines(OpportunityView view) =>
        OpportunityConflictTests.Edit(view, view.Details.Name, 0m) with { AmountMode = AmountMode.LineItems };
}
