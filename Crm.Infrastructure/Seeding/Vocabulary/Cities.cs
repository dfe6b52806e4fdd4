namespace Crm.Infrastructure.Seeding.Vocabulary;

/// <summary>A city with its sales region, landline area code and pinyin.</summary>
internal sealed record City(string Name, string Region, string AreaCode, string Pinyin);

/// <summary>
/// Regions are stored as the Chinese names 华东, 华南, 华北 and 西南, the scheme the sales
/// teams are organised by; teams that cover the whole country use 全国.
/// </summary>
internal static class Cities
{
    public const string EastChina = "华东";
    public const string SouthChina = "华南";
    public const string NorthChina = "华北";
    public const string Southwest = "西南";
    public const string Nationwide = "全国";

    public static readonly City[] All =
    [
        new("上海", EastChina, "21", "shanghai"), new("杭州", EastChina, "571", "hangzhou"),
        new("苏州", EastChina, "512", "suzhou"), new("南京", EastChina, "25", "nanjing"),
        new("宁波", EastChina, "574", "ningbo"), new("合肥", EastChina, "551", "hefei"),
        new("无锡", EastChina, "510", "wuxi"), new("青岛", EastChina, "532", "qingdao"),
        new("深圳", SouthChina, "755", "shenzhen"), new("广州", SouthChina, "20", "guangzhou"),
        new("东莞", SouthChina, "769", "dongguan"), new("佛山", SouthChina, "757", "foshan"),
        new("珠海", SouthChina, "756", "zhuhai"), new("南宁", SouthChina, "771", "nanning"),
        new("北京", NorthChina, "10", "beijing"), new("天津", NorthChina, "22", "tianjin"),
        new("石家庄", NorthChina, "311", "shijiazhuang"), new("太原", NorthChina, "351", "taiyuan"),
        new("成都", Southwest, "28", "chengdu"), new("重庆", Southwest, "23", "chongqing"),
        new("昆明", Southwest, "871", "kunming"), new("贵阳", Southwest, "851", "guiyang"),
    ];

    public static readonly IReadOnlyList<string> Regions = [EastChina, SouthChina, NorthChina, Southwest];

    public static IReadOnlyList<City> In(string region) => All.Where(c => c.Region == region).ToArray();

    private static readonly string[] Districts = ["高新区", "经济开发区", "工业园区", "新区", "滨江区", "城南区"];

    private static readonly string[] Roads =
    [
        "人民路", "中山路", "建设路", "科技路", "创新大道", "长江路", "学院路", "世纪大道", "东风路", "金融街",
    ];

    public static string AddressIn(City city, Random random) =>
        $"{city.Name}市{random.Pick(Districts)}{random.Pick(Roads)}{random.Next(1, 999)}号";

    /// <summary>A landline such as +86 21 6234 5678.</summary>
    public static string LandlineIn(City city, Random random) =>
        $"+86 {city.AreaCode} {random.Next(5, 9)}{random.Digits(3)} {random.Digits(4)}";
}
