using Crm.Domain.Common;
using Crm.Domain.Pipeline;

namespace Crm.Domain.Tests.Pipeline;

public sealed class OpportunityLineTests
{
    private static readonly DateTime At = PipelineBuilder.At;

    [Theory]
    [InlineData(3, 3333, 10, 8999)]
    [InlineData(1, 5, 10, 5)]
    [InlineData(0.5, 3, 0, 2)]
    [InlineData(12, 99_900, 0, 1_198_800)]
    [InlineData(2.5, 1_000_001, 12.5, 2_187_502)]
    [InlineData(7, 100, 100, 0)]
    public void TotalOf_QuantityPriceDiscount_IsExactThenRoundedHalfAwayFromZero(
        decimal quantity, long unitPrice, decimal discount, long expected)
    {
        Assert.Equal(expected, OpportunityLine.TotalOf(quantity, unitPrice, discount));
    }

    [Fact]
    public void AddLine_FollowingLineItems_AmountIsTheSumOfLineTotals()
    {
        var opportunity = OpportunityBuilder.In(PipelineBuilder.Standard());
        opportunity.FollowLineItems(At);

        opportunity.AddLine(Guid.NewGuid(), OpportunityBuilder.Line(3, 3333, 10), At);
        opportunity.AddLine(Guid.NewGuid(), OpportunityBuilder.Line(2, 50_000), At);

        Assert.Equal(new Money(108_999, "CNY"), opportunity.Amount);
    }

    [Fact]
    public void AddLine_ManualAmount_KeepsTheTypedAmount()
    {
        var opportunity = OpportunityBuilder.In(PipelineBuilder.Standard());

        opportunity.AddLine(Guid.NewGuid(), OpportunityBuilder.Line(2, 50_000), At);

        Assert.Equal(10_000_000, opportunity.AmountMinorUnits);
    }

    [Fact]
    public void RemoveLine_FollowingLineItems_RecalculatesTheAmount()
    {
        var opportunity = OpportunityBuilder.In(PipelineBuilder.Standard());
        opportunity.FollowLineItems(At);
        var first = opportunity.AddLine(Guid.NewGuid(), OpportunityBuilder.Line(1, 70_000), At);
        opportunity.AddLine(Guid.NewGuid(), OpportunityBuilder.Line(1, 30_000), At);

        opportunity.RemoveLine(first.Id, At);

        Assert.Equal(30_000, opportunity.AmountMinorUnits);
    }

    [Fact]
    public void UpdateLine_NewDiscount_RecalculatesLineAndAmount()
    {
        var opportunity = OpportunityBuilder.In(PipelineBuilder.Standard());
        opportunity.FollowLineItems(At);
        var line = opportunity.AddLine(Guid.NewGuid(), OpportunityBuilder.Line(4, 25_000), At);

        opportunity.UpdateLine(line.Id, OpportunityBuilder.Line(4, 25_000, 15), At);

        Assert.Equal((85_000, 85_000), (opportunity.Lines[0].TotalMinorUnits, opportunity.AmountMinorUnits));
    }

    [Fact]
    public void AddLine_PriceInAnotherCurrency_ThrowsUnitPriceCurrency()
    {
        var opportunity = OpportunityBuilder.In(PipelineBuilder.Standard());

        var error = Assert.Throws<DomainException>(
            () => opportunity.AddLine(Guid.NewGuid(), OpportunityBuilder.Line(1, 100, currency: "USD"), At));

        Assert.Equal(("UnitPrice.currency", "UnitPrice"), (error.Code, error.Field));
    }

    [Theory]
    [InlineData(1, 100.5)]
    [InlineData(1, -1)]
    [InlineData(1, 10.125)]
    public void AddLine_DiscountOutOfRange_ThrowsDiscountRange(decimal quantity, decimal discount)
    {
        var opportunity = OpportunityBuilder.In(PipelineBuilder.Standard());

        var error = Assert.Throws<DomainException>(
            () => opportunity.AddLine(Guid.NewGuid(), OpportunityBuilder.Line(quantity, 100, discount), At));

        Assert.Equal("Discount.range", error.Code);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1.00001)]
    [InlineData(1_000_001)]
    public void AddLine_QuantityOutOfRange_ThrowsQuantityRange(decimal quantity)
    {
        var opportunity = OpportunityBuilder.In(PipelineBuilder.Standard());

        var error = Assert.Throws<DomainException>(
            () => opportunity.AddLine(Guid.NewGuid(), OpportunityBuilder.Line(quantity, 100), At));

        Assert.Equal("Quantity.range", error.Code);
    }

    [Fact]
    public void SetAmount_OtherCurrencyWhileLinesExist_ThrowsCurrencyHasLines()
    {
        var opportunity = OpportunityBuilder.In(PipelineBuilder.Standard());
        opportunity.AddLine(Guid.NewGuid(), OpportunityBuilder.Line(1, 100), At);

        var error = Assert.Throws<DomainException>(() => opportunity.SetAmount(new Money(100, "USD"), At));

        Assert.Equal("Currency.has-lines", error.Code);
    }

    [Fact]
    public void SetAmount_WhileFollowingLines_SwitchesToManual()
    {
        var opportunity = OpportunityBuilder.In(PipelineBuilder.Standard());
        opportunity.FollowLineItems(At);
        opportunity.AddLine(Guid.NewGuid(), OpportunityBuilder.Line(1, 100), At);

        opportunity.SetAmount(new Money(5_000, "CNY"), At);

        Assert.Equal((AmountMode.Manual, 5_000L), (opportunity.AmountMode, opportunity.AmountMinorUnits));
    }
}
