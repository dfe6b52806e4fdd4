using System.Security.Claims;
using System.Text.Json;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Attachments;
using Crm.Web.Common.PublicPosts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Crm.Web.Tickets.PublicForm;

internal static class TicketFormEndpoints
{
    public const string Path = "/api/public/tickets";

    /// <summary>
    /// <c>POST /api/public/tickets</c>: a ticket from a customer, JSON, form-encoded or multipart
    /// (with files), no sign-in, no antiforgery. 201 with the ticket number; 400 with field errors
    /// by posted name (nothing stored); 202 when the honeypot is filled (nothing stored); 415 for
    /// other content; 429 past the rate limit per client address.
    /// </summary>
    public static IEndpointRouteBuilder MapTicketFormEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var limits = endpoints.ServiceProvider.GetRequiredService<IOptions<AttachmentOptions>>().Value.Limits;
        endpoints.MapPost(Path, PostAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireCors(TicketFormRegistration.Policy)
            .RequireRateLimiting(TicketFormRegistration.Policy)
            .WithMetadata(new RequestSizeLimitAttribute((limits.MaxFileBytes * limits.MaxFilesPerMessage) + 65536));

        return endpoints;
    }

    private static async Task<IResult> PostAsync(
        HttpContext context, TicketFormSubmission submission, IStringLocalizer<TicketText> text)
    {
        PostedFields? fields;
        try
        {
            fields = await PostedFields.ReadAsync(context.Request, context.RequestAborted);
        }
        catch (JsonException)
        {
            return Results.Problem(text["Form.BadJson"], statusCode: StatusCodes.Status400BadRequest);
        }

        if (fields is null)
        {
            return Results.Problem(text["Form.ContentType"], statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        // The customer writes the ticket, not whoever's sign-in cookie came along with the post.
        context.User = new ClaimsPrincipal(new ClaimsIdentity());
        var result = await submission.SubmitAsync(
            FormOf(fields), fields.Files, context.Request.Headers.Origin.ToString(), context.RequestAborted);
        if (result.Dropped)
        {
            return Results.Accepted();
        }

        return result.Number is { } number
            ? Results.Created($"/tickets/{number}", new { number, label = TicketNumbers.Format(number) })
            : Results.ValidationProblem(result.Errors);
    }

    private static TicketForm FormOf(PostedFields fields) => new()
    {
        Name = fields["name"],
        Email = fields["email"],
        Company = fields["company"],
        Subject = fields["subject"],
        Description = fields["description"],
        Category = fields["category"],
        Website = fields[TicketForm.Honeypot],
    };
}
