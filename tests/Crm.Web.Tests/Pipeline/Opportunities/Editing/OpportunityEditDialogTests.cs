using AngleSharp.Dom;
using Bunit;
using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Pipeline;

namespace Crm.Web.Tests.Pipeline.Opportunities.Editing;

/// <summary>The edit dialog opened from the page: field errors, someone saving meanwhile, the conflict.</summary>
public sealed class OpportunityEditDialogTests : OpportunityTestContext
{
    [Fact]
    public void Save_EmptyName_ShowsErrorNextToNameAndSavesNothing()
    {
        OpenEditor(OpportunitySamples.View());
        Field("opportunity-name").Input("");

        Dialogs.Find("[data-testid=opportunity-save]").Click();

        Dialogs.WaitForAssertion(() =>
            Assert.Contains("Enter the opportunity's name.", Dialogs.Find("[data-testid=field-Name]").TextContent));
        Assert.Empty(Opportunities.Updates);
    }

    [Fact]
    public void Save_ServiceRejectsTheOwner_ShowsTheTranslatedErrorNextToOwner()
    {
        OpenEditor(OpportunitySamples.View());
        Opportunities.FailNextUpdate = new DomainException("Owner.invalid", "Not assignable.", "Owner");

        Dialogs.Find("[data-testid=opportunity-save]").Click();

        Dialogs.WaitForAssertion(() => Assert.Contains(
            "Pick someone you can give opportunities to.", Dialogs.Find("[data-testid=field-Owner]").TextContent));
    }

    [Fact]
    public void Save_Unchanged_SavesOnTheLoadedVersion()
    {
        var view = OpenEditor(OpportunitySamples.View(version: 3));

        Dialogs.Find("[data-testid=opportunity-save]").Click();

        Assert.Equal((view.Id, 3), Opportunities.Updates.Select(u => (u.Id, u.Version)).Single());
    }

    [Fact]
    public void Save_SomeoneSavedFirst_OpensTheConflictDialogWithTheirChange()
    {
        var view = OpenEditor(OpportunitySamples.View("MES 二期", 120_000m, version: 3));
        Field("opportunity-name").Input("MES 三期");
        TheySave(view, v => v with { Amount = Money.Of(180_000m, "CNY") }, ("Amount", "120000.00", "180000.00"));

        Dialogs.Find("[data-testid=opportunity-save]").Click();

        var theirs = Dialogs.WaitForElement("[data-testid=conflict-their-change]");
        Assert.Equal("陈丽 saved changes first", Dialogs.Find("[data-testid=conflict-title]").TextContent.Trim());
        var parts = theirs.Children.Select(c => c.TextContent.Trim()).Where(t => t.Length > 0);
        Assert.Equal(["Amount", "¥120,000.00", "¥180,000.00"], parts);
    }

    [Fact]
    public void Save_TheyChangedAmountAndCurrency_EachAmountShowsInTheCurrencyItWasIn()
    {
        var view = OpenEditor(OpportunitySamples.View("MES 二期", 120_000m, version: 3));
        Field("opportunity-name").Input("MES 三期");
        TheySave(
            view, v => v with { Amount = Money.Of(25_000m, "USD") },
            ("Amount", "120000.00", "25000.00"), ("Currency", "CNY", "USD"));

        Dialogs.Find("[data-testid=opportunity-save]").Click();

        var amount = Dialogs.WaitForElement("[data-testid=conflict-their-change][data-field=Amount]");
        var parts = amount.Children.Select(c => c.TextContent.Trim()).Where(t => t.Length > 0);
        Assert.Equal(["Amount", "¥120,000.00", "US$25,000.00"], parts);
    }

    [Fact]
    public void Save_SomeoneSavedFirst_ShowsWhatWasTypedBesideTheirs()
    {
        var view = OpenEditor(OpportunitySamples.View("MES 二期", version: 3));
        Field("opportunity-name").Input("MES 三期");
        TheySave(view, v => v with { Amount = Money.Of(180_000m, "CNY") }, ("Amount", "120000.00", "180000.00"));

        Dialogs.Find("[data-testid=opportunity-save]").Click();

        var yours = Dialogs.WaitForElement("[data-testid=conflict-your-change]");
        Assert.Equal("Name", yours.GetAttribute("data-field"));
        Assert.Contains("MES 三期", yours.TextContent);
    }

