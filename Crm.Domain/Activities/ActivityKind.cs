namespace Crm.Domain.Activities;

public enum ActivityKind
{
    Call = 1,
    Email = 2,
    WeChat = 3,
    Meeting = 4,
    Visit = 5,
    Note = 6,
}
