using System.Globalization;
using Crm.Domain.Common;
using Crm.Domain.Pipeline;
using Crm.Domain.Teams;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Live;
using Crm.Infrastructure.Pipeline;
using Crm.Web.Common;
using Crm.Web.Currencies;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Crm.Web.Pipeline.Opportunities;

/// <summary>
/// The account page's opportunities tab: open ones by expected close, then closed ones, with
/// stage, amount, close date and owner, and a "new opportunity" button filled in with the
/// account. Stays current: opportunities created, changed or moved by anyone show up live.
/// Roles that work no opportunities are told they are kept by sales.
/// </summary>
public sealed partial class AccountOpportunities : IDisposable
{
    private IReadOnlyList<OpportunityRow>? _rows;
    private bool _seesOpportunities;
    private bool _canCreate;
    private IDisposable? _subscription;
    private CoalescedRefresh? _refresh;
    private Guid _loadedFor;

    [Parameter, EditorRequired]
    public Guid AccountId { get; set; }

    /// <summary>How long a burst of live events is gathered into one re-read.</summary>
    [Parameter]
    public TimeSpan LiveWindow { get; set; } = TimeSpan.FromMilliseconds(300);

    [Inject]
    private IOpportunityService Opportunities { get; set; } = default!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private ILiveBus Bus { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<OpportunityText> Text { get; set; } = default!;

    private string Summary
    {
        get
        {
            var open = _rows!.Where(r => r.Status == OpportunityStatus.Open).ToList();
            // Amounts without a rate for today have no base value and stay out of the sum.
            var inBase = open.Select(r => r.AmountInBase).OfType<Money>().ToList();
            if (inBase.Count == 0)
            {
                return string.Format(CultureInfo.CurrentCulture, Text["Account.SummaryCount"], open.Count);
            }

            var sum = new Money(inBase.Sum(m => m.MinorUnits), inBase[0].Currency);

            return string.Format(
                CultureInfo.CurrentCulture, Text["Account.Summary"], open.Count, MoneyText.Format(sum));
        }
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _refresh?.Dispose();
    }

    protected override async Task OnParametersSetAsync()
    {
        // The same tab shown for another account starts over; the first load waits for the
        // first render, once subscribed.
        if (_subscription is not null && _loadedFor != AccountId)
        {
            await LoadAsync();
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        var actor = await CurrentUser.GetAsync();
        _seesOpportunities = actor.IsInAnyRole(Roles.Admin, Roles.SalesManager, Roles.SalesRep);
        _canCreate = _seesOpportunities;
        // Subscribe before loading, so an opportunity created in between is not missed.
        _refresh = new CoalescedRefresh(() => InvokeAsync(OnLiveRefreshAsync), LiveWindow);
        _subscription = Bus.Subscribe(OnLiveEventAsync);
        await LoadAsync();
        StateHasChanged();
    }

    // New and changed opportunities name their account; moves, closes and owner changes only
    // the opportunity, which then has to be one of those listed.
    private ValueTask OnLiveEventAsync(IDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var concerns = domainEvent switch
        {
            OpportunityCreated created => created.AccountId == AccountId,
            OpportunityChanged changed => changed.AccountId == AccountId || IsListed(changed.AggregateId),
            OpportunityStageChanged or OpportunityClosed or OpportunityOwnerChanged or OpportunityDeleted =>
                IsListed(domainEvent.AggregateId),
            _ => false,
        };
        if (concerns)
        {
            _refresh?.Request();
        }

        return ValueTask.CompletedTask;
    }

    // Read on the bus's thread; the list is replaced on reloads, never changed in place.
    private bool IsListed(Guid id) => _rows?.Any(r => r.Id == id) == true;

    private async Task OnLiveRefreshAsync()
    {
        try
        {
            await LoadAsync();
            StateHasChanged();
        }
        catch (Exception error)
        {
            await DispatchExceptionAsync(error);
        }
    }

    private async Task LoadAsync()
    {
        _loadedFor = AccountId;
        try
        {
            _rows = _seesOpportunities ? await Opportunities.ListForAccountAsync(AccountId) : [];
        }
        catch (NotFoundException)
        {
            _rows = [];
        }
    }

    private async Task OnNewAsync()
    {
        if (await Dialogs.ShowNewOpportunityAsync(AccountId, Text) is { } id)
        {
            Navigation.NavigateTo($"/opportunities/{id}");
        }
    }

    private string CloseText(OpportunityRow row) =>
        DateText.Format(row.ClosedOn ?? row.ExpectedCloseDate, Text);
}
