using Crm.Domain.Common;
using Crm.Domain.Forecasting;

namespace Crm.Domain.Tests.Forecasting;

public sealed class ForecastAdjustmentTests
{
    private static readonly DateTime At = new(2026, 5, 4, 1, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Next_AfterTheOneInForce_TakesTheFollowingRevision()
    {
        var first = ForecastAdjustment.Next(null, ForecastSubjectKind.Rep, Guid.CreateVersion7(), "FY2026-Q1",
            100_000, "大单提前", Guid.CreateVersion7(), At);

        var second = ForecastAdjustment.Next(first, first.SubjectKind, first.SubjectId, first.PeriodKey, 0,
            "撤回调整", Guid.CreateVersion7(), At.AddHours(1));

        Assert.Equal((1, 2), (first.Revision, second.Revision));
    }

    [Fact]
    public void Next_BlankNote_ThrowsNoteRequired()
    {
        var error = Assert.Throws<DomainException>(() => ForecastAdjustment.Next(
            null, ForecastSubjectKind.Team, Guid.CreateVersion7(), "2026-04", 1, "  ", Guid.CreateVersion7(), At));

        Assert.Equal(("Note.required", "Note"), (error.Code, error.Field));
    }

    [Fact]
    public void Next_Organization_ThrowsSubjectKindInvalid()
    {
        var error = Assert.Throws<DomainException>(() => ForecastAdjustment.Next(
            null, ForecastSubjectKind.Organization, Guid.CreateVersion7(), "2026-04", 1, "全公司",
            Guid.CreateVersion7(), At));

        Assert.Equal("ForecastAdjustment.SubjectKind.invalid", error.Code);
    }
}
