using System.Text;
using System.Text.RegularExpressions;

namespace Crm.Domain.Leads;

/// <summary>
/// The forms of an email address, phone number and company name that duplicate checks compare,
/// so that "Zhang.Wei@HuaChen.cn" and "zhang.wei@huachen.cn", "+86 138-0013-8000" and
/// "13800138000", or "上海华辰科技有限公司" and "上海华辰科技" are found to be the same.
/// Every method is pure and returns "" when the value holds nothing worth comparing, so an
/// empty key never matches.
/// </summary>
public static partial class MatchKeys
{
    private const int MinPhoneDigits = 6;
    private const int MinCompanyLength = 2;

    // Longest first, so "股份有限公司" goes before "有限公司" would leave "股份" behind.
    private static readonly string[] ChineseSuffixes =
    [
        "股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "股份公司", "集团公司", "有限合伙", "总公司",
        "公司", "集团", "控股",
    ];

    private static readonly string[] LatinSuffixes =
    [
        "incorporated", "corporation", "holdings", "holding", "limited", "company", "group", "l.l.c", "gmbh", "corp",
        "inc", "llc", "ltd", "plc", "pte", "pty", "s.a", "co", "ag",
    ];

    /// <summary>Trimmed, full-width characters made half-width, lower-case; "" unless it has an "@".</summary>
    public static string Email(string? email)
    {
        var text = Fold(email);
        if (text.StartsWith("mailto:", StringComparison.Ordinal))
        {
            text = text["mailto:".Length..];
        }

        var at = text.IndexOf('@');

        return at > 0 && at < text.Length - 1 ? text : "";
    }

    /// <summary>
    /// The digits of a phone number as dialled inside China: a mobile with a +86, 0086 or 86
    /// prefix becomes its 11 digits, a landline keeps its area code with the leading 0 ("+86 21
    /// 5555 0100" is "02155550100"), an extension ("转 801", "ext. 12") is dropped, and a number
    /// of another country keeps its code behind "00". "" when fewer than six digits remain.
    /// </summary>
    public static string Phone(string? phone)
    {
        var text = Extension().Replace(Fold(phone), "");
        var digits = new string([.. text.Where(char.IsAsciiDigit)]);
        var international = text.StartsWith('+') ? digits
            : digits.StartsWith("00", StringComparison.Ordinal) ? digits[2..]
            : null;

        var national = international switch
        {
            null when digits.Length == 13 && digits.StartsWith("861", StringComparison.Ordinal) => digits[2..],
            null => digits,
            _ when international.StartsWith("86", StringComparison.Ordinal) => Landline(international[2..]),
            _ => "00" + international,
        };

        return national.Length >= MinPhoneDigits ? Mobile(national) : "";
    }

    /// <summary>
    /// The name without legal form and punctuation: full-width made half-width, lower-case,
    /// "(中国)"/"(China)" and suffixes such as 有限公司, 股份有限公司, 集团, Co., Ltd., Inc., LLC or
    /// Corp removed, spaces and punctuation dropped. "" when fewer than two characters remain.
    /// </summary>
    public static string Company(string? company)
    {
        var text = Region().Replace(Fold(company), " ");
        if (text.StartsWith("the ", StringComparison.Ordinal))
        {
            text = text[4..];
        }

        while (StripSuffix(ref text))
        {
        }

        var key = new string([.. text.Where(char.IsLetterOrDigit)]);

        return key.Length >= MinCompanyLength ? key : "";
    }

    // NFKC turns full-width letters, digits and punctuation (ＡＢＣ１２３（）＠) into ASCII.
    private static string Fold(string? value) =>
        (value ?? "").Normalize(NormalizationForm.FormKC).Trim().ToLowerInvariant();

    // A leading 0 is how a landline is dialled inside China (Beijing's area code 10 too);
    // mobiles, 11 digits starting with 1, have none.
    private static string Landline(string national) =>
        national.StartsWith('0') || (national.Length == 11 && national.StartsWith('1')) ? national : "0" + national;

    // A mobile dialled with a leading 0 from a landline ("013800138000") is still the mobile.
    private static string Mobile(string national) =>
        national.Length == 12 && national[0] == '0' && national[1] == '1' && national[2] is >= '3' and <= '9'
            ? national[1..]
            : national;

    private static bool StripSuffix(ref string text)
    {
        text = text.TrimEnd(TrailingJunk);
        foreach (var suffix in ChineseSuffixes)
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal))
            {
                text = text[..^suffix.Length];
                return true;
            }
        }

        foreach (var suffix in LatinSuffixes)
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal)
                && (text.Length == suffix.Length || !char.IsAsciiLetterOrDigit(text[^(suffix.Length + 1)])))
            {
                text = text[..^suffix.Length];
                return true;
            }
        }

        return false;
    }

    private static readonly char[] TrailingJunk = [' ', '.', ',', '&', '-', '(', ')', '·', '、', '，', '。'];

    [GeneratedRegex(@"\((中国|china|prc)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Region();

    [GeneratedRegex(@"(转|分机|ext\.?|extension|x|#)\s*\d{1,6}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Extension();
}
