using Crm.Domain.Common;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.FollowUps;
using Crm.Web.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;

namespace Crm.Web.FollowUps;

/// <summary>
/// Adds a task in one line: subject, due time (tomorrow 9:00 by default) and, when there is a
/// choice, the assignee (me by default). Enter in the subject adds it.
/// </summary>
public sealed partial class NewFollowUpForm
{
    private static readonly IReadOnlyList<string> Fields = ["Subject", "DueAt", "Assignee"];

    private readonly FormErrors _errors = new();
    private string _subject = "";
    private string? _dueText;
    private Guid _assigneeId;
    private bool _saving;

    /// <summary>The account the task is about; null for a personal task.</summary>
    [Parameter]
    public Guid? AccountId { get; set; }

    /// <summary>The record of the account the task is about (an opportunity), if any.</summary>
    [Parameter]
    public RecordLink? Related { get; set; }

    /// <summary>People the task can go to; the picker shows when there is more than one.</summary>
    [Parameter]
    public IReadOnlyList<AssigneeOption> Assignees { get; set; } = [];

    [Parameter]
    public EventCallback<FollowUpItem> OnCreated { get; set; }

    [Inject]
    private IFollowUpService FollowUps { get; set; } = default!;

    [Inject]
    private ICurrentUser CurrentUser { get; set; } = default!;

    [Inject]
    private UserTimeZone Zone { get; set; } = default!;

    [Inject]
    private IStringLocalizer<FollowUpText> Text { get; set; } = default!;

    private bool ShowAssignee => Assignees.Count > 1;

    protected override async Task OnInitializedAsync()
    {
        await Zone.LoadAsync();
        _dueText = LocalDateTimeText.Format(Zone.Now.Date.AddDays(1).AddHours(9));
        _assigneeId = (await CurrentUser.GetAsync()).UserId;
    }

    private Task OnKeyDownAsync(KeyboardEventArgs e) =>
        e.Key is "Enter" or "NumpadEnter" ? OnAddAsync() : Task.CompletedTask;

    private async Task OnAddAsync()
    {
        if (_saving || !Validate())
        {
            return;
        }

        _saving = true;
        try
        {
            var due = LocalDateTimeText.Parse(_dueText)!.Value;
            var input = new FollowUpInput(_subject, Zone.ToUtc(due), _assigneeId, AccountId, Related);
            var created = await FollowUps.CreateAsync(input);
            _subject = "";
            await OnCreated.InvokeAsync(created);
        }
        catch (DomainException error)
        {
            _errors.Add(error, Text, Fields);
        }
        catch (Exception error) when (error is NotFoundException or ForbiddenException)
        {
            _errors.SetGeneral(Text["Error.gone"]);
        }
        finally
        {
            _saving = false;
        }
    }

    private bool Validate()
    {
        _errors.Clear();
        if (string.IsNullOrWhiteSpace(_subject))
        {
            _errors.Add("Subject", Text["Error.Subject.required"]);
        }

        if (LocalDateTimeText.Parse(_dueText) is null)
        {
            _errors.Add("DueAt", Text["Error.DueAt.required"]);
        }

        return !_errors.Any;
    }
}
