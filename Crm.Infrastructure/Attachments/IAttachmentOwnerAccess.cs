using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;

namespace Crm.Infrastructure.Attachments;

/// <summary>
/// Who may read and add the attachments of one kind of record. Each record type registers one
/// (<c>services.AddAttachmentOwner&lt;T&gt;()</c>), built on that type's visibility rule, so an
/// attachment is visible exactly to those who see its record. A kind with no registration has
/// no readable attachments.
/// </summary>
public interface IAttachmentOwnerAccess
{
    RecordKind Kind { get; }

    /// <summary>
    /// The actor's rights on the record <paramref name="ownerId"/> of <see cref="Kind"/>:
    /// <see cref="AttachmentRights.None"/> when it does not exist, is deleted or is not visible.
    /// Runs its queries on <paramref name="db"/>, the caller's context for this operation.
    /// </summary>
    Task<AttachmentRights> RightsAsync(CrmDbContext db, Actor actor, Guid ownerId, CancellationToken cancellationToken);
}
