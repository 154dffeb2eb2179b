namespace Trialdex.Web.Tests.Browser;

/// <summary>
/// A fact that drives Debian's Chromium (<see cref="ChromiumPath"/>). Skipped with a message saying so when the
/// browser is missing on a developer's machine; under CI (CI=true) it runs regardless, so a missing browser fails.
/// </summary>
internal sealed class BrowserFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(ChromiumPath) && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = $"{ChromiumPath} is missing: install Debian's chromium package (apt-get install chromium) to run the browser tests.";
        }
    }
}
