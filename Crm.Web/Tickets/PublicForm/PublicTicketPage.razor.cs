using Crm.Domain.Attachments;
using Crm.Infrastructure.Attachments;
using Crm.Web.Common.PublicPosts;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Crm.Web.Tickets.PublicForm;

/// <summary>
/// <c>/support/new</c>: the public ticket form, a plain server-rendered form (no sign-in, no
/// script needed) that goes the same way as <c>POST /api/public/tickets</c>, with the same
/// per-address limit: past it the post is answered 429 with a message, nothing is stored and
/// what was typed stays.
/// </summary>
public sealed partial class PublicTicketPage
{
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private int? _number;
    private string? _sentTo;
    private bool _tooMany;

    [SupplyParameterFromForm(FormName = "support-new")]
    private TicketForm Input { get; set; } = default!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [Inject]
    private TicketFormSubmission Submission { get; set; } = default!;

    [Inject]
    private PublicPageLimiter<TicketFormOptions> Limiter { get; set; } = default!;

    [Inject]
    private IOptions<TicketFormOptions> FormOptions { get; set; } = default!;

    [Inject]
    private ILogger<PublicTicketPage> Logger { get; set; } = default!;

    [Inject]
    private IOptions<AttachmentOptions> Attachments { get; set; } = default!;

    [Inject]
    private IStringLocalizer<TicketText> Text { get; set; } = default!;

    private string AttachmentsHint
    {
        get
        {
            var limits = Attachments.Value.Limits;

            return string.Format(
                Text["Form.AttachmentsHint"], limits.MaxFilesPerMessage, AttachmentRules.Megabytes(limits.MaxFileBytes));
        }
    }

    protected override void OnInitialized() => Input ??= new TicketForm();

    private string? ErrorOf(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    private async Task OnSubmitAsync()
    {
        if (!Limiter.TryTake(HttpContext))
        {
            TicketFormLog.RateLimited(Logger, FormOptions.Value.PermitLimit, FormOptions.Value.WindowSeconds);
            _tooMany = true;
            return;
        }

        var files = HttpContext.Request.HasFormContentType ? HttpContext.Request.Form.Files : null;
        var result = await Submission.SubmitAsync(
            Input, files ?? (IReadOnlyList<IFormFile>)[], HttpContext.Request.Headers.Origin.ToString(),
            HttpContext.RequestAborted);
        if (result.Dropped || result.Number is not null)
        {
            // A bot's post is thanked like anyone's, so it learns nothing from the answer.
            (_number, _sentTo) = (result.Number ?? 0, Input.Email?.Trim());
            return;
        }

        _errors = result.Errors;
    }
}
