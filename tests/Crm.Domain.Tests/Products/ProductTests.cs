using Crm.Domain.Common;
using Crm.Domain.Products;

namespace Crm.Domain.Tests.Products;

public sealed class ProductTests
{
    private static readonly DateTime At = new(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Create_LowerCaseCodeWithSpaces_StoresItTrimmedUpperCase()
    {
        var product = Product.Create(Guid.NewGuid(), "CRM 专业版", "  crm-pro.y1 ", new Money(1_280_000, "CNY"), At);

        Assert.Equal("CRM-PRO.Y1", product.Code);
    }

    [Fact]
    public void Create_CodeWithSlash_ThrowsCodeInvalid()
    {
        var error = Assert.Throws<DomainException>(
            () => Product.Create(Guid.NewGuid(), "CRM 专业版", "CRM/PRO", new Money(1, "CNY"), At));

        Assert.Equal(("Code.invalid", "Code"), (error.Code, error.Field));
    }

    [Fact]
    public void Deactivate_Active_RecordsInactive()
    {
        var product = Product.Create(Guid.NewGuid(), "实施服务", "SVC-IMPL", new Money(50_000, "CNY"), At);
        product.ClearDomainEvents();

        product.Deactivate(At);

        Assert.False(Assert.IsType<ProductChanged>(Assert.Single(product.DomainEvents)).IsActive);
    }
}
