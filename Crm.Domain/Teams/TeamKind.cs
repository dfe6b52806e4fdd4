namespace Crm.Domain.Teams;

public enum TeamKind
{
    Sales = 1,
    Support = 2,
}
