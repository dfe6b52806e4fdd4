namespace Crm.Web.Common.PublicPosts;

/// <summary>
/// What every endpoint that takes posts from the public (web-to-lead, the ticket form) is
/// configured with: how often one client address may post, and which sites may post by script.
/// </summary>
public interface IPublicPostOptions
{
    /// <summary>Posts accepted per client address in each window; more answer 429.</summary>
    int PermitLimit { get; }

    int WindowSeconds { get; }

    /// <summary>Sites whose pages may post with script (CORS); a plain HTML form post needs no listing.</summary>
    string[] AllowedOrigins { get; }
}
