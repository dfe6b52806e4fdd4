namespace Crm.Domain.Activities;

public enum ActivityOutcome
{
    None = 0,
    Reached = 1,
    NoAnswer = 2,
    Voicemail = 3,
    Interested = 4,
    NotInterested = 5,
    FollowUpNeeded = 6,
    Resolved = 7,
}
