using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Crm.Infrastructure.Mail;

/// <summary>Links for scopes without a request (jobs, tests): the configured address only.</summary>
internal sealed class ConfiguredAppLinks(IOptions<MailOptions> options, IConfiguration configuration) : IAppLinks
{
    public Uri Create(string relativePath) => Join(BaseUrl(), relativePath);

    internal static Uri Join(string baseUrl, string relativePath) =>
        new(new Uri(baseUrl.TrimEnd('/') + "/"), relativePath.TrimStart('/'));

    private string BaseUrl()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl))
        {
            return options.Value.PublicBaseUrl;
        }

        var urls = configuration["Urls"]?.Split(
            ';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        return urls is { Length: > 0 } ? urls[0] : "http://localhost:5000";
    }
}
