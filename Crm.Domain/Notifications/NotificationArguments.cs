namespace Crm.Domain.Notifications;

/// <summary>
/// The names under which producers store what a notification's text mentions. The text itself
/// is rendered when it is read, in the reader's language, with these values filled in.
/// </summary>
public static class NotificationArguments
{
    public const string Lead = "lead";
    public const string Opportunity = "opportunity";
    public const string Stage = "stage";
    public const string Team = "team";
    public const string Account = "account";
    public const string Ticket = "ticket";
    public const string Queue = "queue";

    /// <summary>At most this many arguments per notification.</summary>
    public const int MaxCount = 12;

    /// <summary>Names are short identifiers: letters, digits, '-' and '_'.</summary>
    public const int MaxNameLength = 40;

    /// <summary>Longer values are cut to this length and end in an ellipsis.</summary>
    public const int MaxValueLength = 200;
}
