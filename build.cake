// Build script: `dotnet tool restore` once, then `dotnet cake` (default: Test, after Format) or `dotnet cake --target=Build`.
// `dotnet cake --target=Bench` measures speed and rewrites docs/performance.md (minutes; never part of Test or CI);
// `dotnet cake --target=Bench --smoke=true` only runs the load generator's short smoke against the service.
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

Task("Format")
    .IsDependentOn("Restore")
    .Does(() =>
{
    // Unnecessary usings and layout, as .editorconfig says; the build reports unused members and parameters itself.
    var exitCode = StartProcess("dotnet", new ProcessSettings { Arguments = $"format {solution} --verify-no-changes --no-restore" });
    if (exitCode != 0) throw new Exception("dotnet format found changes to make: run `dotnet format Auth.sln`.");
});

Task("Test")
    .IsDependentOn("Format")
    .IsDependentOn("Build")
    .Does(() =>
{
    DotNetTest(solution, new DotNetTestSettings { Configuration = configuration, NoBuild = true, NoRestore = true });
});

Task("Bench")
    .Does(() =>
{
    var arguments = Argument("smoke", false) ? "scripts/bench.sh --smoke" : "scripts/bench.sh";
    var exitCode = StartProcess("bash", new ProcessSettings { Arguments = arguments });
    if (exitCode != 0) throw new Exception($"{arguments} exited with {exitCode}.");
});

RunTarget(target);
