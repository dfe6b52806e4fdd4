namespace Crm.Web.Live;

/// <summary>
/// The SignalR groups of /hubs/live. A record is sent to the groups of its kind that can see its
/// owner: <c>{kind}:all</c>, and <c>{kind}:team:{ownerTeam}</c> (<c>{kind}:owner:{owner}</c>
/// when the owner's team is unknown), each also with a <c>pipeline:{id}</c> part for connections
/// that watch one pipeline. A connection joins, per kind, either the <c>all</c> group or the groups
/// of its own teams and itself, never both, so it gets each message once; groups are only ever
/// joined by the server, from the viewer's scope, so a group never reaches anyone who may not
/// see what it carries.
/// </summary>
internal static class LiveGroups
{
    /// <summary>A connection's groups; its opportunity groups narrowed to one pipeline when it watches one.</summary>
    public static IReadOnlyList<string> For(LiveViewer viewer, Guid? watchedPipelineId) =>
    [
        .. Scoped(Prefix(LiveRecordKind.Opportunities, watchedPipelineId), viewer.Opportunities),
        .. Scoped(Prefix(LiveRecordKind.Accounts, null), viewer.Accounts),
        .. Scoped(Prefix(LiveRecordKind.Leads, null), viewer.Leads),
    ];

    /// <summary>The groups a message for <paramref name="audience"/> goes to, given where its owners are.</summary>
    public static IReadOnlyList<string> Targets(LiveAudience audience, IReadOnlyList<OwnerPlace> owners)
    {
        // A queue belongs to its team: whoever sees the team's records sees what waits there.
        var places = owners
            .Select(o => o.TeamId is { } teamId ? $"team:{teamId}" : $"owner:{o.OwnerId}")
            .Concat(audience.QueueTeamIds.Select(teamId => $"team:{teamId}"))
            .Prepend("all")
            .Distinct()
            .ToList();
        var prefixes = new List<string> { Prefix(audience.Kind, null) };
        if (audience.PipelineId is { } pipelineId)
        {
            prefixes.Add(Prefix(audience.Kind, pipelineId));
        }

        return [.. prefixes.SelectMany(prefix => places.Select(place => $"{prefix}:{place}"))];
    }

    private static IEnumerable<string> Scoped(string prefix, LiveScope scope)
    {
        if (scope.SeesAll)
        {
            return [$"{prefix}:all"];
        }

        var owner = scope.OwnerId is { } ownerId ? [$"{prefix}:owner:{ownerId}"] : Array.Empty<string>();

        return scope.TeamIds.Select(teamId => $"{prefix}:team:{teamId}").Concat(owner);
    }

    private static string Prefix(LiveRecordKind kind, Guid? pipelineId)
    {
        var name = kind switch
        {
            LiveRecordKind.Opportunities => "opportunities",
            LiveRecordKind.Accounts => "accounts",
            _ => "leads",
        };

        return pipelineId is { } id && kind == LiveRecordKind.Opportunities ? $"{name}:pipeline:{id}" : name;
    }
}
