using System.Globalization;
using Crm.Domain.Sla;
using Crm.Infrastructure.Tickets.Sla;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace Crm.Web.Tickets.Sla;

/// <summary>
/// One SLA clock, ticking in the browser: the server renders where it stood at evaluation and
/// hands the remaining time and the calendar's working periods to a small module, which counts
/// working time down every second without a round trip. Amber in the at-risk share, red when
/// breached; paused, met and stopped-breached clocks do not tick.
/// </summary>
public sealed partial class SlaCountdown : IAsyncDisposable
{
    private ElementReference _element;
    private IJSObjectReference? _module;
    private SlaCountdownData? _started;

    [Parameter, EditorRequired]
    public SlaClockCountdown Clock { get; set; } = default!;

    [Parameter, EditorRequired]
    public DateTime EvaluatedAt { get; set; }

    /// <summary>Shows which clock it is (first response, resolution) before the time.</summary>
    [Parameter]
    public bool ShowLabel { get; set; } = true;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private Common.UserTimeZone Zone { get; set; } = default!;

    private bool Ticks => Clock.Periods.Count > 0;

    private string StateName => Clock.State.ToString().ToLowerInvariant();

    private string ColorClass => Clock.State switch
    {
        SlaState.Breached => "mud-error-text",
        SlaState.AtRisk => "mud-warning-text",
        SlaState.Met => "mud-success-text",
        SlaState.Paused => "mud-text-secondary",
        _ => "mud-success-text",
    };

    private string Icon => Clock.State switch
    {
        SlaState.Paused => Icons.Material.Outlined.PauseCircle,
        SlaState.Met => Icons.Material.Outlined.CheckCircle,
        SlaState.Breached => Icons.Material.Outlined.AlarmOn,
        _ => Icons.Material.Outlined.Timer,
    };

    private string ValueText => Clock.State switch
    {
        SlaState.Paused => $"{Text["Countdown.Paused"]} · {Format(Clock.RemainingMs)}",
        SlaState.Met => Text["Countdown.Met"],
        SlaState.Breached when !Ticks => Text["Countdown.Breached"],
        _ when Clock.RemainingMs <= 0 => string.Format(CultureInfo.CurrentCulture, Text["Countdown.Overdue"],
            Format(-Clock.RemainingMs)),
        _ => string.Format(CultureInfo.CurrentCulture, Text["Countdown.Left"], Format(Clock.RemainingMs)),
    };

    // In the reader's own time zone, as every other time on the page.
    private string? DueTitle => Clock.DueAt is { } due
        ? string.Format(CultureInfo.CurrentCulture, Text["Countdown.Due"], Zone.ToLocal(due))
        : null;

    /// <summary>h:mm:ss of working time, the same way the browser module writes it.</summary>
    internal static string Format(long milliseconds)
    {
        var seconds = Math.Max(milliseconds, 0) / 1000;

        return $"{seconds / 3600}:{seconds % 3600 / 60:00}:{seconds % 60:00}";
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        var data = Ticks ? Data() : null;
        if (data == _started)
        {
            return;
        }

        _module ??= await JS.InvokeAsync<IJSObjectReference>("import", "./Tickets/Sla/SlaCountdown.razor.js");
        await _module.InvokeVoidAsync(data is null ? "stop" : "start", data is null ? [_element] : [_element, data]);
        _started = data;
    }

    public async ValueTask DisposeAsync()
    {
        if (_module is null)
        {
            return;
        }

        try
        {
            await _module.InvokeVoidAsync("stop", _element);
            await _module.DisposeAsync();
        }
        catch (Exception exception) when (exception is JSDisconnectedException or TaskCanceledException)
        {
            // The circuit is gone, and the module with it.
        }
    }

    private SlaCountdownData Data() => new(
        Milliseconds(EvaluatedAt), Milliseconds(EvaluatedAt), Clock.RemainingMs, Clock.AtRiskRemainingMs,
        [.. Clock.Periods.Select(p => new[] { Milliseconds(p.From), Milliseconds(p.To) })],
        Text["Countdown.Left"], Text["Countdown.Overdue"]);

    private static long Milliseconds(DateTime utc) => new DateTimeOffset(utc, TimeSpan.Zero).ToUnixTimeMilliseconds();
}

/// <summary>What the browser module ticks from (JSON, camelCase).</summary>
internal sealed record SlaCountdownData(
    long EvaluatedAt, long ServerNow, long RemainingMs, long? AtRiskMs, IReadOnlyList<long[]> Periods, string Left,
    string Overdue)
{
    public bool Equals(SlaCountdownData? other) =>
        other is not null && EvaluatedAt == other.EvaluatedAt && RemainingMs == other.RemainingMs;

    public override int GetHashCode() => HashCode.Combine(EvaluatedAt, RemainingMs);
}
