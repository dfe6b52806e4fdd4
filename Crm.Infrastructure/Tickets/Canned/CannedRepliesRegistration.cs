using Microsoft.Extensions.DependencyInjection;

namespace Crm.Infrastructure.Tickets.Canned;

internal static class CannedRepliesRegistration
{
    /// <summary>The support teams' canned replies (<see cref="ICannedReplyService"/>).</summary>
    public static IServiceCollection AddCrmCannedReplies(this IServiceCollection services) =>
        services.AddScoped<ICannedReplyService, CannedReplyService>();
}
