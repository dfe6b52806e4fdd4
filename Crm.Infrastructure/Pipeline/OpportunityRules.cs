using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Domain.Products;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;

namespace Crm.Infrastructure.Pipeline;

/// <summary>Checks of opportunity input that need the database: the records it refers to.</summary>
internal static class OpportunityRules
{
    public static async Task EnsureAccountUsableAsync(
        OpportunitySession session, ICustomerVisibility customers, Guid accountId, CancellationToken cancellationToken)
    {
        var access = await customers.AccessForAsync(session.Actor, session.Db, cancellationToken);
        if (!await customers.Accounts(session.Db, access).AnyAsync(a => a.Id == accountId, cancellationToken))
        {
            throw new DomainException("Account.not-found", "The account was not found.", "Account");
        }
    }

    public static async Task EnsureContactOfAccountAsync(
        OpportunitySession session, Guid accountId, Guid? contactId, CancellationToken cancellationToken)
    {
        if (contactId is { } id
            && !await session.Db.Contacts.AnyAsync(c => c.Id == id && c.AccountId == accountId, cancellationToken))
        {
            throw new DomainException(
                "PrimaryContact.not-found", "The contact is not one of this account's.", "PrimaryContact");
        }
    }

    /// <summary>An owner is an active user whose opportunities the caller may change.</summary>
    public static async Task EnsureOwnerAssignableAsync(
        OpportunitySession session, Guid ownerId, CancellationToken cancellationToken)
    {
        if (!session.Access.CanEdit(ownerId)
            || !await session.Db.CrmUsers.AnyAsync(u => u.Id == ownerId && u.IsActive, cancellationToken))
        {
            throw new DomainException(
                "Owner.invalid", "The owner is not someone you can give opportunities to.", "Owner");
        }
    }

    /// <summary>The pipeline with all its stages, untracked: opportunities refer to stages by id.</summary>
    public static async Task<SalesPipeline> PipelineAsync(
        OpportunitySession session, Guid pipelineId, CancellationToken cancellationToken) =>
        await session.Db.Pipelines.AsNoTracking().SingleOrDefaultAsync(p => p.Id == pipelineId, cancellationToken)
        ?? throw new DomainException("Pipeline.not-found", "The pipeline was not found.", "Pipeline");

    public static Stage StageOf(SalesPipeline pipeline, Guid stageId) =>
        pipeline.FindStage(stageId)
        ?? throw new DomainException("Stage.not-found", "The stage is not one of this pipeline's.", "Stage");

    /// <summary>The product of a line, if any; a new or changed product must be active.</summary>
    public static async Task<Product?> ProductAsync(
        OpportunitySession session, Guid? productId, bool mustBeActive, CancellationToken cancellationToken)
    {
        if (productId is not { } id)
        {
            return null;
        }

        var product = await session.Db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (product is null || (mustBeActive && !product.IsActive))
        {
            throw new DomainException(
                "Product.not-found", "The product was not found or is no longer sold.", "Product");
        }

        return product;
    }
}
