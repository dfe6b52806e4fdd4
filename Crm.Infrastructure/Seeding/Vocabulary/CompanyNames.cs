using Crm.Domain.Customers;

namespace Crm.Infrastructure.Seeding.Vocabulary;

/// <summary>A line of business: its Chinese name, the industry it belongs to and a web-domain word.</summary>
internal sealed record Business(string Name, Industry Industry, string DomainWord);

/// <summary>
/// A generated company: its name, its trade name with its business (for naming branches),
/// industry and the domain its mail and website use.
/// </summary>
internal sealed record CompanyName(string Name, string TradeName, Industry Industry, string Domain);

/// <summary>Fictional company names built from a city, a trade name and a line of business.</summary>
internal static class CompanyNames
{
    public static readonly NamePart[] Brands =
    [
        new("瀚海", "hanhai"), new("云栖", "yunqi"), new("华信", "huaxin"), new("恒通", "hengtong"),
        new("鼎盛", "dingsheng"), new("天禾", "tianhe"), new("博远", "boyuan"), new("启明", "qiming"),
        new("睿智", "ruizhi"), new("金桥", "jinqiao"), new("海纳", "haina"), new("新创", "xinchuang"),
        new("同创", "tongchuang"), new("星辰", "xingchen"), new("宏达", "hongda"), new("德润", "derun"),
        new("嘉禾", "jiahe"), new("远航", "yuanhang"), new("明德", "mingde"), new("凯源", "kaiyuan"),
        new("永泰", "yongtai"), new("安捷", "anjie"), new("联创", "lianchuang"), new("锦程", "jincheng"),
        new("正元", "zhengyuan"), new("润泽", "runze"), new("青松", "qingsong"), new("蓝海", "lanhai"),
        new("泰和", "taihe"), new("九州", "jiuzhou"), new("万象", "wanxiang"), new("宏图", "hongtu"),
        new("卓越", "zhuoyue"), new("信达", "xinda"), new("思创", "sichuang"), new("瑞丰", "ruifeng"),
        new("光华", "guanghua"), new("恒信", "hengxin"), new("众诚", "zhongcheng"), new("智远", "zhiyuan"),
        new("云帆", "yunfan"), new("海川", "haichuan"), new("天成", "tiancheng"), new("金石", "jinshi"),
        new("融通", "rongtong"), new("华越", "huayue"), new("明泰", "mingtai"), new("长风", "changfeng"),
        new("和信", "hexin"), new("弘毅", "hongyi"), new("立达", "lida"), new("鸿运", "hongyun"),
        new("东岳", "dongyue"), new("景行", "jingxing"), new("北辰", "beichen"), new("盛和", "shenghe"),
        new("沃土", "wotu"), new("千帆", "qianfan"), new("汇智", "huizhi"), new("睿达", "ruida"),
    ];

    public static readonly Business[] Businesses =
    [
        new("精密机械", Industry.Manufacturing, "machinery"), new("智能装备", Industry.Manufacturing, "equipment"),
        new("电子", Industry.Manufacturing, "electronics"), new("汽车零部件", Industry.Manufacturing, "auto"),
        new("化工", Industry.Manufacturing, "chem"), new("数据科技", Industry.Technology, "data"),
        new("软件技术", Industry.Technology, "soft"), new("信息技术", Industry.Technology, "it"),
        new("网络科技", Industry.Technology, "net"), new("医疗器械", Industry.Healthcare, "medical"),
        new("生物医药", Industry.Healthcare, "bio"), new("供应链管理", Industry.Logistics, "scm"),
        new("物流", Industry.Logistics, "logistics"), new("国际货运代理", Industry.Logistics, "freight"),
        new("商贸", Industry.Retail, "trade"), new("连锁超市", Industry.Retail, "mart"),
        new("服饰", Industry.Retail, "fashion"), new("食品", Industry.Retail, "food"),
        new("新能源科技", Industry.Energy, "energy"), new("光伏科技", Industry.Energy, "solar"),
        new("环保科技", Industry.Energy, "eco"), new("教育科技", Industry.Education, "edu"),
        new("职业培训", Industry.Education, "training"), new("置业", Industry.RealEstate, "property"),
        new("物业管理", Industry.RealEstate, "pm"), new("融资租赁", Industry.FinancialServices, "leasing"),
        new("投资管理", Industry.FinancialServices, "capital"), new("文化传媒", Industry.Media, "media"),
        new("广告", Industry.Media, "ad"), new("酒店管理", Industry.Hospitality, "hotel"),
        new("餐饮管理", Industry.Hospitality, "catering"), new("建筑工程", Industry.Other, "build"),
        new("管理咨询", Industry.Other, "consulting"),
    ];

