using Crm.Domain.Common;
using Crm.Web.Common;

namespace Crm.Web.Tests.Common;

public sealed class RecordUrlsTests
{
    private static readonly Guid Id = Guid.Parse("0195a000-0000-7000-8000-0000000000aa");

    [Theory]
    [InlineData(RecordKind.Account, "/accounts/0195a000-0000-7000-8000-0000000000aa")]
    [InlineData(RecordKind.Lead, "/leads/0195a000-0000-7000-8000-0000000000aa")]
    [InlineData(RecordKind.Opportunity, "/opportunities/0195a000-0000-7000-8000-0000000000aa")]
    public void For_EachKind_PointsAtItsPage(RecordKind kind, string expected)
    {
        var url = RecordUrls.For(new RecordLink(kind, Id));

        Assert.Equal(expected, url);
    }
}
