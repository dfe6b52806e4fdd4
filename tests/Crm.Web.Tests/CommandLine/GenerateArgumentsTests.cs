using Crm.Infrastructure.Seeding.Scale;
using Crm.Web.CommandLine;

namespace Crm.Web.Tests.CommandLine;

public sealed class GenerateArgumentsTests
{
    [Fact]
    public void Parse_AccountsAndActivities_BuildsTheRequest()
    {
        var (arguments, _) = GenerateArguments.Parse(["--accounts", "200000", "--activities=1000000"]);

        Assert.Equal(new GenerationRequest(200_000, 1_000_000), arguments?.Request);
    }

    [Fact]
    public void Parse_Opportunities_AddsThemToTheRequest()
    {
        var (arguments, _) = GenerateArguments.Parse(["--accounts", "200000", "--opportunities", "1000000"]);

        Assert.Equal(1_000_000, arguments?.Request.Opportunities);
    }

    [Fact]
    public void Parse_ConfigurationOverrides_PassesThemToTheHost()
    {
        var (arguments, _) = GenerateArguments.Parse(
            ["--accounts", "10", "--ConnectionStrings:Crm", "Data Source=x.db", "--Seed:Demo=false"]);

        Assert.Equal(
            ["--ConnectionStrings:Crm", "Data Source=x.db", "--Seed:Demo=false"], arguments?.Configuration ?? []);
    }

    [Fact]
    public void Parse_Tickets_AsksForThatTotal()
    {
        var (arguments, _) = GenerateArguments.Parse(["--accounts", "10", "--tickets", "2000"]);

        Assert.Equal(2000, arguments?.Request.Tickets);
    }

    [Theory]
    [InlineData(new[] { "--acounts", "10" }, "'--acounts'")]
    [InlineData(new[] { "--accounts", "ten" }, "--accounts: 'ten'")]
    [InlineData(new[] { "--accounts", "-3" }, "--accounts: '-3'")]
    [InlineData(new[] { "--accounts" }, "--accounts needs a value")]
    [InlineData(new[] { "--activities", "10" }, "--activities needs --accounts")]
    [InlineData(new[] { "--opportunities", "10" }, "--opportunities needs --accounts")]
    [InlineData(new[] { "--tickets", "10" }, "--tickets needs --accounts")]
    [InlineData(new[] { "--accounts", "5", "--opportunities", "-1" }, "--opportunities: '-1'")]
    [InlineData(new string[0], "Nothing to generate")]
    public void Parse_BadArguments_ExplainsWhichArgument(string[] args, string expected)
    {
        var (arguments, error) = GenerateArguments.Parse(args);

        Assert.Null(arguments);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_BadArgument_PrintsErrorAndUsageAndExitsWithUsageError()
    {
        var (output, error) = (new StringWriter(), new StringWriter());

        var exitCode = await GenerateCommand.RunAsync(
            ["--accounts", "lots"], output, error, TestContext.Current.CancellationToken);

        Assert.Equal(CommandLineVerbs.UsageError, exitCode);
        Assert.Contains("--accounts: 'lots'", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Usage: Crm.Web generate", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryRunAsync_NoVerb_ReturnsNullSoTheWebHostStarts()
    {
        var exitCode = await CommandLineVerbs.TryRunAsync(
            ["--urls", "http://localhost:5001"], TestContext.Current.CancellationToken);

        Assert.Null(exitCode);
    }
}
