using Crm.Infrastructure.Seeding.Scale;

namespace Crm.Infrastructure.Tests.Seeding;

public sealed class GenerationRequestTests
{
    [Theory]
    [InlineData(-1, 0, 10, "--accounts")]
    [InlineData(10, -5, 10, "--activities")]
    [InlineData(10, 10, 0, "--batch-size")]
    [InlineData(0, 10, 10, "--activities needs --accounts")]
    public void Problem_InvalidRequest_NamesTheOptionAtFault(int accounts, int activities, int batch, string expected)
    {
        var problem = new GenerationRequest(accounts, activities, batch).Problem();

        Assert.StartsWith(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_ValidRequest_IsNull()
    {
        Assert.Null(new GenerationRequest(200_000, 1_000_000).Problem());
    }
}
