using Crm.Domain.Tickets;
using static Crm.Domain.Tickets.TicketCategory;

namespace Crm.Infrastructure.Seeding.Vocabulary;

/// <summary>
/// One kind of request as customers write it and agents answer it: the question an agent asks
/// back (when the story has one), the customer's answer, the fix, and a colleague's note.
/// Texts may hold {contact}, {product} and {agent}.
/// </summary>
internal sealed record TicketStory(
    TicketCategory Category, string Queue, string Subject, string Description, string? Question, string? Answer,
    string Resolution, string? Note);

internal static class TicketTexts
{
    public const string Technical = "technical";
    public const string Billing = "billing";
    public const string Complaints = "complaints";
    public const string Usage = "usage";

    public static readonly TicketStory[] Chinese =
    [
        new(Problem, Technical, "系统登录后页面空白", "从今天上午开始，部分同事登录{product}后页面一直空白，清理缓存也没用。",
            "请问出现问题的同事用的是哪个浏览器和版本？方便的话请截图控制台的报错信息。",
            "主要是用旧版 IE 内核的电脑，Chrome 上正常。截图已附上。",
            "问题是旧浏览器不支持新版前端脚本所致，已为贵司开启兼容模式，请刷新后再试。", "同类问题本周第三起，已反馈研发排查兼容性。"),
        new(Incident, Technical, "数据同步中断", "ERP 与{product}之间的订单同步从昨晚 23 点起中断，影响今天的发货。",
            null, null, "同步服务的证书过期导致连接失败，已更换证书并补传积压订单，目前同步正常。", "已升级给二线，涉及证书管理流程。"),
        new(Problem, Technical, "报表导出 Excel 乱码", "导出的销售报表用 Excel 打开中文全是乱码。",
            "请问是用哪个版本的 Excel 打开的？导出时选择的是 CSV 还是 XLSX？",
            "Office 2016，选的是 CSV。", "CSV 默认编码为 UTF-8，建议改选 XLSX 格式导出；我们也已在下个版本为 CSV 加入 BOM。", null),
        new(Question, Usage, "如何批量导入客户资料", "我们有大约两千条客户资料在 Excel 里，想批量导入{product}，有没有模板？",
            null, null, "已发送导入模板和操作说明：在「客户」页面点击「导入」，上传按模板整理的文件即可，重复数据会自动提示。", null),
        new(Request, Usage, "新增三个用户账号", "销售部新入职三位同事，麻烦帮忙开通账号，名单见附件。",
            "请确认三位同事的角色权限，是否与现有销售代表一致？", "是的，和其他销售代表一样。",
            "三个账号已开通，初始密码已通过邮件分别发送给本人，首次登录需修改密码。", null),
        new(Question, Usage, "移动端能否离线查看客户", "出差时经常没有网络，手机上能不能离线看客户信息？",
            null, null, "移动端支持离线缓存最近访问的客户资料，需在「设置-离线数据」中开启，联网后自动同步。", null),
        new(Request, Billing, "申请开具增值税专用发票", "请为上月的服务费开具增值税专用发票，开票信息与合同一致。",
            "请再确认一下收票地址和联系人电话。", "收票地址不变，联系人改为财务部{contact}。",
            "发票已开具并通过顺丰寄出，单号已发到您的邮箱，请注意查收。", null),
        new(Question, Billing, "续费价格咨询", "合同下月到期，想了解续费价格是否有调整，以及多年签约有没有优惠。",
            null, null, "续费价格与今年一致；签约三年可享九折优惠，详细报价已发送给您，销售经理也会与您联系。",
            "已通知客户经理跟进多年续约。"),
        new(Problem, Billing, "发票抬头有误", "收到的发票抬头少了「有限公司」四个字，财务无法报销，请重开。",
            null, null, "已作废原发票并按正确抬头重新开具，电子发票已发送至财务邮箱。", null),
        new(Complaint, Complaints, "客服响应太慢", "上周提交的问题三天都没人回复，严重影响我们的业务，非常不满意。",
            null, null, "非常抱歉给您带来不便。经核查是工单分配出现遗漏，问题已由专人处理完毕，我们也调整了分配规则避免再次发生。",
            "客户情绪较大，已电话致歉，主管已知悉。"),
        new(Complaint, Complaints, "实施顾问多次改期", "约好的上线培训已经改期两次，团队时间都被打乱了。",
            "非常抱歉。请问下周二或周四上午哪个时间更方便？我们会安排资深顾问上门。", "周四上午可以。",
            "已确认周四上午由资深顾问上门培训，并赠送一次额外的线上辅导。", "已提醒实施部门改期需提前三天告知客户。"),
        new(Feedback, Usage, "希望增加客户标签颜色", "建议客户标签支持自定义颜色，方便一眼区分重点客户。",
            null, null, "感谢您的建议，已记录到产品需求池，规划在下个季度的版本中实现。", null),
        new(Incident, Technical, "邮件提醒收不到", "从周一开始系统的任务提醒邮件都收不到了，垃圾箱也没有。",
            "请提供一个收件地址，我们查一下发送日志。", "可以用{contact}的邮箱。",
            "贵司邮件网关拦截了我们的发信域名，已协助 IT 将其加入白名单，提醒邮件已恢复。", null),
        new(Problem, Technical, "审批流程卡在第二步", "合同审批提交后一直停在部门经理那一步，经理说没收到待办。",
            null, null, "该经理的账号上月调岗后审批角色未更新，已修正角色，积压的审批已重新推送。", null),
    ];

