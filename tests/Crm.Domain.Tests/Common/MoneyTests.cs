using Crm.Domain.Common;

namespace Crm.Domain.Tests.Common;

public sealed class MoneyTests
{
    [Fact]
    public void Of_TwoDecimals_StoresMinorUnits()
    {
        var money = Money.Of(1234.56m, "CNY");

        Assert.Equal(123456, money.MinorUnits);
    }

    [Fact]
    public void Of_ThreeDecimals_ThrowsInsteadOfRounding()
    {
        Assert.Throws<DomainException>(() => Money.Of(1.005m, "CNY"));
    }

    [Theory]
    [InlineData("cny")]
    [InlineData("RMB1")]
    [InlineData("")]
    public void New_InvalidCurrency_Throws(string currency)
    {
        Assert.Throws<DomainException>(() => new Money(1, currency));
    }
}
