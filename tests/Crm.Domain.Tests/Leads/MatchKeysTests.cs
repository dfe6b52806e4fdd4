using Crm.Domain.Leads;

namespace Crm.Domain.Tests.Leads;

public sealed class MatchKeysTests
{
    [Theory]
    [InlineData("Zhang.Wei@HuaChen.cn", "zhang.wei@huachen.cn")]
    [InlineData("  sales@example.com\t", "sales@example.com")]
    [InlineData("ＷＡＮＧ＠ＱＱ．ＣＯＭ", "wang@qq.com")]
    [InlineData("mailto:Info@Acme.com", "info@acme.com")]
    [InlineData("13800138000@163.com", "13800138000@163.com")]
    public void Email_RealWorldSpellings_NormalizeToOneKey(string email, string expected)
    {
        Assert.Equal(expected, MatchKeys.Email(email));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("wang")]
    [InlineData("@qq.com")]
    [InlineData("wang@")]
    public void Email_NothingToCompare_IsEmpty(string? email)
    {
        Assert.Equal("", MatchKeys.Email(email));
    }

    [Theory]
    [InlineData("13800138000", "13800138000")]
    [InlineData("138-0013-8000", "13800138000")]
    [InlineData("138 0013 8000", "13800138000")]
    [InlineData("+86 138 0013 8000", "13800138000")]
    [InlineData("+86-13800138000", "13800138000")]
    [InlineData("0086 138 0013 8000", "13800138000")]
    [InlineData("86 13800138000", "13800138000")]
    [InlineData("8613800138000", "13800138000")]
    [InlineData("(+86) 138.0013.8000", "13800138000")]
    [InlineData("０１３８００１３８０００", "13800138000")]
    [InlineData("１３８ ００１３ ８０００", "13800138000")]
    [InlineData("013800138000", "13800138000")]
    public void Phone_ChineseMobileSpellings_NormalizeToElevenDigits(string phone, string expected)
    {
        Assert.Equal(expected, MatchKeys.Phone(phone));
    }

    [Theory]
    [InlineData("021-5555-0100", "02155550100")]
    [InlineData("(021) 5555 0100", "02155550100")]
    [InlineData("+86 21 5555 0100", "02155550100")]
    [InlineData("+86 (0)21 5555 0100", "02155550100")]
    [InlineData("0086-21-55550100", "02155550100")]
    [InlineData("010-8888 6666", "01088886666")]
    [InlineData("+86 10 8888 6666", "01088886666")]
    [InlineData("0755-8666-1234", "075586661234")]
    [InlineData("021-5555-0100 转 801", "02155550100")]
    [InlineData("021-55550100分机12", "02155550100")]
    [InlineData("021 5555 0100 ext. 23", "02155550100")]
    public void Phone_LandlineSpellings_KeepTheAreaCode(string phone, string expected)
    {
        Assert.Equal(expected, MatchKeys.Phone(phone));
    }

    [Theory]
    [InlineData("+1 (415) 555-0100", "0014155550100")]
    [InlineData("001 415 555 0100", "0014155550100")]
    [InlineData("+852 2345 6789", "0085223456789")]
    [InlineData("+886 2 2345 6789", "00886223456789")]
    public void Phone_OtherCountries_KeepTheirCountryCode(string phone, string expected)
    {
        Assert.Equal(expected, MatchKeys.Phone(phone));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("n/a")]
    [InlineData("110")]
    [InlineData("+86")]
    public void Phone_NothingToCompare_IsEmpty(string? phone)
    {
        Assert.Equal("", MatchKeys.Phone(phone));
    }

    [Theory]
    [InlineData("上海华辰科技有限公司")]
    [InlineData("上海华辰科技")]
    [InlineData("上海华辰科技股份有限公司")]
    [InlineData("上海华辰科技有限责任公司")]
    [InlineData("上海华辰科技集团")]
    [InlineData("上海华辰科技集团有限公司")]
    [InlineData("上海华辰科技公司")]
    [InlineData(" 上海 华辰 科技 有限公司 ")]
    [InlineData("上海华辰科技（中国）有限公司")]
    [InlineData("上海华辰科技(中国)有限公司")]
    [InlineData("上海华辰科技有限公司。")]
    public void Company_ChineseLegalForms_NormalizeToTheName(string company)
    {
        Assert.Equal("上海华辰科技", MatchKeys.Company(company));
    }

    [Theory]
    [InlineData("Acme Co., Ltd.")]
    [InlineData("ACME CO.,LTD")]
    [InlineData("Acme Co. Ltd")]
    [InlineData("Acme Ltd.")]
    [InlineData("Acme Limited")]
    [InlineData("Acme Inc.")]
    [InlineData("Acme, Inc.")]
    [InlineData("Acme Incorporated")]
    [InlineData("Acme LLC")]
    [InlineData("Acme L.L.C.")]
    [InlineData("Acme Corp.")]
    [InlineData("Acme Corporation")]
    [InlineData("The Acme Company")]
    [InlineData("Acme GmbH")]
    [InlineData("Acme (China) Co., Ltd.")]
    [InlineData("ＡＣＭＥ　Ｃｏ．，Ｌｔｄ．")]
    [InlineData("acme")]
    public void Company_EnglishLegalForms_NormalizeToTheName(string company)
    {
        Assert.Equal("acme", MatchKeys.Company(company));
    }

    [Theory]
    [InlineData("Tesco", "tesco")]
    [InlineData("Costco Wholesale Corporation", "costcowholesale")]
    [InlineData("Johnson & Johnson", "johnsonjohnson")]
    [InlineData("3M 中国有限公司", "3m中国")]
    [InlineData("华为技术有限公司", "华为技术")]
    [InlineData("阿里巴巴（中国）网络技术有限公司", "阿里巴巴网络技术")]
    [InlineData("Limited Brands Inc.", "limitedbrands")]
    public void Company_NamesThatLookLikeSuffixes_KeepTheirOwnLetters(string company, string expected)
    {
        Assert.Equal(expected, MatchKeys.Company(company));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("有限公司")]
    [InlineData("Inc.")]
    [InlineData("华")]
    [InlineData("-- ")]
    public void Company_NothingToCompare_IsEmpty(string? company)
    {
        Assert.Equal("", MatchKeys.Company(company));
    }

    [Fact]
    public void Company_DifferentCities_DoNotMatch()
    {
        Assert.NotEqual(MatchKeys.Company("北京华辰科技有限公司"), MatchKeys.Company("上海华辰科技有限公司"));
    }
}
