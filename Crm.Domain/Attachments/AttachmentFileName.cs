using System.Text;

namespace Crm.Domain.Attachments;

/// <summary>
/// File names as people gave them and as they are safe to hand back. The safe name keeps
/// letters of every script (报价单.pdf stays 报价单.pdf) but loses folders, control characters and
/// characters file systems or headers trip over.
/// </summary>
public static class AttachmentFileName
{
    public const int MaxLength = 200;

    private const string Fallback = "file";

    private static readonly HashSet<char> Unsafe = ['<', '>', ':', '"', '/', '\\', '|', '?', '*', ';'];

    private static readonly HashSet<string> ReservedOnWindows = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>
    /// The name as it was given, for display: trimmed, control characters removed, at most
    /// <see cref="MaxLength"/> characters; never empty.
    /// </summary>
    public static string Original(string? name)
    {
        var visible = new string((name ?? "").Where(c => !char.IsControl(c)).ToArray()).Trim();

        return visible.Length == 0 ? Fallback : Shorten(visible);
    }

    /// <summary>
    /// A name safe for a file system and a Content-Disposition header: the last path segment
    /// only ("../../x.png" becomes "x.png"), unsafe characters replaced by "_", no leading or
    /// trailing dots and spaces, Windows device names prefixed, at most <see cref="MaxLength"/>
    /// characters with the extension kept; "file" when nothing usable is left.
    /// </summary>
    public static string Safe(string? name)
    {
        var lastSegment = (name ?? "").Split('/', '\\').Last();
        var builder = new StringBuilder(lastSegment.Length);
        foreach (var c in lastSegment.Where(c => !char.IsControl(c)))
        {
            builder.Append(Unsafe.Contains(c) ? '_' : c);
        }

        var safe = builder.ToString().Trim().Trim('.', ' ');
        if (safe.Length == 0 || safe.All(c => c == '_'))
        {
            return Fallback;
        }

        var stem = Path.GetFileNameWithoutExtension(safe);

        return Shorten(ReservedOnWindows.Contains(stem) ? "_" + safe : safe);
    }

    // Cuts the stem, not the extension, so a long name keeps the kind it was accepted as.
    private static string Shorten(string name)
    {
        if (name.Length <= MaxLength)
        {
            return name;
        }

        var extension = Path.GetExtension(name);
        if (extension.Length >= MaxLength / 2)
        {
            return name[..MaxLength];
        }

        return name[..(MaxLength - extension.Length)] + extension;
    }
}
