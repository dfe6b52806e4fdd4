using System.Text;
using System.Text.RegularExpressions;
using MimeKit.Text;

namespace Crm.Infrastructure.Mail.Inbound;

/// <summary>
/// Turns an HTML body into text a person reads: paragraphs, line breaks and list items kept,
/// links written as "text (address)", scripts, styles and the head dropped, entities decoded.
/// Not a renderer: tables become one cell per line.
/// </summary>
internal static partial class HtmlText
{
    public static string ToPlainText(string html)
    {
        var text = new StringBuilder(html.Length / 2);
        var skipDepth = 0;
        string? href = null;
        var tokenizer = new HtmlTokenizer(new StringReader(html));
        while (tokenizer.ReadNextToken(out var token))
        {
            switch (token)
            {
                case HtmlTagToken tag when IsSkipped(tag.Id):
                    skipDepth = tag.IsEmptyElement ? skipDepth : Math.Max(0, skipDepth + (tag.IsEndTag ? -1 : 1));
                    break;
                case HtmlTagToken tag when skipDepth == 0:
                    href = Tag(text, tag, href);
                    break;
                case HtmlDataToken data when skipDepth == 0 && token.Kind == HtmlTokenKind.Data:
                    text.Append(Whitespace().Replace(data.Data, " "));
                    break;
            }
        }

        return Tidy(text.ToString());
    }

    private static string? Tag(StringBuilder text, HtmlTagToken tag, string? href)
    {
        if (tag.Id == HtmlTagId.A)
        {
            return Link(text, tag, href);
        }

        if (tag.Id == HtmlTagId.LI && !tag.IsEndTag)
        {
            text.Append("\n- ");
        }
        else if (tag.Id is HtmlTagId.Br or HtmlTagId.TR)
        {
            text.Append('\n');
        }
        else if (tag.Id is HtmlTagId.TD or HtmlTagId.TH && tag.IsEndTag)
        {
            text.Append(' ');
        }
        else if (IsBlock(tag.Id))
        {
            text.Append("\n\n");
        }

        return href;
    }

    private static string? Link(StringBuilder text, HtmlTagToken tag, string? href)
    {
        if (!tag.IsEndTag)
        {
            return tag.Attributes.FirstOrDefault(a => a.Id == HtmlAttributeId.Href)?.Value;
        }

        if (href is not null && href.StartsWith("http", StringComparison.OrdinalIgnoreCase)
            && !text.ToString().EndsWith(href, StringComparison.Ordinal))
        {
            text.Append(" (").Append(href).Append(')');
        }

        return null;
    }

    private static bool IsSkipped(HtmlTagId id) =>
        id is HtmlTagId.Head or HtmlTagId.Style or HtmlTagId.Script or HtmlTagId.Title;

    private static bool IsBlock(HtmlTagId id) =>
        id is HtmlTagId.P or HtmlTagId.Div or HtmlTagId.Table or HtmlTagId.UL or HtmlTagId.OL
            or HtmlTagId.H1 or HtmlTagId.H2 or HtmlTagId.H3 or HtmlTagId.H4 or HtmlTagId.H5 or HtmlTagId.H6
            or HtmlTagId.BlockQuote or HtmlTagId.Pre or HtmlTagId.HR;

    private static string Tidy(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim());

        return BlankRuns().Replace(string.Join('\n', lines), "\n\n").Trim();
    }

    [GeneratedRegex(@"[ \t\r\n\f\u00a0]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankRuns();
}
