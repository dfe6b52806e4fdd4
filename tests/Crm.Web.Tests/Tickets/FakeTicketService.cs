using Crm.Domain.Tickets;
using Crm.Infrastructure.Attachments;
using Crm.Infrastructure.Common;
using Crm.Infrastructure.Tickets;

namespace Crm.Web.Tests.Tickets;

/// <summary>Serves one ticket and its conversation, and records the changes asked for.</summary>
public sealed class FakeTicketService : ITicketService
{
    public TicketView? Ticket { get; set; }

    public List<TicketMessageRow> Messages { get; } = [];

    public TicketChoices Choices { get; set; } = new(true, [], []);

    public List<TicketRow> Rows { get; } = [];

    /// <summary>Thrown by the next change, then cleared.</summary>
    public Exception? ChangeError { get; set; }

    public List<(Guid Id, int Version, string Body)> Replies { get; } = [];

    public List<(Guid Id, int Version, string Body)> Notes { get; } = [];

    public List<StagedAttachment> Files { get; } = [];

    public List<TicketQuery> Queries { get; } = [];

    public Task<Page<TicketRow>> SearchAsync(TicketQuery query, CancellationToken cancellationToken = default)
    {
        Queries.Add(query);

        List<TicketRow> rows = [.. Rows.Where(r => query.Priority is null || r.Priority == query.Priority)];

        return Task.FromResult(new Page<TicketRow>(rows, rows.Count));
    }

    public Task<TicketView> GetAsync(int number, CancellationToken cancellationToken = default) =>
        Ticket is { } ticket && ticket.Number == number
            ? Task.FromResult(ticket)
            : throw new NotFoundException("Ticket", Guid.Empty);

    public Task<int> NumberOfAsync(Guid id, CancellationToken cancellationToken = default) =>
        Ticket is { } ticket && ticket.Id == id
            ? Task.FromResult(ticket.Number)
            : throw new NotFoundException("Ticket", id);

    public Task<Page<TicketMessageRow>> ConversationAsync(
        Guid id, int page, int pageSize, CancellationToken cancellationToken = default) =>
        Task.FromResult(new Page<TicketMessageRow>(
            [.. Messages.Skip(page * pageSize).Take(pageSize)], Messages.Count));

    public Task<IReadOnlyList<TicketStatusRow>> HistoryAsync(Guid id, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<TicketStatusRow>>([]);

    public Task<NewTicket> CreateAsync(TicketInput input, CancellationToken cancellationToken = default) =>
        Task.FromResult(new NewTicket(Guid.CreateVersion7(), 10234, null, null, null));

    public Task ReplyAsync(Guid id, int expectedVersion, string body, CancellationToken cancellationToken = default)
    {
        Replies.Add((id, expectedVersion, body));

        return Change();
    }

    public Task AddNoteAsync(Guid id, int expectedVersion, string body, CancellationToken cancellationToken = default)
    {
        Notes.Add((id, expectedVersion, body));

        return Change();
    }

    public Task ReplyAsync(
        Guid id, int expectedVersion, string body, IReadOnlyList<StagedAttachment> files,
        CancellationToken cancellationToken = default)
    {
        Files.AddRange(files);

        return ReplyAsync(id, expectedVersion, body, cancellationToken);
    }

    public Task AddNoteAsync(
        Guid id, int expectedVersion, string body, IReadOnlyList<StagedAttachment> files,
        CancellationToken cancellationToken = default)
    {
        Files.AddRange(files);

        return AddNoteAsync(id, expectedVersion, body, cancellationToken);
    }
    public List<TicketStatus> StatusChanges { get; } = [];

    public Task ChangeStatusAsync(
        Guid id, int expectedVersion, TicketStatus status, CancellationToken cancellationToken = default)
    {
        StatusChanges.Add(status);

        return Change();
    }

    public Task ChangePriorityAsync(
        Guid id, int expectedVersion, TicketPriority priority, CancellationToken cancellationToken = default) =>
        Change();

    public Task MoveToQueueAsync(
        Guid id, int expectedVersion, Guid queueId, CancellationToken cancellationToken = default) => Change();

    public Task SetTagsAsync(
        Guid id, int expectedVersion, IReadOnlyList<string> tags, CancellationToken cancellationToken = default) =>
        Change();

    public Task AssignAsync(
        Guid id, int expectedVersion, Guid? assigneeId, CancellationToken cancellationToken = default) => Change();

    public List<(Guid Id, int Version)> Takes { get; } = [];

    public Task TakeAsync(Guid id, int expectedVersion, CancellationToken cancellationToken = default)
    {
        Takes.Add((id, expectedVersion));

        return Change();
    }

    public Task<TicketChoices> ChoicesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(Choices);

    private Task Change()
    {
        var error = ChangeError;
        ChangeError = null;

        return error is null ? Task.CompletedTask : Task.FromException(error);
    }
}
