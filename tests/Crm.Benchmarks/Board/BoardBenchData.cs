using Crm.Domain.Common;
using Crm.Domain.Customers;
using Crm.Domain.Pipeline;
using Crm.Domain.Teams;
using Crm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Benchmarks.Board;

/// <summary>
/// Teams of reps, one account per two opportunities, and a pipeline whose cards are spread
/// over its open stages: what the benchmark moves cards around on. Events are cleared before
/// saving, so nothing is published while the data is written.
/// </summary>
internal sealed record BoardBenchData(
    Guid PipelineId, IReadOnlyList<Guid> OpenStages, IReadOnlyList<IReadOnlyList<Guid>> TeamOwners,
    IReadOnlyList<Guid> Opportunities)
{
    public static async Task<BoardBenchData> WriteAsync(CrmDbContext db, BoardBenchOptions options)
    {
        var now = DateTime.UtcNow.AddDays(-30);
        var random = new Random(2026);
        var teams = new List<IReadOnlyList<Guid>>();
        for (var t = 0; t < options.Teams; t++)
        {
            var team = new Team(Guid.CreateVersion7(), $"销售{t + 1}组", TeamKind.Sales, "华东");
            var reps = Enumerable.Range(0, options.RepsPerTeam)
                .Select(r => new User(Guid.CreateVersion7(), $"销售{t + 1}-{r + 1}", $"rep{t}.{r}@bench.crm", team.Id,
                    "Asia/Shanghai", "zh-CN"))
                .ToList();
            db.Add(team);
            db.AddRange(reps);
            teams.Add([.. reps.Select(u => u.Id)]);
        }

        var pipeline = SalesPipeline.Create(
            Guid.CreateVersion7(), "新业务",
            [
                new StageDraft(Guid.CreateVersion7(), "初步接洽", 10),
                new StageDraft(Guid.CreateVersion7(), "需求确认", 25),
                new StageDraft(Guid.CreateVersion7(), "方案报价", 40, ForecastCategory.BestCase),
                new StageDraft(Guid.CreateVersion7(), "商务谈判", 70, ForecastCategory.Commit),
            ],
            new ClosingStages(Guid.CreateVersion7(), "赢单", Guid.CreateVersion7(), "输单"), now);
        db.Add(pipeline);
        var stages = pipeline.ActiveStages.Where(s => s.IsOpen).ToList();

        var opportunities = new List<Guid>();
        Account? account = null;
        for (var i = 0; i < options.Cards; i++)
        {
            var owner = teams[random.Next(teams.Count)][random.Next(options.RepsPerTeam)];
            if (i % 2 == 0)
            {
                var profile = new AccountProfile(
                    $"客户 {i / 2:D5}", AccountKind.Company, Industry.Manufacturing, AccountTier.Standard, "华东", null,
                    null, null, "上海", null);
                account = Account.Create(Guid.CreateVersion7(), profile, owner, now);
                db.Add(account);
            }

            var close = DateOnly.FromDateTime(now.AddDays(60));
            var details = new OpportunityDetails($"商机 {i:D5}", null, close, null, null);
            var opportunity = Opportunity.Create(
                Guid.CreateVersion7(), details, account!.Id, owner, stages[random.Next(stages.Count)],
                Money.Of(random.Next(1, 500) * 1_000m, "CNY"), owner, now);
            db.Add(opportunity);
            opportunities.Add(opportunity.Id);
        }

        foreach (var entry in db.ChangeTracker.Entries<AggregateRoot>())
        {
            entry.Entity.ClearDomainEvents();
        }

        await db.SaveChangesAsync();

        return new BoardBenchData(pipeline.Id, [.. stages.Select(s => s.Id)], teams, opportunities);
    }
}
