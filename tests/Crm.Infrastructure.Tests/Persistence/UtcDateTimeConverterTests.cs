using Crm.Infrastructure.Persistence;

namespace Crm.Infrastructure.Tests.Persistence;

public sealed class UtcDateTimeConverterTests
{
    private static readonly DateTime Utc = new(2026, 3, 2, 9, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void ConvertToProvider_LocalTime_StoresTheSameInstantInUtc()
    {
        var converter = new UtcDateTimeConverter();

        var stored = (DateTime)converter.ConvertToProvider(Utc.ToLocalTime())!;

        Assert.Equal((DateTimeKind.Utc, Utc), (stored.Kind, stored));
    }

    [Fact]
    public void ConvertToProvider_UnspecifiedTime_IsTakenAsUtc()
    {
        var converter = new UtcDateTimeConverter();

        var stored = (DateTime)converter.ConvertToProvider(DateTime.SpecifyKind(Utc, DateTimeKind.Unspecified))!;

        Assert.Equal((DateTimeKind.Utc, Utc), (stored.Kind, stored));
    }

    [Fact]
    public void ConvertToProvider_NullableLocalTime_StoresTheSameInstantInUtc()
    {
        var converter = new UtcNullableDateTimeConverter();

        var stored = (DateTime?)converter.ConvertToProvider((DateTime?)Utc.ToLocalTime());

        Assert.Equal((DateTimeKind.Utc, Utc), (stored!.Value.Kind, stored.Value));
    }

    [Fact]
    public void ConvertFromProvider_ReadValue_SaysUtc()
    {
        var converter = new UtcDateTimeConverter();

        var read = (DateTime)converter.ConvertFromProvider(DateTime.SpecifyKind(Utc, DateTimeKind.Unspecified))!;

        Assert.Equal(DateTimeKind.Utc, read.Kind);
    }
}
