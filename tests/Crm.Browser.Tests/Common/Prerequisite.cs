using System.Diagnostics.CodeAnalysis;

namespace Crm.Browser.Tests.Common;

/// <summary>
/// What a test does when something it needs from the machine is missing: it is skipped on a
/// developer machine, and it fails where the environment variable says the tool must be there
/// (CI sets it), so a missing tool can never turn into a green run that tested nothing.
/// </summary>
internal static class Prerequisite
{
    [DoesNotReturn]
    public static void Missing(string requireVariable, string reason)
    {
        if (Environment.GetEnvironmentVariable(requireVariable) == "1")
        {
            Assert.Fail($"{reason} This is a failure, not a skip, because {requireVariable}=1.");
        }

        Assert.Skip($"{reason} Set {requireVariable}=1 to make this a failure.");
    }
}
