using Crm.Domain.Common;
using Crm.Domain.Tickets;

namespace Crm.Domain.Tests.Tickets;

public sealed class TicketConversationTests
{
    [Fact]
    public void Reply_FirstPublicReply_SetsFirstRespondedAtAndOpensTheTicket()
    {
        var ticket = TicketBuilder.New();
        var at = TicketBuilder.At.AddMinutes(20);

        ticket.Reply(TicketBuilder.Agent, "您好，我们正在排查。", at);

        Assert.Equal((at, TicketStatus.Open), (ticket.FirstRespondedAt, ticket.Status));
    }

    [Fact]
    public void Reply_SecondReply_KeepsTheFirstResponseMoment()
    {
        var ticket = TicketBuilder.New();
        ticket.Reply(TicketBuilder.Agent, "收到。", TicketBuilder.At.AddMinutes(20));

        ticket.Reply(TicketBuilder.Agent, "已修复。", TicketBuilder.At.AddHours(3));

        Assert.Equal(TicketBuilder.At.AddMinutes(20), ticket.FirstRespondedAt);
    }

    [Fact]
    public void AddNote_NewTicket_NeitherRespondsNorOpens()
    {
        var ticket = TicketBuilder.New();

        ticket.AddNote(TicketBuilder.Agent, "Looks like the firewall change last night.", TicketBuilder.At.AddHours(1));

        Assert.Equal((null, TicketStatus.New), (ticket.FirstRespondedAt, ticket.Status));
    }

    [Fact]
    public void AddCustomerMessage_ResolvedTicket_ReopensByTheCustomer()
    {
        var ticket = TicketBuilder.In(TicketStatus.Resolved);

        ticket.AddCustomerMessage("王建国", "wang.jian@jinggong.example.cn", "还是不行", TicketBuilder.At.AddDays(1));

        var reopened = ticket.RecordedStatusChanges[^1];
        Assert.Equal((TicketStatus.Open, 1), (ticket.Status, ticket.ReopenCount));
        Assert.Equal((TicketStatus.Resolved, null), (reopened.FromStatus, reopened.ById));
    }

    [Fact]
    public void AddCustomerMessage_PendingCustomer_OpensAgain()
    {
        var ticket = TicketBuilder.In(TicketStatus.PendingCustomer);

        ticket.AddCustomerMessage(null, "wang.jian@jinggong.example.cn", "日志见附件", TicketBuilder.At.AddDays(1));

        Assert.Equal(TicketStatus.Open, ticket.Status);
    }

    [Fact]
    public void AddCustomerMessage_ClosedTicket_IsRefusedAndPointsToANewTicket()
    {
        var ticket = TicketBuilder.In(TicketStatus.Closed);

        var error = Assert.Throws<DomainException>(() =>
            ticket.AddCustomerMessage(null, "wang.jian@jinggong.example.cn", "又坏了", TicketBuilder.At.AddDays(9)));

        Assert.Equal(
            ("Ticket.closed", CustomerReplyTarget.NewLinkedTicket), (error.Code, ticket.CustomerReplyTarget));
    }

    [Fact]
    public void FollowUpDraft_ClosedTicket_LinksBackWithTheSameCustomerAndQueue()
    {
        var ticket = TicketBuilder.In(TicketStatus.Closed);

        var draft = ticket.FollowUpDraft("又坏了");

        Assert.Equal((ticket.Id, ticket.AccountId, ticket.QueueId, "又坏了"),
            (draft.FollowUpOfTicketId, draft.AccountId, draft.QueueId, draft.Description));
    }

    [Fact]
    public void Reply_AppendsInSequenceAndRecordsTheMessage()
    {
        var ticket = TicketBuilder.New();
        ticket.AddNote(TicketBuilder.Agent, "先查日志", TicketBuilder.At.AddMinutes(5));

        var reply = ticket.Reply(TicketBuilder.Agent, "请稍候", TicketBuilder.At.AddMinutes(10));

        Assert.Equal((2, 2), (reply.Sequence, ticket.MessageCount));
        Assert.Contains(ticket.DomainEvents, e => e is TicketMessageAdded { Kind: TicketMessageKind.PublicReply });
    }

    [Fact]
    public void Reply_EmptyBody_ThrowsNamingTheBody()
    {
        var ticket = TicketBuilder.New();

        var error = Assert.Throws<DomainException>(() => ticket.Reply(TicketBuilder.Agent, "  ", TicketBuilder.At));

        Assert.Equal("Body", error.Field);
    }
}
