using Crm.Domain.Common;
using Crm.Domain.Tickets.Canned;
using static Crm.Infrastructure.Seeding.Demo.DemoRoster;

namespace Crm.Infrastructure.Seeding.Demo;

/// <summary>
/// The canned replies the two support teams keep: frontline support's greetings, billing and
/// complaint answers, technical support's log requests and fix confirmations, in Chinese with a
/// few in English for the overseas customers.
/// </summary>
internal static class DemoCannedReplies
{
    private static readonly (string Team, string Title, string? Language, string Body)[] Specs =
    [
        (Frontline, "受理确认", Languages.Chinese,
            "{{customer.name}}，您好！\n\n您的工单 {{ticket.number}}（{{ticket.subject}}）已收到，我们会在承诺时间内"
            + "给您答复。如有补充信息，直接回复本邮件即可。\n\n{{agent.name}}\n华辰科技客户服务中心"),
        (Frontline, "发票重开说明", Languages.Chinese,
            "{{customer.name}}，您好！\n\n关于工单 {{ticket.number}}，重开发票需要贵司提供：开票抬头、税号、"
            + "开户行及账号、收票邮箱。资料齐全后 3 个工作日内开出并发送至邮箱。\n\n{{agent.name}}"),
        (Frontline, "投诉致歉与跟进", Languages.Chinese,
            "{{customer.name}}，您好！\n\n非常抱歉给{{account.name}}带来不便。您反映的问题（{{ticket.number}}）"
            + "已升级至主管处理，我们会在今天下班前电话联系您，告知处理方案。\n\n{{agent.name}}"),
        (Frontline, "等待客户回复提醒", Languages.Chinese,
            "{{customer.name}}，您好！\n\n工单 {{ticket.number}} 还在等待您的回复。若问题已解决，请告知我们，"
            + "我们将关闭工单；若 3 个工作日内未收到回复，工单将自动转为已解决。\n\n{{agent.name}}"),
        (Frontline, "Ticket received", Languages.English,
            "Hello {{customer.name}},\n\nThank you for contacting us. Your request {{ticket.number}} "
            + "(\"{{ticket.subject}}\") has been received and an agent is on it. Reply to this email to add "
            + "anything we should know.\n\nBest regards,\n{{agent.name}}\nHuachen Technology Support"),
        (Frontline, "Closing a resolved ticket", Languages.English,
            "Hello {{customer.name}},\n\nWe believe {{ticket.number}} is now resolved. If anything is still "
            + "not working, simply reply and the ticket reopens.\n\nThank you for choosing us,\n{{agent.name}}"),
        (TechSupport, "请提供日志", Languages.Chinese,
            "{{customer.name}}，您好！\n\n为定位问题，请提供：\n1. 出现问题的时间（精确到分钟）\n2. 操作步骤截图\n"
            + "3. 系统日志（设置 → 关于 → 导出日志）\n\n附件直接回复本邮件即可，我们收到后会尽快分析。\n\n{{agent.name}}"),
        (TechSupport, "远程协助预约", Languages.Chinese,
            "{{customer.name}}，您好！\n\n工单 {{ticket.number}} 需要远程排查。请回复方便的时间段（工作日 9:00–18:00），"
            + "我们会提前 10 分钟发送会议链接。\n\n{{agent.name}} · 技术支持"),
        (TechSupport, "已修复请验证", Languages.Chinese,
            "{{customer.name}}，您好！\n\n“{{ticket.subject}}”的问题已在最新版本中修复，请升级后验证。"
            + "如仍有异常，请回复本邮件，我们会继续跟进。\n\n{{agent.name}}"),
        (TechSupport, "已知问题处理中", Languages.Chinese,
            "{{customer.name}}，您好！\n\n您反馈的问题是已知问题，研发团队正在修复，预计下个版本发布。"
            + "在此之前可按以下临时方案处理：重启服务后清除浏览器缓存。修复上线后我们会在 {{ticket.number}} 中通知您。"
            + "\n\n{{agent.name}}"),
        (TechSupport, "Logs needed", Languages.English,
            "Hello {{customer.name}},\n\nTo track down the issue in {{ticket.number}}, please send us:\n"
            + "- the time it happened (with time zone)\n- a screenshot of the error\n- the system log "
            + "(Settings > About > Export logs)\n\nThanks,\n{{agent.name}}, Technical Support"),
    ];

    public static List<CannedReply> Build(DateTime at) =>
    [
        .. Specs.Select(s => CannedReply.Create(
            DeterministicGuid.From("demo:canned-reply", s.Title), TeamId(s.Team),
            new CannedReplyText(s.Title, s.Body, s.Language), at)),
    ];
}
