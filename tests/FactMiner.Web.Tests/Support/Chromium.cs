using Microsoft.Playwright;

namespace FactMiner.Web.Tests.Support;

/// <summary>Debian's Chromium, driven by Playwright's bundled driver (Playwright's own browser download does not work here).</summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public const string MissingMessage = "/usr/bin/chromium is absent: install Debian's 'chromium' package (CI's .ci/run does) to run the browser tests.";

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public static BrowserTypeLaunchOptions LaunchOptions => new()
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
    };
}

/// <summary>A fact that needs a real browser; skipped with a clear message where Chromium is not installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!Chromium.IsInstalled)
        {
            Skip = Chromium.MissingMessage;
        }
    }
}
