using System.Text;

namespace Crm.Infrastructure.Tickets.Mail;

/// <summary>
/// Lines the desk adds to what a customer wrote, in both languages (the agent reading them may
/// work in either): the company an unknown customer named, and files that were not kept.
/// </summary>
internal static class CustomerNotes
{
    public static string Company(string company) => $"公司 / Company: {company}";

    public static string Refused(IReadOnlyList<RefusedFile> files)
    {
        var text = new StringBuilder("—— 未保留的附件 / Attachments not kept ——");
        foreach (var file in files)
        {
            text.Append('\n').Append($"• {file.FileName}: {file.Reason}");
        }

        return text.ToString();
    }
}