    private static readonly string[] EnglishPrefixes =
    [
        "Northwind", "Bluepeak", "Harborview", "Redwood", "Silverline", "Brightwater", "Stonebridge",
        "Evergreen", "Clearsky", "Oakridge", "Lakeshore", "Westgate", "Ironleaf", "Suncrest",
    ];

    private static readonly (string Word, Industry Industry)[] EnglishSectors =
    [
        ("Precision", Industry.Manufacturing), ("Analytics", Industry.Technology), ("Logistics", Industry.Logistics),
        ("Medical", Industry.Healthcare), ("Retail", Industry.Retail), ("Energy", Industry.Energy),
        ("Foods", Industry.Retail), ("Robotics", Industry.Manufacturing), ("Learning", Industry.Education),
        ("Capital", Industry.FinancialServices), ("Hospitality", Industry.Hospitality),
    ];

    private static readonly string[] EnglishSuffixes = ["Ltd.", "Inc.", "Pte. Ltd.", "GmbH", "(China) Co., Ltd."];

    /// <summary>Names such as 上海瀚海精密机械有限公司 (city, trade name, business, legal form).</summary>
    public static CompanyName Chinese(City city, Random random)
    {
        var brand = random.Pick(Brands);
        var business = random.Pick(Businesses);
        var form = random.Chance(0.2) ? "股份有限公司" : "有限公司";

        var trade = brand.Hanzi + business.Name;

        return new CompanyName($"{city.Name}{trade}{form}", trade, business.Industry, DomainOf(brand, business));
    }

    /// <summary>A branch of <paramref name="parent"/> in another city: 瀚海精密机械（苏州）有限公司.</summary>
    public static CompanyName Branch(CompanyName parent, City city) =>
        parent with { Name = $"{parent.TradeName}（{city.Name}）有限公司" };

    /// <summary>Hospitals, colleges and public bodies, which buy differently from companies.</summary>
    public static CompanyName Institution(City city, Random random)
    {
        var brand = random.Pick(Brands);

        return random.Next(3) switch
        {
            0 => new CompanyName($"{city.Name}市第{random.Pick(Ordinals)}人民医院", "人民医院", Industry.Healthcare,
                $"{city.Pinyin}hospital{random.Next(1, 9)}.org.cn"),
            1 => new CompanyName($"{city.Name}{brand.Hanzi}职业技术学院", brand.Hanzi + "职业技术学院",
                Industry.Education, $"{brand.Pinyin}-college.edu.cn"),
            _ => new CompanyName($"{city.Name}市{random.Pick(PublicBodies)}", "政务", Industry.Government,
                $"{city.Pinyin}.gov.cn"),
        };
    }

    private static readonly string[] Ordinals = ["一", "二", "三", "四", "五", "六"];

    private static readonly string[] PublicBodies = ["政务服务数据管理局", "大数据中心", "市场监督管理局信息中心", "公共资源交易中心"];

    public static CompanyName English(Random random)
    {
        var prefix = random.Pick(EnglishPrefixes);
        var sector = random.Pick(EnglishSectors);
        var domain = $"{prefix}{sector.Word}".ToLowerInvariant() + ".com";

        return new CompanyName(
            $"{prefix} {sector.Word} {random.Pick(EnglishSuffixes)}", $"{prefix} {sector.Word}", sector.Industry,
            domain);
    }

    private static string DomainOf(NamePart brand, Business business) =>
        $"{brand.Pinyin}-{business.DomainWord}.com.cn";
}
