using Crm.Domain.Common;
using Crm.Domain.FollowUps;
using Crm.Domain.Teams;

namespace Crm.Infrastructure.Seeding.Demo;

/// <summary>
/// Follow-up tasks of account owners: many done in the past, some overdue, some due this week
/// and some later; plus call-backs for support agents.
/// </summary>
internal sealed class DemoFollowUps(DateTime nowUtc)
{
    public const int Done = 260;
    public const int Overdue = 35;
    public const int DueThisWeek = 40;
    public const int Later = 60;
    public const int SupportCallBacks = 20;

    private static readonly string[] ChineseSubjects =
    [
        "发送报价单", "回访确认合同条款", "安排产品演示", "跟进付款进度", "准备续约方案", "提交试点方案",
        "确认上线时间", "邀请参加客户交流会", "整理需求文档并发给客户", "预约上门拜访",
    ];

    private static readonly string[] EnglishSubjects =
        ["Send renewal quote", "Schedule product demo", "Follow up on contract", "Confirm go-live date"];

    private static readonly string[] SupportSubjects = ["回访确认问题已解决", "跟进工单处理结果", "确认补丁安装情况"];

    private static readonly UserSpec[] SupportAgents =
        DemoRoster.Users.Where(u => u.Role == Roles.SupportAgent).ToArray();

    private readonly Random _random = new(20260104);
    private readonly DateOnly _today = SeedCalendar.TodayIn(nowUtc);
    private readonly List<FollowUpTask> _tasks = [];

    public List<FollowUpTask> Build(IReadOnlyList<SeededAccount> accounts)
    {
        for (var i = 0; i < Done; i++)
        {
            var due = SeedCalendar.PastWorkMoment(nowUtc, SeedCalendar.HistoryDays, _random);
            var task = Add(_random.Pick(accounts), due, null);
            task.Complete(Clamp(due.AddHours(_random.Next(-48, 49)), due.AddDays(-1)));
        }

        AddOpen(accounts, Overdue, () => _today.AddDays(-_random.Next(1, 21)), null);
        AddOpen(accounts, DueThisWeek, () => _today.AddDays(_random.Next(0, DaysLeftInWeek() + 1)), null);
        AddOpen(accounts, Later, () => _today.AddDays(_random.Next(8, 46)), null);
        AddOpen(accounts, SupportCallBacks, () => _today.AddDays(_random.Next(-5, DaysLeftInWeek() + 1)),
            SupportAgents);

        return _tasks;
    }

    private void AddOpen(IReadOnlyList<SeededAccount> accounts, int count, Func<DateOnly> day, UserSpec[]? assignees)
    {
        for (var i = 0; i < count; i++)
        {
            var date = day();
            var due = SeedCalendar.At(date, SeedCalendar.WorkTime(_random));
            if (date == _today && due <= nowUtc)
            {
                // Due earlier today would already be overdue; move it to later today.
                due = nowUtc.AddHours(2);
            }

            Add(_random.Pick(accounts), due, assignees is null ? null : _random.Pick(assignees));
        }
    }

    private FollowUpTask Add(SeededAccount seeded, DateTime due, UserSpec? assignee)
    {
        var subject = assignee is not null ? _random.Pick(SupportSubjects)
            : seeded.IsEnglish ? _random.Pick(EnglishSubjects) : _random.Pick(ChineseSubjects);
        var related = seeded.Contacts.Count > 0 && _random.Chance(0.3)
            ? new RecordLink(RecordKind.Contact, _random.Pick(seeded.Contacts).Id)
            : null;
        var createdAt = Clamp(due.AddDays(-_random.Next(1, 15)), DateTime.MinValue);
        var task = FollowUpTask.Create(
            DeterministicGuid.From("demo:task", _tasks.Count), subject, due, (assignee ?? seeded.Owner).Id,
            seeded.Account.Id, related, createdAt);

        _tasks.Add(task);

        return task;
    }

    // Sunday ends the week; Monday has six days left, Sunday none.
    private int DaysLeftInWeek() => 6 - ((int)_today.DayOfWeek + 6) % 7;

    private DateTime Clamp(DateTime at, DateTime notBefore) =>
        at > nowUtc ? nowUtc : at < notBefore ? notBefore : at;
}
