using Crm.Domain.Pipeline;
using Crm.Web.Pipeline.Opportunities.Editing;

namespace Crm.Web.Tests.Pipeline.Opportunities.Editing;

public sealed class OpportunityFormTests
{
    [Fact]
    public void ChangedFrom_TypedName_NamesOnlyThatField()
    {
        var original = OpportunityForm.From(OpportunitySamples.View("MES 二期"));
        var typed = original with { Name = "MES 三期" };

        Assert.Equal(["Name"], typed.ChangedFrom(original));
    }

    [Fact]
    public void ReapplyOnto_TheirNewerAmount_KeepsTheirsAndPutsMyNameOnTop()
    {
        var original = OpportunityForm.From(OpportunitySamples.View("MES 二期", 120_000m));
        var typed = original with { Name = "MES 三期" };
        var theirs = original with { Amount = 180_000m, NextStep = "下周演示" };

        var merged = typed.ReapplyOnto(theirs, original);

        Assert.Equal(("MES 三期", 180_000m, "下周演示"), (merged.Name, merged.Amount, merged.NextStep));
    }

    [Fact]
    public void ReapplyOnto_MyAmountOverTheirSwitchToLines_KeepsMyTypedAmount()
    {
        var original = OpportunityForm.From(OpportunitySamples.View(amount: 120_000m));
        var typed = original with { Amount = 150_000m };
        var theirs = original with { AmountMode = AmountMode.LineItems };

        var merged = typed.ReapplyOnto(theirs, original);

        Assert.Equal((AmountMode.Manual, 150_000m), (merged.AmountMode, merged.Amount));
    }

    [Fact]
    public void ToEdit_CompetitorsWithChineseCommas_SplitsIntoNames()
    {
        var form = OpportunityForm.From(OpportunitySamples.View()) with { Competitors = "用友，金蝶、 SAP" };

        Assert.Equal(["用友", "金蝶", "SAP"], form.ToEdit().Competitors);
    }

    [Fact]
    public void Problems_NoExpectedCloseDate_NamesTheField()
    {
        var form = OpportunityForm.From(OpportunitySamples.View()) with { ExpectedCloseDate = "" };

        Assert.Equal([("ExpectedCloseDate", "ExpectedCloseDate.required")], form.Problems());
    }
}
