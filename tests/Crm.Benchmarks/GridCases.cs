using Crm.Domain.Customers;
using Crm.Infrastructure.Customers;
using Crm.Infrastructure.Persistence;
using Crm.Infrastructure.Visibility;
using Microsoft.EntityFrameworkCore;

namespace Crm.Benchmarks;

/// <summary>
/// The queries timed: what the account grid, the contact grid and the search box send. The
/// search words are common in the generated data (<c>generate</c> always writes the same rows).
/// </summary>
internal static class GridCases
{
    // A two-character Chinese name, a company-name fragment, a phone fragment and an email fragment.
    public const string PersonName = "王芳";
    public const string CompanyWord = "科技";
    public const string PhoneFragment = "1564";
    public const string EmailFragment = "zhang";
    public const string NoMatch = "无此客户";

    public static IEnumerable<GridCase> All() => [.. Accounts(), .. Contacts(), .. Search()];

    private static IEnumerable<GridCase> Accounts()
    {
        yield return Account("first page", new AccountQuery());
        foreach (var sort in Enum.GetValues<AccountSort>())
        {
            yield return Account($"sort {sort} asc", new AccountQuery(Sort: sort));
            yield return Account($"sort {sort} desc", new AccountQuery(Sort: sort, Descending: true));
        }

        yield return Account("page 400", new AccountQuery(Page: 400));
        yield return Account($"text {PersonName}", new AccountQuery(PersonName));
        yield return Account($"text {CompanyWord}", new AccountQuery(CompanyWord));
        yield return Account($"text {PhoneFragment}", new AccountQuery(PhoneFragment));
        yield return Account($"text {EmailFragment}", new AccountQuery(EmailFragment));
        yield return Account("industry Manufacturing", new AccountQuery(Industry: Industry.Manufacturing));
        yield return Account("tier Strategic", new AccountQuery(Tier: AccountTier.Strategic));
        yield return Account("region 华南", new AccountQuery(Region: "华南"));
        yield return new GridCase("Accounts", "owner = the rep", (context, ct) =>
            RunAccountsAsync(context, new AccountQuery(OwnerId: context.UserIds["rep"]), ct));
        yield return Account("tag VIP", new AccountQuery(Tag: "VIP"));
        yield return Account("region 华南 + tier Key, sort city", new AccountQuery(
            Region: "华南", Tier: AccountTier.Key, Sort: AccountSort.City));
        yield return new GridCase("Accounts", "count visible", CountVisibleAsync);
    }

    private static IEnumerable<GridCase> Contacts()
    {
        yield return Contact("first page", new ContactQuery());
        foreach (var sort in Enum.GetValues<ContactSort>())
        {
            yield return Contact($"sort {sort} asc", new ContactQuery(Sort: sort));
            yield return Contact($"sort {sort} desc", new ContactQuery(Sort: sort, Descending: true));
        }

        yield return Contact("page 400", new ContactQuery(Page: 400));
        yield return Contact($"text {PersonName}", new ContactQuery(PersonName));
        yield return Contact($"text {PhoneFragment}", new ContactQuery(PhoneFragment));
        yield return Contact($"text {EmailFragment}", new ContactQuery(EmailFragment));
    }

    private static IEnumerable<GridCase> Search() =>
        new[] { PersonName, CompanyWord, PhoneFragment, EmailFragment, NoMatch }.Select(term =>
            new GridCase("Search", term, async (context, ct) =>
            {
                var hits = await context.Get<ICustomerSearch>().SearchAsync(term, 10, ct);

                return new CaseResult(hits.Count, hits.Count);
            }));

    private static GridCase Account(string name, AccountQuery query) =>
        new("Accounts", name, (context, ct) => RunAccountsAsync(context, query, ct));

    private static async Task<CaseResult> RunAccountsAsync(
        CaseContext context, AccountQuery query, CancellationToken cancellationToken)
    {
        var page = await context.Get<IAccountService>().SearchAsync(query, cancellationToken);

        return new CaseResult(page.Items.Count, page.TotalCount);
    }

    private static GridCase Contact(string name, ContactQuery query) =>
        new("Contacts", name, async (context, ct) =>
        {
            var page = await context.Get<IContactService>().SearchAsync(query, ct);

            return new CaseResult(page.Items.Count, page.TotalCount);
        });

    // The visibility rule alone, counted: the floor under every grid's total.
    private static async Task<CaseResult> CountVisibleAsync(CaseContext context, CancellationToken cancellationToken)
    {
        var visibility = context.Get<ICustomerVisibility>();
        var contexts = context.Get<IDbContextFactory<CrmDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var access = await visibility.AccessForAsync(context.Actor.Actor, db, cancellationToken);
        var count = await visibility.Accounts(db, access).CountAsync(cancellationToken);

        return new CaseResult(0, count);
    }
}
