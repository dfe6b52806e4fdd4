using Crm.Domain.Common;
using Crm.Domain.Notifications;

namespace Crm.Domain.Tests.Notifications;

public sealed class NotificationTests
{
    private static readonly DateTime At = new(2026, 6, 1, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Recipient = Guid.NewGuid();

    [Fact]
    public void Create_LeadAssigned_IsUnreadAndRecordsCreatedForTheRecipient()
    {
        var notification = NewNotification();

        var created = Assert.IsType<NotificationCreated>(Assert.Single(notification.DomainEvents));
        Assert.False(notification.IsRead);
        Assert.Equal(
            (Recipient, NotificationKind.LeadAssigned, 1), (created.RecipientId, created.Kind, created.Version));
    }

    [Fact]
    public void Create_Arguments_KeepsValuesAndLeavesOutBlankOnes()
    {
        var arguments = new Dictionary<string, string>
        {
            [NotificationArguments.Lead] = " 星海科技 ",
            [NotificationArguments.Team] = " ",
        };

        var notification = NewNotification(arguments);

        Assert.Equal(new Dictionary<string, string> { ["lead"] = "星海科技" }, notification.Arguments);
    }

    [Fact]
    public void Create_LongValue_IsCutWithAnEllipsis()
    {
        var arguments = new Dictionary<string, string> { [NotificationArguments.Lead] = new('长', 300) };

        var notification = NewNotification(arguments);

        Assert.Equal(NotificationArguments.MaxValueLength, notification.Arguments["lead"].Length);
        Assert.EndsWith("…", notification.Arguments["lead"], StringComparison.Ordinal);
    }

    [Fact]
    public void Create_MalformedArgumentName_ThrowsArgumentsInvalid()
    {
        var arguments = new Dictionary<string, string> { ["lead name"] = "星海科技" };

        var error = Assert.Throws<DomainException>(() => NewNotification(arguments));

        Assert.Equal("Arguments.invalid", error.Code);
    }

    [Fact]
    public void Create_UnknownKind_ThrowsKindInvalid()
    {
        var act = () => Notification.Create(
            Guid.NewGuid(), Recipient, (NotificationKind)999, null, null, null, At);

        Assert.Equal("Kind.invalid", Assert.Throws<DomainException>(act).Code);
    }

    [Fact]
    public void MarkRead_Unread_StampsTheMomentAndRecordsRead()
    {
        var notification = NewNotification();
        notification.ClearDomainEvents();

        notification.MarkRead(At.AddMinutes(5));

        Assert.Equal(At.AddMinutes(5), notification.ReadAt);
        Assert.Equal(Recipient, Assert.IsType<NotificationRead>(Assert.Single(notification.DomainEvents)).RecipientId);
    }

    [Fact]
    public void MarkRead_AlreadyRead_KeepsTheFirstMomentAndRecordsNothing()
    {
        var notification = NewNotification();
        notification.MarkRead(At.AddMinutes(5));
        notification.ClearDomainEvents();

        notification.MarkRead(At.AddHours(1));

        Assert.Equal(At.AddMinutes(5), notification.ReadAt);
        Assert.Empty(notification.DomainEvents);
    }

    [Fact]
    public void MarkUnread_Read_ClearsTheReadMomentAndRecordsUnread()
    {
        var notification = NewNotification();
        notification.MarkRead(At.AddMinutes(5));
        notification.ClearDomainEvents();

        notification.MarkUnread(At.AddMinutes(6));

        Assert.False(notification.IsRead);
        Assert.IsType<NotificationUnread>(Assert.Single(notification.DomainEvents));
    }

    [Fact]
    public void MarkUnread_Unread_RecordsNothing()
    {
        var notification = NewNotification();
        notification.ClearDomainEvents();

        notification.MarkUnread(At);

        Assert.Empty(notification.DomainEvents);
    }

    private static Notification NewNotification(IReadOnlyDictionary<string, string>? arguments = null) =>
        Notification.Create(
            Guid.NewGuid(), Recipient, NotificationKind.LeadAssigned, new RecordLink(RecordKind.Lead, Guid.NewGuid()),
            arguments, Guid.NewGuid(), At);
}
