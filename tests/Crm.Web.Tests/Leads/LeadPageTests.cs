using Bunit;
using Crm.Domain.Assignment;
using Crm.Domain.Leads;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Customers;
using Crm.Infrastructure.Leads;
using Crm.Web.Leads;
using Crm.Web.Tests.Common;
using MudBlazor;

namespace Crm.Web.Tests.Leads;

public sealed class LeadPageTests : CrmTestContext
{
    [Fact]
    public void Render_RuleDecided_ShowsTheRuleAndItsReasonFromTheCode()
    {
        var lead = Show(LeadSamples.View(LeadSamples.Owned(LeadSamples.Rep, "张伟", RoundRobin())));

        var page = Render<LeadPage>(p => p.Add(x => x.Id, lead.Id));

        Assert.Contains("Assigned by rule 华东制造业: It is 张伟's turn in 华东销售一组.",
            page.Find("[data-testid=lead-assignment-note]").TextContent);
    }

    [Fact]
    public void Render_RulePassedPeopleOver_SaysWhoAndWhy()
    {
        var note = RoundRobin() with
        {
            Skipped =
            [
                new SkippedUser(Guid.CreateVersion7(), "吴婷", SkipReason.OnLeave, 3, 30),
                new SkippedUser(Guid.CreateVersion7(), "林晓燕", SkipReason.AtCapacity, 40, 40),
            ],
        };
        var lead = Show(LeadSamples.View(LeadSamples.Owned(LeadSamples.Rep, "张伟", note)));

        var page = Render<LeadPage>(p => p.Add(x => x.Id, lead.Id));

        Assert.Equal(["吴婷: on leave", "林晓燕: at capacity 40/40"],
            page.FindAll("[data-testid=lead-skipped] li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public void Render_NothingPlacedTheLead_SaysNobodyHasItAndWhy()
    {
        var note = new AssignmentNote(null, "", AssignmentReasons.NoQueue);
        var lead = Show(LeadSamples.View(new LeadRouting(null, null, null, null, note, null, null, Now)));

        var page = Render<LeadPage>(p => p.Add(x => x.Id, lead.Id));

        Assert.Contains("Not assigned to anyone yet", page.Find("[data-testid=lead-unassigned]").TextContent);
        Assert.Contains("no default queue is set", page.Find("[data-testid=lead-assignment-note]").TextContent);
    }

    [Fact]
    public void Render_OwnedNewLead_OffersConversion()
    {
        var lead = Show(LeadSamples.View());

        var page = Render<LeadPage>(p => p.Add(x => x.Id, lead.Id));

        Assert.NotNull(page.Find("[data-testid=lead-convert]"));
    }

    [Fact]
    public void Render_LeadInAQueue_OffersNoConversionUntilTaken()
    {
        var lead = Show(LeadSamples.View(LeadSamples.Queued()));

        var page = Render<LeadPage>(p => p.Add(x => x.Id, lead.Id));

        Assert.Empty(page.FindAll("[data-testid=lead-convert]"));
    }

    [Fact]
    public void Render_LeadNoRuleMatched_SaysWhichQueueAndWhyInTheReadersLanguage()
    {
        var lead = Show(LeadSamples.View(LeadSamples.Queued()));

        var page = Render<LeadPage>(p => p.Add(x => x.Id, lead.Id));

        Assert.Contains("Waiting in the queue of 华东销售一组", page.Find("[data-testid=lead-queue]").TextContent);
        Assert.Contains("No rule matched; the lead waits in the default 华东销售一组 queue.",
            page.Find("[data-testid=lead-assignment-note]").TextContent);
    }

    [Fact]
    public void Render_ReassignedLead_SaysWhoReassignedIt()
    {
        var routing = LeadSamples.Owned(LeadSamples.Rep, "张伟", AssignmentNote.Without(AssignmentNote.Reassigned))
            with { AssignedById = LeadSamples.Manager, AssignedByName = "陈丽" };
        var lead = Show(LeadSamples.View(routing));

        var page = Render<LeadPage>(p => p.Add(x => x.Id, lead.Id));

        Assert.Contains("Reassigned by 陈丽", page.Find("[data-testid=lead-assignment-note]").TextContent);
    }

    [Fact]
    public void TakeClicked_QueuedLead_ReassignsItToTheReader()
    {
        Leads.Choices = Choices(new OwnerOption(LeadSamples.Rep, "张伟"));
        var lead = Show(LeadSamples.View(LeadSamples.Queued()));
        var page = Render<LeadPage>(p => p.Add(x => x.Id, lead.Id));

        page.Find("[data-testid=lead-take]").Click();

        Assert.Equal([$"Reassign:{LeadSamples.Rep}"], Leads.Changes);
    }

    [Fact]
    public void StartWorkingClicked_StaleVersion_ExplainsAndReloads()
    {
        Leads.ChangeError = new ConcurrencyConflictException("Lead", Guid.Empty);
        var lead = Show(LeadSamples.View());
        var snackbars = Render<MudSnackbarProvider>();
        var page = Render<LeadPage>(p => p.Add(x => x.Id, lead.Id));

        page.Find("[data-testid=lead-start]").Click();

        snackbars.WaitForAssertion(() => Assert.Contains("Someone else changed this lead just now", snackbars.Markup));
    }

    [Fact]
    public void Render_ReadOnlyLead_OffersNoActions()
    {
        var lead = Show(LeadSamples.View(canEdit: false));

        var page = Render<LeadPage>(p => p.Add(x => x.Id, lead.Id));

        Assert.Empty(page.FindAll("[data-testid=lead-edit]"));
        Assert.Empty(page.FindAll("[data-testid=lead-reassign]"));
    }

    [Fact]
    public void Render_DuplicatesOnArrival_ListsThemWithTheirCreators()
    {
        var duplicates = new[] { LeadSamples.Account("上海华辰科技有限公司", "陈丽", TimeSpan.FromDays(40)) };
        var lead = Show(LeadSamples.View(duplicates: duplicates));

        var page = Render<LeadPage>(p => p.Add(x => x.Id, lead.Id));

        Assert.Contains("created by 陈丽, 1 month ago", page.Find("[data-testid=lead-duplicates]").TextContent);
    }

    [Fact]
    public void Render_ConvertedLead_LinksWhatItBecame()
    {
        var conversion = new LeadConversion(
            Guid.CreateVersion7(), "上海华辰科技有限公司", Guid.CreateVersion7(), "王建国", null, Now);
        var lead = Show(LeadSamples.View(status: LeadStatus.Qualified, conversion: conversion));

        var page = Render<LeadPage>(p => p.Add(x => x.Id, lead.Id));

        Assert.Equal($"/accounts/{conversion.AccountId}",
            page.Find("[data-testid=conversion-account] a").GetAttribute("href"));
        Assert.Empty(page.FindAll("[data-testid=lead-edit]"));
    }

    [Fact]
    public void Render_UnknownId_ShowsNotFound()
    {
        var page = Render<LeadPage>(p => p.Add(x => x.Id, Guid.CreateVersion7()));

        Assert.NotNull(page.Find("[data-testid=not-found]"));
    }

    private LeadView Show(LeadView lead)
    {
        Leads.Views[lead.Id] = lead;

        return lead;
    }

    internal static AssignmentNote RoundRobin() =>
        new(Guid.CreateVersion7(), "华东制造业", AssignmentReasons.RoundRobin) { Arguments = ["张伟", "华东销售一组"] };

    private static LeadChoices Choices(params OwnerOption[] assignable) =>
        new(true, [.. assignable], [], [.. assignable], []);
}

public sealed class LeadPageChineseTests() : CrmTestContext("zh-CN")
{
    [Fact]
    public void Render_RuleDecided_ExplainsTheReasonInChinese()
    {
        var lead = LeadSamples.View(LeadSamples.Owned(LeadSamples.Rep, "张伟", LeadPageTests.RoundRobin()));
        Leads.Views[lead.Id] = lead;

        var page = Render<LeadPage>(p => p.Add(x => x.Id, lead.Id));

        Assert.Contains("按规则「华东制造业」分配：在 华东销售一组 中轮到 张伟。",
            page.Find("[data-testid=lead-assignment-note]").TextContent);
    }
}
