using Crm.Domain.Leads;
using Microsoft.Extensions.Logging;

namespace Crm.Infrastructure.Leads;

// Event ids 2100-2199 belong to leads.
internal static partial class LeadsLog
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Information,
        Message = "Lead {LeadId} arrived from {Source}, routed by rule {RuleId}: owner {OwnerId}, "
            + "queue {QueueTeamId}, {Duplicates} look-alikes")]
    public static partial void Arrived(
        ILogger logger, Guid leadId, LeadSource source, Guid? ruleId, Guid? ownerId, Guid? queueTeamId,
        int duplicates);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Debug, Message = "Lead {LeadId} changed: {Change}")]
    public static partial void Changed(ILogger logger, Guid leadId, string change);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information,
        Message = "Lead {LeadId} reassigned from {PreviousOwnerId} to {OwnerId} by {UserId}")]
    public static partial void Reassigned(
        ILogger logger, Guid leadId, Guid? previousOwnerId, Guid ownerId, Guid userId);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Information,
        Message = "Match keys filled in for {Accounts} accounts and {Contacts} contacts saved before they existed")]
    public static partial void KeysBackfilled(ILogger logger, int accounts, int contacts);
}
