using Crm.Domain.Customers;

namespace Crm.Domain.Tests.Customers;

internal sealed class AccountBuilder
{
    private string _name = "上海瀚海精密机械有限公司";
    private string? _email;
    private Guid _ownerId = Guid.NewGuid();

    public static readonly DateTime At = new(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc);

    public AccountBuilder Named(string name)
    {
        _name = name;
        return this;
    }

    public AccountBuilder WithEmail(string? email)
    {
        _email = email;
        return this;
    }

    public AccountBuilder OwnedBy(Guid ownerId)
    {
        _ownerId = ownerId;
        return this;
    }

    public AccountProfile Profile() =>
        new(_name, AccountKind.Company, Industry.Manufacturing, AccountTier.Key, "华东", "+86 21 5555 0101",
            _email, null, "上海", null);

    public Account Build() => Account.Create(Guid.NewGuid(), Profile(), _ownerId, At);
}
