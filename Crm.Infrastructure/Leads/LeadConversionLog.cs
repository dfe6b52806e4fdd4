using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Leads;

// Event ids 2800-2899 belong to lead conversion. Ids only: no names of people or customers.
internal static partial class LeadConversionLog
{
    [LoggerMessage(EventId = 2800, Level = LogLevel.Information,
        Message = "Lead {LeadId} converted by {UserId} into account {AccountId} (new: {NewAccount}), "
            + "opportunity {OpportunityId}")]
    public static partial void Converted(
        ILogger logger, Guid leadId, Guid accountId, bool newAccount, Guid? opportunityId, Guid userId);
}
