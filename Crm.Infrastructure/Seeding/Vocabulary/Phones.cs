namespace Crm.Infrastructure.Seeding.Vocabulary;

internal static class Phones
{
    private static readonly string[] MobilePrefixes =
        ["138", "139", "136", "137", "135", "150", "151", "158", "159", "186", "187", "188", "177", "189", "133"];

    private static readonly string[] PersonalMailHosts = ["163.com", "qq.com", "126.com", "foxmail.com", "sina.com"];

    /// <summary>A mainland mobile number such as +86 138 1234 5678.</summary>
    public static string Mobile(Random random) =>
        $"+86 {random.Pick(MobilePrefixes)} {random.Digits(4)} {random.Digits(4)}";

    public static string WeChatId(PersonName person, Random random) => random.Next(3) switch
    {
        0 => $"wxid_{random.Digits(10)}",
        1 => $"{person.Handle.Replace(".", "_", StringComparison.Ordinal)}{random.Digits(2)}",
        _ => $"{person.Handle.Replace(".", "", StringComparison.Ordinal)}_{random.Digits(4)}",
    };

    public static string PersonalEmail(PersonName person, Random random)
    {
        var handle = person.Handle.Replace(".", "", StringComparison.Ordinal);

        return $"{handle}{random.Digits(2)}@{random.Pick(PersonalMailHosts)}";
    }
}
