using System.Globalization;
using Crm.Domain.Common;
using Crm.Infrastructure.Attachments;
using Crm.Infrastructure.Tickets.Mail;
using Crm.Web.Attachments;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Crm.Web.Tickets.PublicForm;

/// <summary>What became of a public form post: the new ticket's number, field errors, or a dropped bot post.</summary>
public sealed record TicketFormResult(int? Number, IReadOnlyDictionary<string, string[]> Errors, bool Dropped = false)
{
    public static TicketFormResult Refused(Dictionary<string, string[]> errors) => new(null, errors);
}

/// <summary>
/// The public form's one path, for the API and the page alike: the honeypot, the field checks,
/// the files (streamed and checked by the attachment store, refused ones named in the errors),
/// then <see cref="ICustomerTickets.OpenAsync"/>. With any error nothing is stored.
/// </summary>
internal sealed class TicketFormSubmission(
    ICustomerTickets tickets, IAttachmentStore store, IOptions<AttachmentOptions> attachments,
    IStringLocalizer<TicketText> text, IStringLocalizer<AttachmentText> attachmentText,
    ILogger<TicketFormSubmission> logger)
{
    public async Task<TicketFormResult> SubmitAsync(
        TicketForm form, IReadOnlyList<IFormFile> files, string origin, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(form.Website))
        {
            TicketFormLog.HoneypotFilled(logger, origin);
            return new TicketFormResult(null, new Dictionary<string, string[]>(), Dropped: true);
        }

        var errors = form.Check().ToDictionary(e => e.Key, e => new[] { text[$"Form.Error.{e.Value}"].Value });
        var staged = errors.Count == 0 ? await StageAsync(files, errors, cancellationToken) : [];
        if (errors.Count == 0)
        {
            try
            {
                var opened = await tickets.OpenAsync(
                    form.ToRequest(CultureInfo.CurrentUICulture.Name) with { Attachments = staged }, cancellationToken);
                TicketFormLog.Opened(logger, opened.Number);

                return new TicketFormResult(opened.Number, new Dictionary<string, string[]>());
            }
            catch (DomainException refused)
            {
                errors[refused.Field?.ToLowerInvariant() ?? "form"] = [text["Form.Error.unavailable"].Value];
            }
        }

        Discard(staged);
        TicketFormLog.Refused(logger, string.Join(", ", errors.Keys));

        return TicketFormResult.Refused(errors);
    }

    private async Task<List<StagedAttachment>> StageAsync(
        IReadOnlyList<IFormFile> files, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        var limits = attachments.Value.Limits;
        var staged = new List<StagedAttachment>();
        var refused = new List<string>();
        foreach (var file in files.Where(f => f.Length > 0 || f.FileName.Length > 0))
        {
            if (staged.Count + refused.Count >= limits.MaxFilesPerMessage)
            {
                refused.Add(AttachmentRefusal.For(file.FileName, "Attachment.too-many", limits, attachmentText).Message);
                break;
            }

            try
            {
                await using var content = file.OpenReadStream();
                staged.Add(await store.StageAsync(file.FileName, content, cancellationToken));
            }
            catch (DomainException error)
            {
                refused.Add(AttachmentRefusal.For(file.FileName, error, limits, attachmentText).Message);
            }
        }

        if (refused.Count > 0)
        {
            errors["attachments"] = [.. refused];
        }

        return staged;
    }

    private void Discard(IEnumerable<StagedAttachment> staged)
    {
        foreach (var file in staged)
        {
            store.Discard(file.Token);
        }
    }
}
