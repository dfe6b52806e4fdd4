namespace Crm.Infrastructure.Pipeline.Presence;

/// <summary>Who opened a record's page, with the name other viewers see.</summary>
public sealed record PresenceViewer(Guid UserId, string DisplayName);

/// <summary>
/// One person on a record's page: editing when any of their pages has the record's edit dialog
/// open; <see cref="Since"/> is when their first page on it opened (UTC).
/// </summary>
public sealed record PresentUser(Guid UserId, string DisplayName, bool IsEditing, DateTime Since);
