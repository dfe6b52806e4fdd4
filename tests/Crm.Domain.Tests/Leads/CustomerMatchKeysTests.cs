using Crm.Domain.Customers;
using Crm.Domain.Tests.Customers;

namespace Crm.Domain.Tests.Leads;

/// <summary>Accounts and contacts keep the keys that lead duplicate checks compare against.</summary>
public sealed class CustomerMatchKeysTests
{
    [Fact]
    public void AccountCreate_CompanyNameAndPhone_StoresTheirKeys()
    {
        var account = new AccountBuilder().Named("上海瀚海精密机械有限公司").WithEmail("Info@HanHai.cn").Build();

        Assert.Equal(("上海瀚海精密机械", "02155550101", "info@hanhai.cn"),
            (account.CompanyKey, account.PhoneKey, account.EmailKey));
    }

    [Fact]
    public void AccountUpdateProfile_NewName_RefreshesTheCompanyKey()
    {
        var account = new AccountBuilder().Build();

        account.UpdateProfile(new AccountBuilder().Named("瀚海集团").Profile(), AccountBuilder.At);

        Assert.Equal("瀚海", account.CompanyKey);
    }

    [Fact]
    public void ContactCreate_PhoneAndMobile_StoresBothKeys()
    {
        var details = new ContactDetails("王建国", null, "021-5555-0100 转 8", "+86 139 1234 5678", null, null);

        var contact = Contact.Create(Guid.NewGuid(), Guid.NewGuid(), details, AccountBuilder.At);

        Assert.Equal(("02155550100", "13912345678", ""), (contact.PhoneKey, contact.MobileKey, contact.EmailKey));
    }
}
