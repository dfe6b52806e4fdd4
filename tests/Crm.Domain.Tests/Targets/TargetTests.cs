using Crm.Domain.Common;
using Crm.Domain.Forecasting;
using Crm.Domain.Targets;

namespace Crm.Domain.Tests.Targets;

public sealed class TargetTests
{
    private static readonly DateTime At = new(2026, 4, 1, 1, 0, 0, DateTimeKind.Utc);
    private static readonly FiscalPeriod April = new FiscalCalendar(1).Parse("2026-04")!;
    private static readonly Guid Admin = Guid.CreateVersion7();

    [Fact]
    public void Set_ActiveRep_KeepsPeriodFigureAndWhoSetIt()
    {
        var target = NewTarget(TargetValue.Of(TargetMeasure.WonAmount, 100_000m, "CNY"));

        Assert.Equal(("2026-04", 10_000_000L, Admin), (target.PeriodKey, target.Value, target.SetById));
    }

    [Fact]
    public void Set_RecordsTargetChanged()
    {
        var target = NewTarget(new TargetValue(10, null), TargetMeasure.WonCount);

        var changed = Assert.IsType<TargetChanged>(Assert.Single(target.DomainEvents));
        Assert.Equal(("2026-04", TargetMeasure.WonCount), (changed.PeriodKey, changed.Measure));
    }

    [Theory]
    [InlineData(TargetSubjectState.Missing, "Subject.missing")]
    [InlineData(TargetSubjectState.Inactive, "Subject.inactive")]
    [InlineData(TargetSubjectState.NotSales, "Subject.not-sales")]
    public void Set_SubjectNotActiveInSales_IsRefused(TargetSubjectState state, string code)
    {
        var error = Assert.Throws<DomainException>(() => Target.Set(
            Guid.CreateVersion7(), April, TargetSubject.Rep(Guid.CreateVersion7()), state,
            TargetMeasure.WonCount, new TargetValue(3, null), Admin, At));

        Assert.Equal((code, "Subject"), (error.Code, error.Field));
    }

    [Fact]
    public void Set_CountFigureForAnAmountTarget_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => NewTarget(new TargetValue(10, null)));

        Assert.Equal("Value.invalid", error.Code);
    }

    [Fact]
    public void Change_ClearedTarget_ComesBackWithTheNewFigure()
    {
        var target = NewTarget(new TargetValue(500, "CNY"));
        target.Clear(Admin, At);

        target.Change(new TargetValue(700, "CNY"), TargetSubjectState.Active, Admin, At.AddHours(1));

        Assert.Equal((false, 700L, At.AddHours(1)), (target.IsDeleted, target.Value, target.SetAt));
    }

    [Fact]
    public void Clear_RemembersWhoClearedIt()
    {
        var target = NewTarget(new TargetValue(500, "CNY"));
        var manager = Guid.CreateVersion7();

        target.Clear(manager, At.AddDays(1));

        Assert.Equal((true, manager, At.AddDays(1)), (target.IsDeleted, target.SetById, target.SetAt));
    }

    [Fact]
    public void Require_UnknownPeriodKey_SaysHowToWriteOne()
    {
        var error = Assert.Throws<DomainException>(() => TargetPeriods.Require(new FiscalCalendar(4), "2026-Q1"));

        Assert.Equal(("Period.unknown", "Period"), (error.Code, error.Field));
    }

    [Fact]
    public void Require_QuarterKey_FollowsTheFiscalYearStart()
    {
        var quarter = TargetPeriods.Require(new FiscalCalendar(4), "FY2026-Q1");

        Assert.Equal((new DateOnly(2026, 4, 1), new DateOnly(2026, 7, 1)), (quarter.Start, quarter.End));
    }

    private static Target NewTarget(TargetValue value, TargetMeasure measure = TargetMeasure.WonAmount) =>
        Target.Set(Guid.CreateVersion7(), April, TargetSubject.Rep(Guid.CreateVersion7()),
            TargetSubjectState.Active, measure, value, Admin, At);
}
