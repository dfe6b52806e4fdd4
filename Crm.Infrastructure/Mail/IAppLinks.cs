namespace Crm.Infrastructure.Mail;

/// <summary>Absolute links into the CRM for mails and notifications.</summary>
public interface IAppLinks
{
    /// <summary>
    /// Joins <paramref name="relativePath"/> (with its query, already escaped) to the public
    /// address: <c>Mail:PublicBaseUrl</c> when configured, otherwise the current request's
    /// address where there is one, otherwise the first of the host's <c>Urls</c>.
    /// </summary>
    Uri Create(string relativePath);
}
