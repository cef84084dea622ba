using Auth.LoadTests.Reporting;
using Auth.LoadTests.Running;
using Auth.LoadTests.Scenarios;
using Auth.LoadTests.Setup;

LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
    if (options.ShowHelp)
    {
        Console.WriteLine(LoadOptions.Usage);
        return 0;
    }

    LoopbackGuard.EnsureLoopback(options.BaseUrl);
}
catch (Exception exception) when (exception is ArgumentException or UriFormatException or System.Net.Sockets.SocketException)
{
    Console.Error.WriteLine(exception.Message);
    Console.Error.WriteLine("Run with --help for the options.");
    return 2;
}

// Setup may take a while (N sign-ups each hash a password) but never forever.
using var setupTimeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
using var client = new AuthClient(options.BaseUrl, maxConnections: options.Clients + options.SetupConcurrency);
IReadOnlyList<LoadUser> users;
try
{
    var readyBy = DateTime.UtcNow.AddSeconds(30);
    while (!await client.IsReadyAsync(setupTimeout.Token))
    {
        if (DateTime.UtcNow > readyBy) throw new InvalidOperationException($"{options.BaseUrl} is not ready after 30 s (GET /health/ready).");
        await Task.Delay(250, setupTimeout.Token);
    }

    users = await UserSetup.CreateVerifiedUsersAsync(client, options, Console.Out, setupTimeout.Token);
}
catch (Exception exception) when (exception is InvalidOperationException or HttpRequestException or OperationCanceledException)
{
    Console.Error.WriteLine($"setup failed: {exception.Message}");
    return 1;
}

var service = options.ServicePid is { } pid ? new ServiceProbe(pid) : null;
var scenarios = new LoadScenarios(client, users, options, service);
var results = new List<ScenarioResult>();
foreach (var name in options.Scenarios)
{
    Console.WriteLine($"scenario {name}: {options.Clients} clients, {options.WarmupSeconds} s warm-up, {options.DurationSeconds} s measured");
    try
    {
        service?.ResetPeak();
        var result = await scenarios.RunAsync(name) with { PeakWorkingSetMiB = service?.PeakMiB() };
        results.Add(result);
        Console.WriteLine($"  {result.Total.RequestsPerSecond:0.0} req/s, p99 {result.Total.P99Ms:0.0} ms, {result.Errors} errors");
    }
    catch (Exception exception) when (exception is InvalidOperationException or HttpRequestException or OperationCanceledException)
    {
        Console.Error.WriteLine($"scenario {name} failed to prepare: {exception.Message}");
        return 1;
    }
}

Console.WriteLine();
Console.WriteLine(TableReport.Render(results));
if (service is { CanReset: false }) Console.WriteLine("peak WS: /proc/PID/clear_refs was not writable, so each peak is the one since the service started.");
var json = JsonReport.Render(options, results);
if (options.JsonPath is { } path)
{
    var directory = Path.GetDirectoryName(Path.GetFullPath(path));
    if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
    await File.WriteAllTextAsync(path, json);
    Console.WriteLine($"JSON written to {path}");
}
else
{
    Console.WriteLine(json);
}

if (options.Smoke && results.Any(r => r.Errors > 0 || r.Total.Ok == 0))
{
    Console.Error.WriteLine("smoke: a scenario had errors or no successful request.");
    return 1;
}

return 0;
