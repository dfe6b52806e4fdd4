namespace Crm.Infrastructure.Tickets.Satisfaction;

/// <summary>Bound from <c>Tickets:Satisfaction</c>: the surveys sent when a ticket is resolved.</summary>
public sealed class SatisfactionOptions
{
    public const string Section = "Tickets:Satisfaction";

    /// <summary>Whether resolving a ticket sends the customer a survey (default true).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Days a survey link works after the resolution (default 14).</summary>
    public int SurveyDays { get; set; } = 14;

    /// <summary>The public page's path; the mail's link is this joined with the token.</summary>
    public const string PagePath = "/csat";
}
