using Crm.Domain.Common;
using Crm.Domain.Leads;
using Crm.Domain.Pipeline;

namespace Crm.Infrastructure.Seeding.Demo;

/// <summary>
/// The opportunity a converted demo lead opened in the new-business pipeline, the way the
/// conversion dialog names it ("company – what they asked about", or 新商机), owned by the lead's
/// owner: it moves along the open stages as the weeks pass and, a few months on, is won or lost.
/// </summary>
internal sealed class DemoLeadOpportunities(DateTime nowUtc, SalesPipeline pipeline)
{
    private static readonly string[] Won = ["客户签约，首年合同已回款。", "方案通过评审，签订年度合同。"];

    private static readonly string[] Lost = ["预算推迟到明年。", "客户选择了竞争对手。", "项目暂停，联系人已离职。"];

    public Opportunity Open(Lead lead, Guid accountId, Guid contactId, int index, DateTime at)
    {
        var random = new Random(20260305 + (index * 7919));
        var ownerId = lead.OwnerId!.Value;
        var name = $"{lead.Company ?? lead.PersonName} – {lead.ProductInterest ?? "新商机"}";
        var expected = SeedCalendar.TodayIn(at).AddDays(random.Next(30, 120));
        var details = new OpportunityDetails(name, contactId, expected, null, []);
        var amount = new Money(random.Next(5, 61) * 1_000_000L, "CNY");
        var opportunity = Opportunity.Create(
            DeterministicGuid.From("demo:lead-opportunity", index), details, accountId, ownerId,
            pipeline.FirstOpenStage, amount, ownerId, at, lead.Id);
        Walk(opportunity, ownerId, at, random);

        return opportunity;
    }

    // One open stage every one to three weeks, then won or lost; nothing later than yesterday.
    private void Walk(Opportunity opportunity, Guid ownerId, DateTime from, Random random)
    {
        var at = from;
        foreach (var stage in pipeline.ActiveStages.Where(s => s.IsOpen).Skip(1))
        {
            at = at.AddDays(random.Next(7, 22));
            if (at > nowUtc.AddDays(-1))
            {
                return;
            }

            opportunity.MoveTo(stage, ownerId, at);
        }

        at = at.AddDays(random.Next(7, 31));
        if (at > nowUtc.AddDays(-1))
        {
            return;
        }

        var won = random.Chance(0.55);
        var close = new CloseInfo(random.Pick(won ? Won : Lost), SeedCalendar.TodayIn(at));
        // Like the other seeded deals, a closed one was expected to close on the day it did.
        opportunity.UpdateDetails(
            new OpportunityDetails(
                opportunity.Name, opportunity.PrimaryContactId, close.ClosedOn, opportunity.NextStep,
                opportunity.Competitors),
            at);
        opportunity.MoveTo(won ? pipeline.WonStage : pipeline.LostStage, ownerId, at, close);
    }
}