    [Fact]
    public void Save_BothChangedTheSameField_MarksIt()
    {
        var view = OpenEditor(OpportunitySamples.View("MES 二期", version: 3));
        Field("opportunity-name").Input("MES 三期");
        TheySave(view, v => v with { Details = v.Details with { Name = "MES 二期（扩容）" } },
            ("Name", "MES 二期", "MES 二期（扩容）"));

        Dialogs.Find("[data-testid=opportunity-save]").Click();

        Dialogs.WaitForElement("[data-testid=conflict-overlap]");
    }

    [Fact]
    public void Reapply_SavesOnlyMyFieldsOnTheNewVersion()
    {
        var view = OpenEditor(OpportunitySamples.View("MES 二期", 120_000m, version: 3));
        Field("opportunity-name").Input("MES 三期");
        TheySave(view, v => v with { Amount = Money.Of(180_000m, "CNY") }, ("Amount", "120000.00", "180000.00"));
        Dialogs.Find("[data-testid=opportunity-save]").Click();

        Dialogs.WaitForElement("[data-testid=conflict-reapply]").Click();

        Dialogs.WaitForAssertion(() => Assert.Equal(2, Opportunities.Updates.Count));
        var saved = Opportunities.Updates[^1];
        Assert.Equal((4, "MES 三期", 180_000m), (saved.Version, saved.Edit.Name, saved.Edit.Amount));
    }

    [Fact]
    public void Reapply_Saved_ClosesBothDialogs()
    {
        var view = OpenEditor(OpportunitySamples.View(version: 3));
        Field("opportunity-name").Input("MES 三期");
        TheySave(view, v => v with { Amount = Money.Of(180_000m, "CNY") }, ("Amount", "120000.00", "180000.00"));
        Dialogs.Find("[data-testid=opportunity-save]").Click();

        Dialogs.WaitForElement("[data-testid=conflict-reapply]").Click();

        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll("[data-testid=opportunity-dialog]")));
    }

    [Fact]
    public void Reload_DiscardsMineAndShowsTheirs()
    {
        var view = OpenEditor(OpportunitySamples.View("MES 二期", 120_000m, version: 3));
        Field("opportunity-name").Input("MES 三期");
        TheySave(view, v => v with { Amount = Money.Of(180_000m, "CNY") }, ("Amount", "120000.00", "180000.00"));
        Dialogs.Find("[data-testid=opportunity-save]").Click();

        Dialogs.WaitForElement("[data-testid=conflict-reload]").Click();

        Page.WaitForAssertion(
            () => Assert.Contains("¥180,000.00", Page.Find("[data-testid=fact-amount]").TextContent));
        Assert.Single(Opportunities.Updates);
    }

    [Fact]
    public void LiveEvent_WhileEditing_ShowsWhoChangedItAndKeepsTheTyping()
    {
        var view = OpenEditor(OpportunitySamples.View("MES 二期", version: 3));
        Field("opportunity-name").Input("MES 三期");
        TheySave(view, v => v with { Amount = Money.Of(180_000m, "CNY") }, ("Amount", "120000.00", "180000.00"));

        Bus.Publish([new OpportunityChanged(
            view.Id, 4, Now, view.PipelineId, view.StageId, view.OwnerId, view.AccountId, 18_000_000, "CNY")]);

        var banner = Dialogs.WaitForElement("[data-testid=opportunity-live-banner]");
        Assert.StartsWith("陈丽 just changed this opportunity.", banner.TextContent.Trim());
        Assert.Equal("MES 三期", Field("opportunity-name").GetAttribute("value"));
    }

    private IRenderedComponent<Web.Pipeline.Opportunities.OpportunityPage> Page { get; set; } = default!;

    private OpportunityView OpenEditor(OpportunityView view)
    {
        Given(view);
        Page = RenderPage(view.Id);
        Page.Find("[data-testid=opportunity-edit]").Click();
        Dialogs.WaitForElement("[data-testid=opportunity-form]");

        return view;
    }

    private IElement Field(string testId) => Dialogs.Find($"input[data-testid={testId}]");

    // Someone else's save: a newer version and the field changes it recorded.
    private void TheySave(
        OpportunityView loaded, Func<OpportunityView, OpportunityView> change,
        params (string Field, string? From, string? To)[] changes)
    {
        Given(change(loaded) with { Version = loaded.Version + 1 });
        Opportunities.Changes.AddRange(
            changes.Select(c => OpportunitySamples.Change(c.Field, c.From, c.To, loaded.Version + 1)));
    }
}
