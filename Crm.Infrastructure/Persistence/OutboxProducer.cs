namespace Crm.Infrastructure.Persistence;

/// <summary>Identifies this process among all that write to the same database.</summary>
public sealed class OutboxProducer
{
    public Guid InstanceId { get; } = Guid.CreateVersion7();
}
