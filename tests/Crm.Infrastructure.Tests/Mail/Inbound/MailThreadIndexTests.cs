using Crm.Domain.Common;
using Crm.Infrastructure.Mail.Inbound;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Tests.Common;

namespace Crm.Infrastructure.Tests.Mail.Inbound;

/// <summary>A reply finds the record of the mail it answers through its headers.</summary>
public sealed class MailThreadIndexTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task FindAsync_IdOfASentMail_FindsItsRecord(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var index = host.Get<IMailThreadIndex>();
        var ticket = new RecordLink(RecordKind.Ticket, Guid.NewGuid());
        var sent = NewId();
        await index.RememberAsync(sent, ticket, Ct);

        var found = await index.FindAsync([NewId(), $"<{sent}>"], Ct);

        Assert.Equal(ticket, found);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task FindAsync_SeveralKnownIds_TakesTheFirstGiven(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var index = host.Get<IMailThreadIndex>();
        var older = new RecordLink(RecordKind.Ticket, Guid.NewGuid());
        var newer = new RecordLink(RecordKind.Ticket, Guid.NewGuid());
        var (olderId, newerId) = (NewId(), NewId());
        await index.RememberAsync(olderId, older, Ct);
        await index.RememberAsync(newerId, newer, Ct);

        var found = await index.FindAsync([newerId, olderId], Ct);

        Assert.Equal(newer, found);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task FindAsync_UnknownIds_IsNull(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);

        var found = await host.Get<IMailThreadIndex>().FindAsync([NewId(), ""], Ct);

        Assert.Null(found);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task RememberAsync_SameIdTwice_KeepsTheFirstRecord(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var index = host.Get<IMailThreadIndex>();
        var first = new RecordLink(RecordKind.Ticket, Guid.NewGuid());
        var id = NewId();
        await index.RememberAsync(id, first, Ct);

        await index.RememberAsync(id, new RecordLink(RecordKind.Ticket, Guid.NewGuid()), Ct);

        Assert.Equal(first, await index.FindAsync([id], Ct));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task MatchAsync_ReplyWithTagAndReferences_GivesTheNumberAndTheRecord(DatabaseProvider provider)
    {
        await using var host = await databases.StartHostAsync(provider);
        var index = host.Get<IMailThreadIndex>();
        var ticket = new RecordLink(RecordKind.Ticket, Guid.NewGuid());
        var sent = NewId();
        await index.RememberAsync(sent, ticket, Ct);
        await using var reply = new InboundMail
        {
            Key = NewId(), From = new InboundAddress("wang.fang@customer.test"), Subject = "回复：[#10234] 打印机",
            References = [sent, NewId()],
        };

        var match = await index.MatchAsync(reply, Ct);

        Assert.Equal(new MailThreadMatch(10234, ticket), match);
    }

    [Fact]
    public async Task ReferencedIds_ReplyHeaders_PutsInReplyToFirstThenReferencesNewestFirst()
    {
        await using var reply = new InboundMail
        {
            Key = "k", From = new InboundAddress("a@customer.test"), InReplyTo = "c", References = ["a", "b", "c"],
        };

        Assert.Equal(["c", "b", "a"], MailThreading.ReferencedIds(reply));
    }

    private static string NewId() => $"{Guid.NewGuid():N}@crm.test";
}
