namespace Crm.Infrastructure.Common;

/// <summary>
/// Who is acting in the current scope (a circuit, a request, a job). Audit stamps and field
/// history record this id; null means the system itself (seeding, jobs, imports).
/// </summary>
public interface IActor
{
    Guid? UserId { get; }
}

/// <summary>The actor of scopes with no signed-in person.</summary>
public sealed class SystemActor : IActor
{
    public Guid? UserId => null;
}
