using Crm.Domain.Common;
using Crm.Domain.Pipeline;

namespace Crm.Domain.Tests.Pipeline;

public sealed class OpportunityTests
{
    private static readonly DateTime At = PipelineBuilder.At;

    [Fact]
    public void Create_Valid_RecordsCreatedWithOwnerPipelineAndStage()
    {
        var pipeline = PipelineBuilder.Standard();

        var opportunity = OpportunityBuilder.In(pipeline);

        var created = Assert.IsType<OpportunityCreated>(Assert.Single(opportunity.DomainEvents));
        Assert.Equal((1, OpportunityBuilder.Rep, pipeline.Id, pipeline.FirstOpenStage.Id),
            (created.Version, created.OwnerId, created.PipelineId, created.StageId));
    }

    [Fact]
    public void Create_NegativeAmount_ThrowsNamingTheAmount()
    {
        var error = Assert.Throws<DomainException>(
            () => OpportunityBuilder.In(PipelineBuilder.Standard(), amount: new Money(-1, "CNY")));

        Assert.Equal(("Amount.negative", "Amount"), (error.Code, error.Field));
    }

    [Fact]
    public void Create_NoExpectedCloseDate_ThrowsNamingTheField()
    {
        var pipeline = PipelineBuilder.Standard();
        var details = OpportunityBuilder.Details() with { ExpectedCloseDate = default };

        var error = Assert.Throws<DomainException>(() => Opportunity.Create(
            Guid.NewGuid(), details, Guid.NewGuid(), OpportunityBuilder.Rep, pipeline.FirstOpenStage,
            new Money(1, "CNY"), OpportunityBuilder.Rep, At));

        Assert.Equal("ExpectedCloseDate", error.Field);
    }

    [Fact]
    public void UpdateDetails_Competitors_TrimsAndDropsDuplicatesIgnoringCase()
    {
        var opportunity = OpportunityBuilder.In(PipelineBuilder.Standard());
        var details = OpportunityBuilder.Details() with { Competitors = [" Salesforce ", "销售易", "salesforce", ""] };

        opportunity.UpdateDetails(details, At);

        Assert.Equal(["Salesforce", "销售易"], opportunity.Competitors);
    }

    [Fact]
    public void UpdateDetails_SameDetails_RecordsNothing()
    {
        var opportunity = OpportunityBuilder.In(PipelineBuilder.Standard());
        opportunity.ClearDomainEvents();

        opportunity.UpdateDetails(OpportunityBuilder.Details(), At);

        Assert.Empty(opportunity.DomainEvents);
    }

    [Fact]
    public void ChangeOwner_NewOwner_RecordsPreviousAndNewOwner()
    {
        var opportunity = OpportunityBuilder.In(PipelineBuilder.Standard());
        opportunity.ClearDomainEvents();
        var newOwner = Guid.NewGuid();

        opportunity.ChangeOwner(newOwner, At);

        var changed = Assert.IsType<OpportunityOwnerChanged>(Assert.Single(opportunity.DomainEvents));
        Assert.Equal((OpportunityBuilder.Rep, newOwner), (changed.PreviousOwnerId, changed.OwnerId));
    }

    [Fact]
    public void Delete_Open_RecordsDeletedWithOwnerAndPipeline()
    {
        var pipeline = PipelineBuilder.Standard();
        var opportunity = OpportunityBuilder.In(pipeline);
        opportunity.ClearDomainEvents();

        opportunity.Delete(At);

        var deleted = Assert.IsType<OpportunityDeleted>(Assert.Single(opportunity.DomainEvents));
        Assert.Equal((OpportunityBuilder.Rep, pipeline.Id), (deleted.OwnerId, deleted.PipelineId));
    }
}
