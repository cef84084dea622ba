// Build script: `dotnet tool restore` once, then `dotnet cake` (default: Test) or `dotnet cake --target=Build`.
var target = Argument("target", "Test");
var configuration = Argument("configuration", "Release");
var solution = "./Auth.sln";

Task("Clean")
    .Does(() =>
{
    DotNetClean(solution, new DotNetCleanSettings { Configuration = configuration });
});

Task("Restore")
    .Does(() =>
{
    DotNetRestore(solution);
});

Task("Build")
    .IsDependentOn("Restore")
    .Does(() =>
{
    DotNetBuild(solution, new DotNetBuildSettings { Configuration = configuration, NoRestore = true });
});

Task("Test")
    .IsDependentOn("Build")
    .Does(() =>
{
    DotNetTest(solution, new DotNetTestSettings { Configuration = configuration, NoBuild = true, NoRestore = true });
});

RunTarget(target);
