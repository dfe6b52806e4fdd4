using Crm.Domain.Common;
using Crm.Domain.Customers;

namespace Crm.Domain.Tests.Customers;

public sealed class AccountTests
{
    [Fact]
    public void Create_ValidProfile_RecordsCreatedEventWithVersionOne()
    {
        var account = new AccountBuilder().Build();

        var created = Assert.IsType<AccountCreated>(Assert.Single(account.DomainEvents));
        Assert.Equal(1, created.Version);
    }

    [Fact]
    public void Create_BlankName_ThrowsNamingTheField()
    {
        var builder = new AccountBuilder().Named("   ");

        var error = Assert.Throws<DomainException>(builder.Build);

        Assert.Equal("Name", error.Field);
        Assert.Equal("Name.required", error.Code);
    }

    [Fact]
    public void Create_InvalidEmail_ThrowsNamingTheField()
    {
        var builder = new AccountBuilder().WithEmail("sales@");

        var error = Assert.Throws<DomainException>(builder.Build);

        Assert.Equal("Email", error.Field);
    }

    [Fact]
    public void AssignOwner_SameOwner_RecordsNothing()
    {
        var owner = Guid.NewGuid();
        var account = new AccountBuilder().OwnedBy(owner).Build();
        account.ClearDomainEvents();

        account.AssignOwner(owner, AccountBuilder.At);

        Assert.Empty(account.DomainEvents);
    }

    [Fact]
    public void AssignOwner_NewOwner_RecordsPreviousAndNewOwner()
    {
        var previous = Guid.NewGuid();
        var next = Guid.NewGuid();
        var account = new AccountBuilder().OwnedBy(previous).Build();

        account.AssignOwner(next, AccountBuilder.At.AddDays(1));

        var changed = Assert.IsType<AccountOwnerChanged>(account.DomainEvents[^1]);
        Assert.Equal((previous, next), (changed.PreviousOwnerId, changed.OwnerId));
    }

    [Fact]
    public void SetTags_DuplicatesDifferingInCase_KeepsOne()
    {
        var account = new AccountBuilder().Build();

        account.SetTags(["VIP", "vip", " 续约 ", ""]);

        Assert.Equal(["VIP", "续约"], account.Tags);
    }

    [Fact]
    public void SetParent_Itself_Throws()
    {
        var account = new AccountBuilder().Build();

        Assert.Throws<DomainException>(() => account.SetParent(account.Id));
    }

    [Fact]
    public void Delete_Twice_Throws()
    {
        var account = new AccountBuilder().Build();
        account.Delete(AccountBuilder.At);

        Assert.Throws<DomainException>(() => account.Delete(AccountBuilder.At));
    }

    [Fact]
    public void Restore_DeletedAccount_ClearsDeletion()
    {
        var account = new AccountBuilder().Build();
        account.Delete(AccountBuilder.At);

        account.Restore(AccountBuilder.At.AddHours(1));

        Assert.False(account.IsDeleted);
        Assert.Null(account.DeletedAt);
    }

    [Fact]
    public void UpdateProfile_NewName_RecordsOwnerAndName()
    {
        var owner = Guid.NewGuid();
        var builder = new AccountBuilder().OwnedBy(owner);
        var account = builder.Build();

        account.UpdateProfile(builder.Named("杭州云帆数据").Profile(), AccountBuilder.At.AddDays(1));

        var changed = Assert.IsType<AccountChanged>(account.DomainEvents[^1]);
        Assert.Equal((owner, "杭州云帆数据"), (changed.OwnerId, changed.Name));
    }

    [Fact]
    public void Delete_OwnedAccount_RecordsTheOwner()
    {
        var owner = Guid.NewGuid();
        var account = new AccountBuilder().OwnedBy(owner).Build();

        account.Delete(AccountBuilder.At);

        Assert.Equal(owner, Assert.IsType<AccountDeleted>(account.DomainEvents[^1]).OwnerId);
    }
}
