using System.Collections.Frozen;
using System.Text.Json;
using Crm.Domain.Common;

namespace Crm.Infrastructure.Live;

/// <summary>Turns domain events into outbox rows and back, by the event type's short name.</summary>
internal static class DomainEventSerializer
{
    private static readonly FrozenDictionary<string, Type> TypesByName = typeof(IDomainEvent).Assembly
        .GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDomainEvent).IsAssignableFrom(t))
        .ToFrozenDictionary(t => t.Name);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string TypeName(IDomainEvent domainEvent) => domainEvent.GetType().Name;

    public static string Serialize(IDomainEvent domainEvent) =>
        JsonSerializer.Serialize(domainEvent, domainEvent.GetType(), Json);

    /// <summary>Returns null for a type this build does not know (written by a newer version).</summary>
    public static IDomainEvent? Deserialize(string typeName, string payload) =>
        TypesByName.TryGetValue(typeName, out var type)
            ? (IDomainEvent?)JsonSerializer.Deserialize(payload, type, Json)
            : null;
}