    public static readonly TicketStory[] English =
    [
        new(Problem, Technical, "Dashboard not loading",
            "Since this morning the sales dashboard in {product} keeps spinning.",
            "Could you tell us which browser you use and whether other pages load?",
            "Chrome, latest version. Other pages are fine.",
            "A slow query on one widget timed out; we added an index and the dashboard loads in under two seconds now.",
            "Same widget reported by two customers this week."),
        new(Question, Usage, "How to set up territories",
            "We are opening a Singapore office. How do we set up a new territory?",
            null, null,
            "Territories follow the region on each user and account; I have sent you a short guide with screenshots.",
            null),
        new(Request, Billing, "Invoice in USD", "Our finance team needs the next invoices in USD instead of CNY.",
            "Could you confirm the billing entity and address for the USD invoices?",
            "Same entity, address unchanged.",
            "Done: from next month your invoices are issued in USD at the contract rate.", null),
        new(Complaint, Complaints, "Repeated outage during month end",
            "Second time this quarter the system was down on our closing day.",
            null, null,
            "We are sorry. The outage came from a storage failover; we moved your tenant to a new cluster "
                + "and will share the incident report.",
            "Account manager informed; offer service credit."),
        new(Incident, Technical, "API returns 500 errors",
            "Our integration gets HTTP 500 on every order update since 10:00.",
            null, null,
            "A faulty deployment caused the errors; it was rolled back at 11:20 and the failed updates were replayed.",
            null),
        new(Feedback, Usage, "Dark mode request", "Our support team works late shifts and would love a dark mode.",
            null, null,
            "Thanks! Dark mode is on our roadmap for the next release; we will let you know when it ships.", null),
    ];

    public static readonly string[] FirstRepliesChinese =
    [
        "{contact}您好，已收到您的反馈，我是负责此工单的{agent}，正在为您排查，稍后回复进展。",
        "您好，感谢联系我们。我们已开始处理，预计两小时内给您答复。",
        "您好，问题已记录，{agent}会跟进到底，有进展第一时间通知您。",
    ];

    public static readonly string[] FirstRepliesEnglish =
    [
        "Hi {contact}, thanks for reaching out. I'm {agent} and I'm looking into this now.",
        "Hello, we have received your request and will get back to you within two hours.",
    ];

    public static readonly string[] ThanksChinese = ["好的，已经可以了，谢谢！", "问题解决了，感谢支持。", "收到，辛苦了。"];

    public static readonly string[] ThanksEnglish = ["Works now, thank you!", "Confirmed, all good. Thanks a lot."];

    public static readonly string[] ReopenChinese = ["今天又出现同样的问题了，麻烦再看一下。", "还是不行，刚才又试了一次。"];

    public static readonly string[] ReopenEnglish = ["It happened again this morning, could you take another look?"];
}
