using Crm.Domain.Common;

namespace Crm.Web.Common;

/// <summary>Where each kind of record has its page: the one place links to a record are built.</summary>
internal static class RecordUrls
{
    public static string For(RecordLink record) => record.Kind switch
    {
        RecordKind.Account => $"/accounts/{record.Id}",
        RecordKind.Contact => $"/contacts/{record.Id}",
        RecordKind.Lead => $"/leads/{record.Id}",
        RecordKind.Opportunity => $"/opportunities/{record.Id}",
        RecordKind.Ticket => $"/tickets/{record.Id}",
        _ => throw new ArgumentOutOfRangeException(nameof(record), record.Kind, "No page for this kind of record."),
    };
}
