using System.Globalization;
using Crm.Domain.Activities;
using Crm.Infrastructure.Activities;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Activities;

/// <summary>One activity on the timeline: what, when, with whom, who logged it, and the notes.</summary>
public sealed partial class TimelineEntry
{
    private const int CollapsedLength = 240;
    private const int CollapsedLines = 4;

    private bool _expanded;

    [Parameter, EditorRequired]
    public ActivityItem Item { get; set; } = default!;

    [Parameter]
    public EventCallback<ActivityItem> OnEdit { get; set; }

    [Parameter]
    public EventCallback<ActivityItem> OnDelete { get; set; }

    [Inject]
    private UserTimeZone Zone { get; set; } = default!;

    [Inject]
    private IStringLocalizer<ActivityText> Text { get; set; } = default!;

    private DateTime Local => Zone.ToLocal(Item.OccurredAt);

    private string ShortTime => Local.ToString("t", CultureInfo.CurrentCulture);

    private string LongTime => Local.ToString("f", CultureInfo.CurrentCulture);

    private bool IsLong =>
        Item.Body is { } body && (body.Length > CollapsedLength || body.Count(c => c == '\n') >= CollapsedLines);

    private string? ShownBody => _expanded || !IsLong ? Item.Body : Collapse(Item.Body!);

    private Color OutcomeColor => Item.Outcome switch
    {
        ActivityOutcome.Reached or ActivityOutcome.Interested or ActivityOutcome.Resolved => Color.Success,
        ActivityOutcome.NotInterested => Color.Error,
        ActivityOutcome.FollowUpNeeded => Color.Warning,
        _ => Color.Default,
    };

    /// <summary>Kind, direction, duration, contact and author in one line.</summary>
    private string Facts
    {
        get
        {
            var parts = new List<string> { Text[$"Kind.{Item.Kind}"] };
            if (Item.Direction != ActivityDirection.None)
            {
                parts.Add(Text[$"Direction.{Item.Direction}"]);
            }

            if (Item.Duration is { } duration)
            {
                parts.Add(string.Format(CultureInfo.CurrentCulture, Text["Item.Minutes"], (int)duration.TotalMinutes));
            }

            if (Item.ContactName is { } contact)
            {
                parts.Add(string.Format(CultureInfo.CurrentCulture, Text["Item.With"], contact));
            }

            parts.Add(string.Format(CultureInfo.CurrentCulture, Text["Item.By"], Item.LoggedByName));

            return string.Join(" · ", parts);
        }
    }

    private void OnToggleBody() => _expanded = !_expanded;

    private static string Collapse(string body)
    {
        var lines = body.Split('\n');
        var head = lines.Length > CollapsedLines ? string.Join('\n', lines[..CollapsedLines]) : body;

        return head.Length > CollapsedLength ? head[..CollapsedLength].TrimEnd() + "…" : head + "…";
    }
}
