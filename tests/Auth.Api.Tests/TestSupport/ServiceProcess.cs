using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Auth.Api.Tests.TestSupport;

/// <summary>
/// The service as operators run it: <c>dotnet Auth.Api.dll</c> in its own process on a free loopback port, configured
/// through environment variables. Killed (the whole process tree) when disposed.
/// </summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly StringWriter _output = new();

    private ServiceProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        process.OutputDataReceived += (_, e) => Record(e.Data);
        process.ErrorDataReceived += (_, e) => Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    /// <summary>What the process wrote so far, for a failure message.</summary>
    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    public static async Task<ServiceProcess> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var assembly = ApiAssembly();
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assembly);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        var service = new ServiceProcess(Process.Start(start)!, address);
        await service.WaitUntilReadyAsync();
        return service;
    }

    public HttpClient NewHttpClient() => new() { BaseAddress = Address };

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = NewHttpClient();
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The service exited with {_process.ExitCode}:\n{Output}");
            try
            {
                if ((await http.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The service at {Address} was not ready within {StartTimeout.TotalSeconds} s:\n{Output}");
    }

    private void Record(string? line)
    {
        if (line is null) return;
        lock (_output) _output.WriteLine(line);
    }

    /// <summary>The service as built next to this test assembly's configuration (src/Auth.Api/bin/{Debug|Release}/net10.0).</summary>
    private static string ApiAssembly()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var root = testOutput;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Auth.sln"))) root = root.Parent;
        var assembly = Path.Combine(root?.FullName ?? throw new InvalidOperationException("Auth.sln not found above the test output."),
            "src", "Auth.Api", "bin", configuration, framework, "Auth.Api.dll");
        return File.Exists(assembly) ? assembly : throw new FileNotFoundException("Build Auth.Api first.", assembly);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
