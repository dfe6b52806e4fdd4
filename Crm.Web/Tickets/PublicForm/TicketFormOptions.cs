using Crm.Web.Common.PublicPosts;

namespace Crm.Web.Tickets.PublicForm;

/// <summary>Bound from <c>Tickets:PublicForm</c>: who may post tickets by script, and how often.</summary>
public sealed class TicketFormOptions : IPublicPostOptions
{
    public const string Section = "Tickets:PublicForm";

    public int PermitLimit { get; set; } = 10;

    public int WindowSeconds { get; set; } = 60;

    public string[] AllowedOrigins { get; set; } = [];
}
