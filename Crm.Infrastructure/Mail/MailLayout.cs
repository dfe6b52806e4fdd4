using System.Net;
using System.Text;

namespace Crm.Infrastructure.Mail;

/// <summary>
/// Renders the shared shape of account mails: greeting, paragraphs, one action link and a
/// footer, as inline-styled HTML (mail clients ignore style sheets) and as plain text. Without an
/// action link the mail is greeting, paragraphs and footer; without a greeting (an agent's reply,
/// which greets in the agent's own words) it starts with the first paragraph.
/// </summary>
internal sealed class MailLayout(string? greeting, string? actionText = null, Uri? actionLink = null)
{
    private readonly List<string> _paragraphs = [];
    private readonly List<string> _footnotes = [];

    public MailLayout Paragraph(string text)
    {
        _paragraphs.Add(text);

        return this;
    }

    public MailLayout Footnote(string text)
    {
        _footnotes.Add(text);

        return this;
    }

    public MailMessage ToMessage(string to, string? toName, string subject, MailText text) =>
        new(to, subject, Html(text), Text(text), toName);

    private string Html(MailText text)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html><body style=\"margin:0;padding:24px;background:#f5f7fb;")
            .Append("font-family:-apple-system,'Segoe UI','PingFang SC','Microsoft YaHei',sans-serif;color:#1d2633\">")
            .Append("<div style=\"max-width:520px;margin:0 auto;background:#fff;border-radius:12px;padding:32px\">");
        if (greeting is not null)
        {
            html.Append($"<p style=\"margin:0 0 16px\">{Encode(greeting)}</p>");
        }

        foreach (var paragraph in _paragraphs)
        {
            html.Append($"<p style=\"margin:0 0 16px;line-height:1.6\">{Encode(paragraph)}</p>");
        }

        if (actionLink is not null)
        {
            AppendAction(html, WebUtility.HtmlEncode(actionLink.AbsoluteUri), text);
        }

        foreach (var note in _footnotes)
        {
            html.Append($"<p style=\"font-size:13px;color:#5f6b7a\">{Encode(note)}</p>");
        }

        return html.Append($"<p style=\"margin-top:24px;color:#5f6b7a\">{Encode(text["Common.Signature"])}</p>")
            .Append("</div></body></html>")
            .ToString();
    }

    private void AppendAction(StringBuilder html, string link, MailText text)
    {
        html.Append($"<p style=\"margin:24px 0\"><a href=\"{link}\" style=\"background:#2454d6;color:#fff;")
            .Append("padding:12px 20px;border-radius:8px;text-decoration:none;font-weight:600\">")
            .Append($"{Encode(actionText ?? "")}</a></p>")
            .Append($"<p style=\"font-size:13px;color:#5f6b7a\">{Encode(text["Common.LinkHint"])}<br>")
            .Append($"<a href=\"{link}\" style=\"color:#2454d6;word-break:break-all\">{link}</a></p>");
    }

    private string Text(MailText text)
    {
        var plain = new StringBuilder();
        if (greeting is not null)
        {
            plain.AppendLine(greeting).AppendLine();
        }

        foreach (var paragraph in _paragraphs)
        {
            plain.AppendLine(paragraph).AppendLine();
        }

        if (actionLink is not null)
        {
            plain.AppendLine($"{actionText}:").AppendLine(actionLink.AbsoluteUri).AppendLine();
        }

        foreach (var note in _footnotes)
        {
            plain.AppendLine(note).AppendLine();
        }

        return plain.AppendLine($"-- {text["Common.Signature"]}").ToString();
    }

    // Line breaks the writer typed stay line breaks in HTML.
    private static string Encode(string value) => WebUtility.HtmlEncode(value).ReplaceLineEndings("<br>");
}
