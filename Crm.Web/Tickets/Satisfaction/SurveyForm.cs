namespace Crm.Web.Tickets.Satisfaction;

/// <summary>What the survey page posts: the stars chosen and the optional comment.</summary>
public sealed class SurveyForm
{
    public int? Rating { get; set; }

    public string? Comment { get; set; }
}
