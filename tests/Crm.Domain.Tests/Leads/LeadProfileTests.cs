using Crm.Domain.Common;
using Crm.Domain.Leads;

namespace Crm.Domain.Tests.Leads;

public sealed class LeadProfileTests
{
    [Fact]
    public void Create_NoNameAndNoCompany_ThrowsOnPersonName()
    {
        var builder = new LeadBuilder().With(p => p with { PersonName = " ", Company = null });

        var error = Assert.Throws<DomainException>(builder.Build);

        Assert.Equal(("PersonName", "PersonName.name-or-company"), (error.Field, error.Code));
    }

    [Fact]
    public void Create_CompanyWithoutPerson_IsAccepted()
    {
        var lead = new LeadBuilder().With(p => p with { PersonName = null }).Build();

        Assert.Equal("上海华辰科技有限公司", lead.DisplayName);
    }

    [Fact]
    public void Create_NoPhoneEmailOrWeChat_ThrowsOnPhone()
    {
        var builder = new LeadBuilder().With(p => p with { Phone = "", Email = null, WeChatId = "  " });

        var error = Assert.Throws<DomainException>(builder.Build);

        Assert.Equal(("Phone", "Phone.contact-required"), (error.Field, error.Code));
    }

    [Fact]
    public void Create_OnlyWeChat_IsAccepted()
    {
        var lead = new LeadBuilder().With(p => p with { Phone = null, Email = null, WeChatId = "wjg_1988" }).Build();

        Assert.Equal("wjg_1988", lead.WeChatId);
    }

    [Fact]
    public void Create_InvalidEmail_ThrowsOnEmail()
    {
        var builder = new LeadBuilder().With(p => p with { Email = "wang@" });

        var error = Assert.Throws<DomainException>(builder.Build);

        Assert.Equal(("Email", "Email.invalid"), (error.Field, error.Code));
    }

    [Fact]
    public void Create_PhoneWithoutEnoughDigits_ThrowsOnPhone()
    {
        var builder = new LeadBuilder().With(p => p with { Phone = "call me" });

        var error = Assert.Throws<DomainException>(builder.Build);

        Assert.Equal(("Phone", "Phone.invalid"), (error.Field, error.Code));
    }

    [Fact]
    public void Create_NotesTooLong_ThrowsOnNotes()
    {
        var builder = new LeadBuilder().With(p => p with { Notes = new string('记', LeadProfile.MaxNotesLength + 1) });

        var error = Assert.Throws<DomainException>(builder.Build);

        Assert.Equal(("Notes", "Notes.too-long"), (error.Field, error.Code));
    }

    [Fact]
    public void Create_UnknownCompanySize_ThrowsOnCompanySize()
    {
        var builder = new LeadBuilder().With(p => p with { CompanySize = (CompanySize)42 });

        var error = Assert.Throws<DomainException>(builder.Build);

        Assert.Equal("CompanySize", error.Field);
    }

    [Fact]
    public void Create_PaddedValues_StoresThemTrimmedAndBlanksAsNull()
    {
        var lead = new LeadBuilder().With(p => p with { PersonName = "  王建国 ", Title = "   " }).Build();

        Assert.Equal(("王建国", null), (lead.PersonName, lead.Title));
    }

    [Fact]
    public void Create_ValidProfile_StoresMatchKeys()
    {
        var lead = new LeadBuilder().Build();

        Assert.Equal(("13800138000", "wang.jianguo@huachen.cn", "上海华辰科技"),
            (lead.PhoneKey, lead.EmailKey, lead.CompanyKey));
    }

    [Fact]
    public void Problems_SeveralFieldsWrong_ReportsEachFieldOnce()
    {
        var profile = new LeadBuilder()
            .With(p => p with { PersonName = null, Company = null, Phone = "n/a", Email = "not-an-email" })
            .Profile();

        var problems = profile.Problems();

        Assert.Equal(["Email", "PersonName", "Phone"], problems.Select(p => p.Field).Order());
    }

    [Fact]
    public void Problems_ValidProfile_IsEmpty()
    {
        var problems = new LeadBuilder().Profile().Problems();

        Assert.Empty(problems);
    }
}
