using System.Globalization;
using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Infrastructure.Pipeline.Board;
using Crm.Infrastructure.Pipeline;
using Crm.Web.Common;
using Crm.Web.Currencies;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Pipeline.Board;

/// <summary>
/// One opportunity on the board: name (a link to it), account, amount in its own currency and
/// in the base currency when they differ, the owner, the expected close day (red once past)
/// and the probability. Focusable and draggable; its menu moves it without dragging.
/// </summary>
public sealed partial class BoardCardTile
{
    private static readonly Color[] OwnerColors =
        [Color.Primary, Color.Secondary, Color.Tertiary, Color.Info, Color.Success, Color.Warning];

    [CascadingParameter]
    private BoardSurface Surface { get; set; } = default!;

    [Parameter, EditorRequired]
    public BoardCard Card { get; set; } = default!;

    [Inject]
    private IStringLocalizer<BoardText> Text { get; set; } = default!;

    private OpportunityCard Opportunity => Card.Opportunity;

    private string BaseCurrency => Opportunity.AmountInBase?.Currency ?? Surface.View.BaseCurrency;

    private bool Saving => Surface.IsSaving(Card);

    private bool IsOverdue => Card.Status == OpportunityStatus.Open && Opportunity.ExpectedCloseDate < Surface.Today;

    private string Url => RecordUrls.For(new RecordLink(RecordKind.Opportunity, Card.Id));

    private string CardClass =>
        "crm-board-card"
        + (Surface.IsCarried(Card) ? " crm-board-card-carried" : "")
        + (Surface.HintFor(Card) is not null ? " crm-board-card-moved" : "");

    private string BaseText => Opportunity.AmountInBase is { } inBase
        ? Text["Card.InBase", MoneyText.Whole(inBase)]
        : Text["Card.NoRate", Opportunity.Amount.Currency];

    private string DateText => Card.Status != OpportunityStatus.Open
        ? Text["Card.ClosedOn", Surface.DayText(Card.ClosedOn ?? Opportunity.ExpectedCloseDate)]
        : (IsOverdue ? $"{Text["Card.Overdue"]} · " : "")
            + Text["Card.Closes", Surface.DayText(Opportunity.ExpectedCloseDate)];

    private string DateClass => IsOverdue ? "crm-board-card-date crm-board-card-overdue" : "crm-board-card-date";

    private string Label =>
        Text["Card.Label", Opportunity.Name, Opportunity.AccountName,
            MoneyText.Whole(Opportunity.Amount), Opportunity.OwnerName]
        + (IsOverdue ? $", {Text["Card.Overdue"]}" : "");

    // The first text element, so a surrogate pair or a combining mark is never cut in half.
    private string Initial => string.IsNullOrWhiteSpace(Opportunity.OwnerName)
        ? "?"
        : StringInfo.GetNextTextElement(Opportunity.OwnerName.Trim()).ToUpperInvariant();

    private Color OwnerColor => OwnerColors[(int)((uint)Opportunity.OwnerId.GetHashCode() % OwnerColors.Length)];

    private void OnDragStart() => Surface.OnCardDragStart(Card);

    private void OnDragEnd() => Surface.OnCardDragEnd();

    private Task OnKeyDownAsync(KeyboardEventArgs e) => Surface.OnCardKeyDownAsync(Card, e);
}
