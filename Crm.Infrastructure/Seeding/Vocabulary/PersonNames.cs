namespace Crm.Infrastructure.Seeding.Vocabulary;

/// <summary>A name part in characters and in pinyin (for email addresses and WeChat ids).</summary>
internal sealed record NamePart(string Hanzi, string Pinyin);

/// <summary>A generated person's name with the ASCII handle used to build addresses.</summary>
internal sealed record PersonName(string Name, string Handle);

internal static class PersonNames
{
    public static readonly NamePart[] Surnames =
    [
        new("王", "wang"), new("李", "li"), new("张", "zhang"), new("刘", "liu"), new("陈", "chen"),
        new("杨", "yang"), new("黄", "huang"), new("赵", "zhao"), new("吴", "wu"), new("周", "zhou"),
        new("徐", "xu"), new("孙", "sun"), new("马", "ma"), new("朱", "zhu"), new("胡", "hu"),
        new("郭", "guo"), new("何", "he"), new("高", "gao"), new("林", "lin"), new("罗", "luo"),
        new("郑", "zheng"), new("梁", "liang"), new("谢", "xie"), new("宋", "song"), new("唐", "tang"),
        new("许", "xu"), new("韩", "han"), new("冯", "feng"), new("邓", "deng"), new("曹", "cao"),
        new("彭", "peng"), new("曾", "zeng"), new("萧", "xiao"), new("田", "tian"), new("董", "dong"),
        new("潘", "pan"), new("袁", "yuan"), new("蔡", "cai"), new("蒋", "jiang"), new("余", "yu"),
        new("欧阳", "ouyang"), new("司马", "sima"),
    ];

    public static readonly NamePart[] GivenNames =
    [
        new("伟", "wei"), new("芳", "fang"), new("娜", "na"), new("敏", "min"), new("静", "jing"),
        new("丽", "li"), new("强", "qiang"), new("磊", "lei"), new("军", "jun"), new("洋", "yang"),
        new("勇", "yong"), new("艳", "yan"), new("杰", "jie"), new("涛", "tao"), new("明", "ming"),
        new("超", "chao"), new("秀英", "xiuying"), new("建国", "jianguo"), new("建华", "jianhua"),
        new("志强", "zhiqiang"), new("晓燕", "xiaoyan"), new("海燕", "haiyan"), new("文博", "wenbo"),
        new("子涵", "zihan"), new("雨桐", "yutong"), new("浩然", "haoran"), new("思远", "siyuan"),
        new("梓轩", "zixuan"), new("佳怡", "jiayi"), new("宇航", "yuhang"), new("欣怡", "xinyi"),
        new("俊杰", "junjie"), new("婷婷", "tingting"), new("国华", "guohua"), new("丽娟", "lijuan"),
        new("春梅", "chunmei"), new("振宇", "zhenyu"), new("嘉欣", "jiaxin"), new("立新", "lixin"),
        new("慧敏", "huimin"), new("晨", "chen"), new("鹏", "peng"), new("颖", "ying"), new("斌", "bin"),
    ];

    public static readonly string[] EnglishFirstNames =
    [
        "Michael", "Sarah", "David", "Emma", "James", "Olivia", "Daniel", "Sophia", "Thomas", "Grace",
        "Robert", "Hannah", "William", "Chloe", "Richard", "Laura",
    ];

    public static readonly string[] EnglishLastNames =
    [
        "Brown", "Johnson", "Taylor", "Wilson", "Anderson", "Clark", "Walker", "Wright", "Mitchell", "Turner",
        "Parker", "Collins", "Morgan", "Bennett", "Hughes", "Foster",
    ];

    public static PersonName Chinese(Random random)
    {
        var surname = random.Pick(Surnames);
        var given = random.Pick(GivenNames);

        return new PersonName(surname.Hanzi + given.Hanzi, surname.Pinyin + given.Pinyin);
    }

    public static PersonName English(Random random)
    {
        var first = random.Pick(EnglishFirstNames);
        var last = random.Pick(EnglishLastNames);

        return new PersonName($"{first} {last}", $"{first}.{last}".ToLowerInvariant());
    }
}
