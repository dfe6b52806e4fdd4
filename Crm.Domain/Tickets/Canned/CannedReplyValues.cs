using Crm.Domain.Common;

namespace Crm.Domain.Tickets.Canned;

/// <summary>
/// What the placeholders of a canned reply stand for on one ticket, for one agent, and the
/// language a missing value is worded in. The customer is the requester contact, else whoever
/// wrote in (<see cref="RequesterName"/>), else the account; with none of them the reply greets
/// "customer" (客户). A missing account reads "your company" (贵公司), a missing number or subject
/// as nothing, so a sentence around them still reads.
/// </summary>
public sealed record CannedReplyValues(
    int? TicketNumber,
    string? TicketSubject,
    string? ContactName,
    string? RequesterName,
    string? AccountName,
    string? AgentName,
    string Language = Languages.English)
{
    /// <summary>The customer's name as <c>{{customer.name}}</c> reads, never empty.</summary>
    public string CustomerName =>
        Present(ContactName) ?? Present(RequesterName) ?? Present(AccountName) ?? Worded("客户", "customer");

    /// <summary>The text of a known placeholder; null for a name that is not one.</summary>
    public string? ValueOf(string placeholder) => placeholder switch
    {
        CannedReplyTemplate.CustomerName => CustomerName,
        CannedReplyTemplate.TicketNumber => TicketNumber is { } number ? TicketNumbers.Format(number) : "",
        CannedReplyTemplate.TicketSubject => Present(TicketSubject) ?? "",
        CannedReplyTemplate.AgentName => Present(AgentName) ?? Worded("客服", "Support"),
        CannedReplyTemplate.AccountName => Present(AccountName) ?? Worded("贵公司", "your company"),
        _ => null,
    };

    private bool IsChinese => string.Equals(Language, Languages.Chinese, StringComparison.OrdinalIgnoreCase);

    private string Worded(string chinese, string english) => IsChinese ? chinese : english;

    private static string? Present(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
