using Crm.Domain.Activities;
using static Crm.Domain.Activities.ActivityDirection;
using static Crm.Domain.Activities.ActivityKind;
using static Crm.Domain.Activities.ActivityOutcome;

namespace Crm.Infrastructure.Seeding.Vocabulary;

/// <summary>
/// One kind of interaction as a person would log it. Subject and body may hold the
/// placeholders {contact}, {product}, {amount} and {days}.
/// </summary>
internal sealed record ActivityTemplate(
    ActivityKind Kind, ActivityDirection Direction, string Subject, string Body, ActivityOutcome[] Outcomes);

internal static class ActivityTexts
{
    public static readonly ActivityTemplateSet Chinese = new(
    [
        new(Call, Outbound, "电话回访：确认采购需求",
            "与{contact}电话沟通，对方确认下季度有扩容计划，预算约{amount}万元，需要我们下周提供初步方案。",
            [Reached, Interested, FollowUpNeeded]),
        new(Call, Outbound, "跟进报价反馈", "致电{contact}了解{product}报价的反馈，对方表示还在内部比价，{days}天后再联系。",
            [Reached, NoAnswer, Voicemail, FollowUpNeeded]),
        new(Call, Outbound, "续约意向沟通", "{product}服务将于两个月后到期，{contact}表示续约意向较强，希望价格维持不变。",
            [Reached, Interested, NotInterested]),
        new(Call, Inbound, "客户来电咨询价格", "{contact}来电咨询{product}的价格和交付周期，已口头介绍标准报价。",
            [Reached, Interested]),
        new(Call, Inbound, "客户来电反馈登录问题", "{contact}反映部分员工无法登录，已协助重置密码并确认恢复正常。",
            [Resolved, FollowUpNeeded]),
        new(Email, Outbound, "发送产品报价单", "{contact}您好：\n附件为{product}的正式报价单，报价有效期30天。如有疑问请随时联系。",
            [ActivityOutcome.None, FollowUpNeeded]),
        new(Email, Outbound, "发送合同草稿", "已将合同草稿发送给{contact}，请法务在{days}个工作日内反馈修改意见。",
            [ActivityOutcome.None, FollowUpNeeded]),
        new(Email, Inbound, "Re: 项目实施计划", "{contact}回复邮件，同意实施计划的第一阶段安排，希望提前一周启动培训。",
            [ActivityOutcome.None, Interested]),
        new(Email, Outbound, "会议纪要", "整理本次会议纪要并发送给{contact}：确认需求范围、实施周期和付款节点。",
            [ActivityOutcome.None]),
        new(WeChat, Outbound, "微信发送产品资料", "通过微信向{contact}发送了{product}的产品手册和案例介绍。",
            [ActivityOutcome.None, Interested]),
        new(WeChat, Inbound, "微信沟通交付时间", "{contact}微信询问交付时间，已回复预计{days}天内完成部署。",
            [Reached, Resolved]),
        new(WeChat, Outbound, "微信确认拜访时间", "与{contact}确认下周二上午到访，对方会邀请IT负责人一起参加。",
            [Reached, FollowUpNeeded]),
        new(Meeting, ActivityDirection.None, "线上产品演示", "为{contact}及其团队演示{product}，重点关注报表和移动端，反馈积极。",
            [Interested, FollowUpNeeded, NotInterested]),
        new(Meeting, ActivityDirection.None, "需求调研会议", "与{contact}梳理现有销售流程和痛点，整理出十二条需求，待出方案。",
            [FollowUpNeeded, Interested]),
        new(Meeting, ActivityDirection.None, "季度业务回顾（QBR）", "与{contact}回顾本季度系统使用情况，活跃用户增长明显，讨论扩展席位。",
            [Interested, Reached]),
        new(Visit, Outbound, "上门拜访", "到客户公司拜访{contact}，参观了生产线，对方希望在{days}天内看到试点方案。",
            [Interested, FollowUpNeeded]),
        new(Visit, Outbound, "现场技术交流", "与{contact}及IT团队现场交流系统集成方案，确认接口由我方提供。",
            [Reached, FollowUpNeeded]),
        new(Note, ActivityDirection.None, "内部备注：客户决策链", "{contact}负责技术评估，最终由总经理拍板，预算审批需走集团流程。",
            [ActivityOutcome.None]),
        new(Note, ActivityDirection.None, "竞争对手情况", "客户同时在评估两家竞品，对方报价低约{amount}%，但实施能力一般。",
            [ActivityOutcome.None]),
    ]);

    public static readonly ActivityTemplateSet English = new(
    [
        new(Call, Outbound, "Discovery call", "Spoke with {contact} about their sales process; budget of about "
            + "{amount}k CNY is planned for next quarter.", [Reached, Interested, FollowUpNeeded]),
        new(Call, Outbound, "Follow-up on proposal", "Called {contact} about the {product} proposal; "
            + "they will decide within {days} days.", [Reached, NoAnswer, Voicemail]),
        new(Call, Inbound, "Support question", "{contact} called about report exports; walked them through it.",
            [Resolved, Reached]),
        new(Email, Outbound, "Sent pricing proposal", "Hi {contact},\nPlease find attached our proposal for "
            + "{product}. The quote is valid for 30 days.", [ActivityOutcome.None, FollowUpNeeded]),
        new(Email, Inbound, "Re: rollout plan", "{contact} agreed to the rollout plan and asked for training "
            + "a week earlier.", [ActivityOutcome.None, Interested]),
        new(WeChat, Outbound, "WeChat: shared case study", "Sent {contact} a case study on {product} via WeChat.",
            [ActivityOutcome.None, Interested]),
        new(Meeting, ActivityDirection.None, "Product demo", "Demo of {product} for {contact} and team; "
            + "strong interest in dashboards.", [Interested, FollowUpNeeded, NotInterested]),
        new(Meeting, ActivityDirection.None, "Quarterly business review", "Reviewed adoption with {contact}; "
            + "discussed adding seats.", [Interested, Reached]),
        new(Visit, Outbound, "On-site visit", "Visited {contact} at their office; they want a pilot plan "
            + "within {days} days.", [Interested, FollowUpNeeded]),
        new(Note, ActivityDirection.None, "Note: decision makers", "{contact} evaluates; the regional director "
            + "signs off. Procurement needs three quotes.", [ActivityOutcome.None]),
    ]);

    /// <summary>Calls, meetings and visits take time; messages and notes have no duration.</summary>
    public static TimeSpan? DurationOf(ActivityKind kind, Random random) => kind switch
    {
        Call => TimeSpan.FromMinutes(random.Next(2, 46)),
        Meeting => TimeSpan.FromMinutes(15 * random.Next(2, 9)),
        Visit => TimeSpan.FromMinutes(30 * random.Next(2, 7)),
        _ => null,
    };

    public static string Fill(string text, string contact, string product, Random random) => text
        .Replace("{contact}", contact, StringComparison.Ordinal)
        .Replace("{product}", product, StringComparison.Ordinal)
        .Replace("{amount}", random.Next(5, 80).ToString(System.Globalization.CultureInfo.InvariantCulture),
            StringComparison.Ordinal)
        .Replace("{days}", random.Next(3, 15).ToString(System.Globalization.CultureInfo.InvariantCulture),
            StringComparison.Ordinal);
}
