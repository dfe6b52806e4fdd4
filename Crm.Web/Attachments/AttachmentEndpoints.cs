using Crm.Infrastructure.Attachments;
using Crm.Infrastructure.Common;
using Microsoft.Net.Http.Headers;

namespace Crm.Web.Attachments;

internal static class AttachmentEndpoints
{
    public const string Path = "/attachments";

    // A file is data, never a page of ours: no scripts, no plug-ins, no framing, no sniffing.
    private const string Sandbox = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

    /// <summary>
    /// <c>GET /attachments/{id}</c>: the file, streamed from the store, for a signed-in user who
    /// sees its record; 404 for an unknown id and for a record they cannot see alike. Images open
    /// in the browser, everything else downloads under its (UTF-8) name.
    /// </summary>
    public static IEndpointRouteBuilder MapAttachmentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet($"{Path}/{{id:guid}}", DownloadAsync).RequireAuthorization();

        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(Guid id, HttpContext context, IAttachmentService attachments)
    {
        AttachmentContent content;
        try
        {
            content = await attachments.OpenAsync(id, context.RequestAborted);
        }
        catch (NotFoundException)
        {
            return Results.NotFound();
        }

        context.Response.RegisterForDisposeAsync(content);
        var headers = context.Response.Headers;
        headers.ContentDisposition = Disposition(content).ToString();
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = Sandbox;
        headers.CacheControl = "private, no-cache";

        return Results.Stream(content.Content, content.Item.ContentType);
    }

    private static ContentDispositionHeaderValue Disposition(AttachmentContent content)
    {
        var disposition = new ContentDispositionHeaderValue(content.OpensInline ? "inline" : "attachment");
        disposition.SetHttpFileName(content.Item.FileName);

        return disposition;
    }
}
