using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Attachments;

/// <summary>
/// Files of an account: visible to whoever sees the account, added and removed by those who
/// may log activities there (sales and service roles; marketing only reads).
/// </summary>
internal sealed class AccountAttachmentAccess(ICustomerVisibility visibility) : IAttachmentOwnerAccess
{
    public RecordKind Kind => RecordKind.Account;

    public async Task<AttachmentRights> RightsAsync(
        CrmDbContext db, Actor actor, Guid ownerId, CancellationToken cancellationToken)
    {
        var access = await visibility.AccessForAsync(actor, db, cancellationToken);
        var visible = await visibility.Accounts(db, access).AnyAsync(a => a.Id == ownerId, cancellationToken);

        return Rights(visible, access.CanLogActivities);
    }

    internal static AttachmentRights Rights(bool visible, bool canWrite) =>
        !visible ? AttachmentRights.None : canWrite ? AttachmentRights.ReadWrite : AttachmentRights.ReadOnly;
}

/// <summary>Files of a contact: the rights of the contact's account.</summary>
internal sealed class ContactAttachmentAccess(ICustomerVisibility visibility) : IAttachmentOwnerAccess
{
    public RecordKind Kind => RecordKind.Contact;

    public async Task<AttachmentRights> RightsAsync(
        CrmDbContext db, Actor actor, Guid ownerId, CancellationToken cancellationToken)
    {
        var access = await visibility.AccessForAsync(actor, db, cancellationToken);
        var visible = await visibility.Contacts(db, access)
            .AnyAsync(c => c.Id == ownerId && db.Accounts.Any(a => a.Id == c.AccountId), cancellationToken);

        return AccountAttachmentAccess.Rights(visible, access.CanLogActivities);
    }
}

/// <summary>Files of an opportunity: visible to whoever sees it, changed by whoever may edit it.</summary>
internal sealed class OpportunityAttachmentAccess(IOpportunityVisibility visibility) : IAttachmentOwnerAccess
{
    public RecordKind Kind => RecordKind.Opportunity;

    public async Task<AttachmentRights> RightsAsync(
        CrmDbContext db, Actor actor, Guid ownerId, CancellationToken cancellationToken)
    {
        var access = await visibility.AccessForAsync(actor, db, cancellationToken);
        var owners = await visibility.Opportunities(db, access).Where(o => o.Id == ownerId)
            .Select(o => (Guid?)o.OwnerId).ToListAsync(cancellationToken);

        return owners is [{ } owner]
            ? AccountAttachmentAccess.Rights(true, access.CanEdit(owner))
            : AttachmentRights.None;
    }
}
