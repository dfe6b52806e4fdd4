using System.Globalization;
using System.Resources;

namespace Crm.Infrastructure.Mail;

/// <summary>
/// The texts of MailText.resx in the recipient's language, whatever the culture of the
/// thread that sends (a job, another user's circuit).
/// </summary>
internal sealed class MailText(string language)
{
    private static readonly ResourceManager Resources = new(typeof(MailText).FullName!, typeof(MailText).Assembly);

    private readonly CultureInfo _culture = CultureInfo.GetCultureInfo(language);

    public string this[string key] => Resources.GetString(key, _culture) ?? key;

    public string Format(string key, params object[] values) => string.Format(_culture, this[key], values);
}
