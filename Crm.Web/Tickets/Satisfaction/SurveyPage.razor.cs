using System.Security.Claims;
using Crm.Domain.Common;
using Crm.Domain.Tickets;
using Crm.Infrastructure.Tickets.Satisfaction;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Crm.Web.Tickets.Satisfaction;

/// <summary>
/// <c>/csat/{token}</c>: the customer rates a resolved ticket, without sign-in, in a plain
/// server-rendered form. Shows only the ticket's number and subject; a used, expired or
/// superseded link gets a page saying so and stores nothing.
/// </summary>
public sealed partial class SurveyPage
{
    private static readonly int[] Stars = [1, 2, 3, 4, 5];

    private readonly Dictionary<string, string> _errors = [];
    private SurveyLookup? _lookup;
    private int? _number;

    [Parameter]
    public string Token { get; set; } = "";

    [SupplyParameterFromForm(FormName = "csat")]
    private SurveyForm Input { get; set; } = default!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [Inject]
    private ISatisfactionSurveyService Surveys { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SatisfactionText> Text { get; set; } = default!;

    private string Label => TicketNumbers.Format(_number ?? 0);

    private string StateName => _lookup?.State.ToString().ToLowerInvariant() ?? "";

    protected override async Task OnInitializedAsync()
    {
        Input ??= new SurveyForm();
        _lookup = await Surveys.FindAsync(Token, HttpContext.RequestAborted);
        _number = _lookup.Number;
    }

    private string? ErrorOf(string field) => _errors.GetValueOrDefault(field);

    private async Task OnSubmitAsync()
    {
        if (Input.Rating is not { } rating)
        {
            _errors["rating"] = Text["Survey.Error.Rating"];
            return;
        }

        // The customer answers, not whoever's sign-in cookie came along with the post.
        HttpContext.User = new ClaimsPrincipal(new ClaimsIdentity());
        try
        {
            var answer = await Surveys.AnswerAsync(Token, rating, Input.Comment, HttpContext.RequestAborted);
            _lookup = answer.Recorded ? answer : new SurveyLookup(answer.State);
        }
        catch (DomainException refused)
        {
            var field = refused.Field == "Comment" ? "comment" : "rating";
            _errors[field] = field == "comment"
                ? string.Format(Text["Survey.Error.Comment"], Ticket.MaxRatingCommentLength)
                : Text["Survey.Error.Rating"];
        }
    }
}
