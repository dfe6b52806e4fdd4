using System.Security.Claims;
using System.Text.Json;
using Crm.Domain.Common;
using Crm.Domain.Leads;
using Crm.Infrastructure.Leads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Leads.WebToLead;

internal static class LeadEndpoints
{
    public const string Path = "/api/public/leads";

    private const int MaxBodyBytes = 32 * 1024;

    /// <summary>
    /// <c>POST /api/public/leads</c>: a lead from a web form, JSON or form-encoded, no sign-in.
    /// 201 with the new id; 400 with field errors by posted name (nothing stored); 202 for a post
    /// whose honeypot is filled (nothing stored); 415 for other content; 429 past the rate limit.
    /// </summary>
    public static IEndpointRouteBuilder MapLeadEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, PostAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireCors(WebToLeadRegistration.CorsPolicy)
            .RequireRateLimiting(WebToLeadRegistration.RateLimitPolicy)
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));

        return endpoints;
    }

    private static async Task<IResult> PostAsync(
        HttpContext context, IWebLeadIntake intake, IStringLocalizer<LeadText> text, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(LeadEndpoints));
        WebLeadFields? fields;
        try
        {
            fields = await WebLeadFields.ReadAsync(context.Request, context.RequestAborted);
        }
        catch (JsonException)
        {
            return Results.Problem(text["WebToLead.BadJson"], statusCode: StatusCodes.Status400BadRequest);
        }

        if (fields is null)
        {
            return Results.Problem(
                text["WebToLead.ContentType"], statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        if (fields.HoneypotFilled)
        {
            WebToLeadLog.HoneypotFilled(logger, context.Request.Headers.Origin.ToString());
            return Results.Accepted();
        }

        var errors = Validate(fields, text, out var profile);
        if (errors.Count > 0)
        {
            WebToLeadLog.Refused(logger, string.Join(", ", errors.Keys));
            return Results.ValidationProblem(errors);
        }

        // The web form writes the lead, not whoever's sign-in cookie came along with the post.
        context.User = new ClaimsPrincipal(new ClaimsIdentity());
        var id = await intake.SubmitAsync(profile, context.RequestAborted);

        return Results.Created($"/leads/{id}", new { id });
    }

    private static Dictionary<string, string[]> Validate(
        WebLeadFields fields, IStringLocalizer<LeadText> text, out LeadProfile profile)
    {
        (profile, var unknownChoices) = fields.ToProfile();
        var errors = unknownChoices.ToDictionary(
            name => name, name => new[] { text[$"WebToLead.Unknown.{name}"].Value });
        foreach (var problem in profile.Problems())
        {
            var name = WebLeadFields.PostedNames.GetValueOrDefault(problem.Field ?? "", problem.Field ?? "");
            errors[name] = [MessageOf(problem, text)];
        }

        return errors;
    }

    private static string MessageOf(DomainException problem, IStringLocalizer<LeadText> text)
    {
        var message = text[$"Error.{problem.Code}"];

        return message.ResourceNotFound ? problem.Message : message.Value;
    }
}
