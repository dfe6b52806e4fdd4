using Crm.Infrastructure.Mail;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace Crm.Web.Common;

/// <summary>
/// Links for mails sent while serving someone: the configured public address when there is
/// one, otherwise the address this circuit or request was reached at.
/// </summary>
internal sealed class RequestAppLinks(
    IOptions<MailOptions> options, IConfiguration configuration, NavigationManager navigation,
    IHttpContextAccessor http)
    : IAppLinks
{
    public Uri Create(string relativePath) =>
        string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl) && RequestBaseUrl() is { } requestBase
            ? ConfiguredAppLinks.Join(requestBase, relativePath)
            : new ConfiguredAppLinks(options, configuration).Create(relativePath);

    private string? RequestBaseUrl()
    {
        try
        {
            // Set in circuits and in statically rendered pages.
            return navigation.BaseUri;
        }
        catch (InvalidOperationException)
        {
            return http.HttpContext?.Request is { Host.HasValue: true } request
                ? $"{request.Scheme}://{request.Host}{request.PathBase}"
                : null;
        }
    }
}
