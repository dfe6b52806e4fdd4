using System.Collections;
using System.Globalization;
using System.Resources;
using Crm.Domain.Common;
using Crm.Web.Pipeline.Board;

namespace Crm.Web.Tests.Pipeline.Board;

public sealed class BoardHelperTests
{
    private static readonly DateOnly Today = new(2026, 5, 14);

    [Theory]
    [InlineData(ClosePeriod.ThisMonth, "2026-05-01", "2026-05-31")]
    [InlineData(ClosePeriod.NextMonth, "2026-06-01", "2026-06-30")]
    [InlineData(ClosePeriod.ThisQuarter, "2026-04-01", "2026-06-30")]
    public void CloseRange_Period_CoversWholeCalendarMonths(ClosePeriod period, string from, string to)
    {
        var range = new PipelineFilter(Period: period).CloseRange(Today);

        Assert.Equal((Day(from), Day(to)), (range.From!.Value, range.To!.Value));
    }

    [Fact]
    public void Parse_QueryParametersOfAFilter_GivesTheSameFilterBack()
    {
        var filter = new PipelineFilter(
            Guid.CreateVersion7(), Guid.CreateVersion7(), ClosePeriod.Custom, new DateOnly(2026, 4, 1),
            new DateOnly(2026, 4, 30), "MES", PipelineLayout.List);
        var values = filter.ToQueryParameters();

        var parsed = PipelineFilter.Parse(
            (string?)values["owner"], (string?)values["team"], (string?)values["close"], (string?)values["from"],
            (string?)values["to"], (string?)values["q"], (string?)values["view"]);

        Assert.Equal(filter, parsed);
    }

    [Fact]
    public void Parse_Nonsense_IsIgnored()
    {
        var parsed = PipelineFilter.Parse("nobody", "x", "someday", "2026-13-01", null, "  ", "grid");

        Assert.Equal(new PipelineFilter(), parsed);
    }

    [Fact]
    public void BoardText_EveryEnglishText_HasAChineseOne()
    {
        var resources = new ResourceManager("Crm.Web.Pipeline.Board.BoardText", typeof(BoardText).Assembly);
        var english = resources.GetResourceSet(CultureInfo.InvariantCulture, true, false)!;
        var chinese = resources.GetResourceSet(new CultureInfo("zh-CN"), true, false)!;

        var missing = english.Cast<DictionaryEntry>().Select(e => (string)e.Key)
            .Where(key => chinese.GetString(key) is null)
            .ToList();

        Assert.Empty(missing);
    }

    private static DateOnly Day(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);
}
