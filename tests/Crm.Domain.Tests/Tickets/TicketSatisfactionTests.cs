using Crm.Domain.Common;
using Crm.Domain.Tickets;

namespace Crm.Domain.Tests.Tickets;

public sealed class TicketSatisfactionTests
{
    private static readonly DateTime Later = TicketBuilder.At.AddDays(1);

    [Fact]
    public void Rate_ResolvedTicket_StoresTheRatingAndRecordsTheEvent()
    {
        var ticket = TicketBuilder.In(TicketStatus.Resolved);

        ticket.Rate(4, "  Quick and friendly.  ", Later);

        Assert.Equal((4, "Quick and friendly.", Later), (ticket.Rating, ticket.RatingComment, ticket.RatedAt));
        Assert.Equal(4, Assert.IsType<TicketRated>(Assert.Single(ticket.DomainEvents)).Rating);
    }

    [Fact]
    public void Rate_ClosedTicket_IsAccepted()
    {
        var ticket = TicketBuilder.In(TicketStatus.Closed);

        ticket.Rate(5, null, Later);

        Assert.Equal(5, ticket.Rating);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public void Rate_OutOfRange_ThrowsNamingTheRating(int rating)
    {
        var ticket = TicketBuilder.In(TicketStatus.Resolved);

        var error = Assert.Throws<DomainException>(() => ticket.Rate(rating, null, Later));

        Assert.Equal(("Rating.out-of-range", "Rating"), (error.Code, error.Field));
    }

    [Theory]
    [InlineData(TicketStatus.New)]
    [InlineData(TicketStatus.Open)]
    [InlineData(TicketStatus.PendingCustomer)]
    public void Rate_TicketNotResolved_ThrowsNamingTheStatus(TicketStatus status)
    {
        var ticket = TicketBuilder.In(status);

        var error = Assert.Throws<DomainException>(() => ticket.Rate(3, null, Later));

        Assert.Equal(("Rating.not-resolved", null), (error.Code, ticket.Rating));
    }

    [Fact]
    public void Rate_CommentTooLong_ThrowsNamingTheComment()
    {
        var ticket = TicketBuilder.In(TicketStatus.Resolved);

        var error = Assert.Throws<DomainException>(
            () => ticket.Rate(2, new string('慢', Ticket.MaxRatingCommentLength + 1), Later));

        Assert.Equal("Comment", error.Field);
    }

    [Fact]
    public void Rate_CommentOfTheLimit_IsKept()
    {
        var ticket = TicketBuilder.In(TicketStatus.Resolved);

        ticket.Rate(2, new string('慢', Ticket.MaxRatingCommentLength), Later);

        Assert.Equal(Ticket.MaxRatingCommentLength, ticket.RatingComment!.Length);
    }

    [Fact]
    public void Rate_BeforeTheResolution_Throws()
    {
        var ticket = TicketBuilder.In(TicketStatus.Resolved);

        var error = Assert.Throws<DomainException>(() => ticket.Rate(5, null, TicketBuilder.At));

        Assert.Equal("At", error.Field);
    }
}
