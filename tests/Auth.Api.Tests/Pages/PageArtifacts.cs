using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Auth.Api.Tests.Pages;

/// <summary>
/// What each page visit leaves and checks: a full-page screenshot under <c>artifacts/pages</c> (or <c>AUTH_TEST_ARTIFACTS</c>),
/// and an axe-core run that must find no serious or critical violation.
/// </summary>
internal static class PageArtifacts
{
    public static string Directory { get; } = Environment.GetEnvironmentVariable("AUTH_TEST_ARTIFACTS") is { Length: > 0 } configured
        ? configured
        : Path.Combine(RepositoryRoot(), "artifacts", "pages");

    /// <summary>Screenshots the page as <paramref name="name"/>.png and returns the serious or critical axe violations.</summary>
    public static async Task<IReadOnlyList<string>> CaptureAsync(IPage page, string name)
    {
        System.IO.Directory.CreateDirectory(Directory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Directory, name + ".png"), FullPage = true });
        var results = await page.RunAxe();
        return results.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{name}: {v.Id} ({v.Impact}) {v.Help}: {string.Join(", ", v.Nodes.Select(n => n.Html))}")
            .ToList();
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Auth.sln"))) directory = directory.Parent;
        return directory?.FullName ?? AppContext.BaseDirectory;
    }
}
