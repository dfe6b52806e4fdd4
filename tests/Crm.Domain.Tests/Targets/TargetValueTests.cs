using Crm.Domain.Common;
using Crm.Domain.Targets;

namespace Crm.Domain.Tests.Targets;

public sealed class TargetValueTests
{
    [Fact]
    public void Of_AmountWithTwoDecimals_IsMinorUnitsOfTheBaseCurrency()
    {
        var value = TargetValue.Of(TargetMeasure.WonAmount, 12_345.67m, "CNY");

        Assert.Equal(new TargetValue(1_234_567, "CNY"), value);
    }

    [Fact]
    public void Of_AmountWithThreeDecimals_IsRefusedNotRounded()
    {
        var error = Assert.Throws<DomainException>(() => TargetValue.Of(TargetMeasure.WonAmount, 1.005m, "CNY"));

        Assert.Equal(("Value.precision", "Value"), (error.Code, error.Field));
    }

    [Theory]
    [InlineData(TargetMeasure.WonAmount)]
    [InlineData(TargetMeasure.ActivityCount)]
    public void Of_Negative_IsRefused(TargetMeasure measure)
    {
        var error = Assert.Throws<DomainException>(() => TargetValue.Of(measure, -1m, "CNY"));

        Assert.Equal("Value.negative", error.Code);
    }

    [Fact]
    public void Of_CountWithAFraction_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => TargetValue.Of(TargetMeasure.WonCount, 2.5m, "CNY"));

        Assert.Equal("Value.whole", error.Code);
    }

    [Fact]
    public void Of_Count_HasNoCurrency()
    {
        var value = TargetValue.Of(TargetMeasure.ActivityCount, 120m, "CNY");

        Assert.Equal(new TargetValue(120, null), value);
    }

    [Fact]
    public void Of_CountAboveTheMaximum_IsRefused()
    {
        var error = Assert.Throws<DomainException>(
            () => TargetValue.Of(TargetMeasure.WonCount, TargetValue.MaxCount + 1, "CNY"));

        Assert.Equal("Value.too-large", error.Code);
    }

    [Fact]
    public void Of_UnknownMeasure_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => TargetValue.Of((TargetMeasure)9, 1m, "CNY"));

        Assert.Equal(("Measure.invalid", "Measure"), (error.Code, error.Field));
    }

    [Fact]
    public void Figure_Amount_IsMajorUnits()
    {
        Assert.Equal(12_345.67m, new TargetValue(1_234_567, "CNY").Figure(TargetMeasure.WonAmount));
    }
}
