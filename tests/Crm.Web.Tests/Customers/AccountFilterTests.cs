using Crm.Domain.Customers;
using Crm.Infrastructure.Customers;
using Crm.Web.Customers;

namespace Crm.Web.Tests.Customers;

public sealed class AccountFilterTests
{
    [Fact]
    public void Parse_ItsOwnQueryParameters_GivesTheSameFilter()
    {
        var filter = new AccountFilter("华为", Industry.Technology, AccountTier.Key, "华东", Guid.CreateVersion7(), "重点",
            AccountSort.Owner, true);
        var values = filter.ToQueryParameters();

        var parsed = AccountFilter.Parse(
            (string?)values["q"], (string?)values["industry"], (string?)values["tier"], (string?)values["region"],
            (string?)values["owner"], (string?)values["tag"], (string?)values["sort"], (string?)values["desc"]);

        Assert.Equal(filter, parsed);
    }

    [Fact]
    public void Parse_UnknownOrNumericValues_AreIgnored()
    {
        var parsed = AccountFilter.Parse(null, "42", "gold", null, "not-a-guid", null, "sideways", "maybe");

        Assert.Equal(new AccountFilter(), parsed);
    }

    [Fact]
    public void ToQueryParameters_DefaultFilter_LeavesEveryValueOut()
    {
        var values = new AccountFilter().ToQueryParameters();

        Assert.All(values.Values, Assert.Null);
    }
}
