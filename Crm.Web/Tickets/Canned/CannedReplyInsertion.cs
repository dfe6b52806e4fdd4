namespace Crm.Web.Tickets.Canned;

/// <summary>How text goes into what someone is typing without losing any of it.</summary>
public static class CannedReplyInsertion
{
    /// <summary>
    /// <paramref name="text"/> after the draft, on a new paragraph when the draft has text; the
    /// draft itself is kept exactly as typed.
    /// </summary>
    public static string Append(string? draft, string text)
    {
        if (string.IsNullOrWhiteSpace(draft))
        {
            return text;
        }

        var separator = draft.EndsWith("\n\n", StringComparison.Ordinal) ? ""
            : draft.EndsWith('\n') ? "\n"
            : "\n\n";

        return draft + separator + text;
    }

    /// <summary>
    /// <paramref name="text"/> put in at <paramref name="caret"/> (a UTF-16 index into the draft),
    /// or at the end when the caret is unknown or out of range; with where the caret goes next.
    /// </summary>
    public static (string Text, int Caret) InsertAt(string? draft, string text, int? caret)
    {
        var current = draft ?? "";
        var at = caret is { } position && position >= 0 && position <= current.Length ? position : current.Length;

        return (current.Insert(at, text), at + text.Length);
    }
}
