using Auth.Application;
using Auth.Application.Abstractions;
using Auth.Application.Sessions;
using Auth.Application.Sessions.SignIn;
using Auth.Application.Users.SignUp;
using Auth.Application.Users.VerifyEmail;
using Auth.Domain.Primitives;
using Auth.Infrastructure;
using Auth.TestSupport.Email;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Auth.Benchmarks.Hosting;

/// <summary>
/// The service's real application and infrastructure services (AddApplication, the mediator with the Api's
/// behaviours, AddInfrastructure) on a shared in-memory SQLite database, started like the Api starts them
/// (migrations, then keys). Production Argon2 parameters unless overridden. Logging at Warning.
/// </summary>
public sealed class BenchHost : IAsyncDisposable
{
    public const string Password = "correct horse battery staple";

    private readonly IHost _host;
    private readonly SqliteConnection _keepAlive;
    private readonly string _mailDirectory;

    private BenchHost(IHost host, SqliteConnection keepAlive, string mailDirectory)
    {
        _host = host;
        _keepAlive = keepAlive;
        _mailDirectory = mailDirectory;
    }

    public IServiceProvider Services => _host.Services;

    public static async Task<BenchHost> StartAsync(IDictionary<string, string?>? overrides = null)
    {
        var name = $"auth-bench-{Guid.NewGuid():N}";
        var connectionString = $"Data Source={name};Mode=Memory;Cache=Shared";
        var mailDirectory = Path.Combine(Path.GetTempPath(), name, "mail");

        // A shared in-memory database lives as long as one connection to it is open.
        var keepAlive = new SqliteConnection(connectionString);
        await keepAlive.OpenAsync().ConfigureAwait(false);

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Benchmark" });
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Auth"] = connectionString,
            ["Email:Provider"] = "Pickup",
            ["Email:PickupDirectory"] = mailDirectory,
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>()) settings[key] = value;
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Warning);

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new AuthSettings());
        builder.Services.AddApplication();
        builder.Services.AddBenchMediator();
        builder.Services.AddInfrastructure(builder.Configuration);

        var host = builder.Build();
        await host.StartAsync().ConfigureAwait(false);
        return new BenchHost(host, keepAlive, mailDirectory);
    }

    /// <summary>Signs a user up and verifies the email with the code from the pickup folder, as a client would.</summary>
    public async Task CreateVerifiedUserAsync(string email)
    {
        await SendAsync(new SignUpCommand("Bench User", email, Password)).ConfigureAwait(false);
        var code = await new Mailbox(_mailDirectory)
            .WaitForLatestCodeAsync(email, Mailbox.EmailVerificationSubject, TimeSpan.FromSeconds(10))
            .ConfigureAwait(false);
        await SendAsync(new VerifyEmailCommand(email, code)).ConfigureAwait(false);
    }

    public async Task<TokenPair> SignInAsync(string email)
    {
        var outcome = await SendAsync(new SignInCommand(email, Password, SignInMode.Token, new ClientInfo("127.0.0.1", "bench")))
            .ConfigureAwait(false);
        return outcome.Tokens ?? throw new InvalidOperationException("Sign-in did not return tokens.");
    }

    /// <summary>Sends through the mediator in a fresh scope, as one HTTP request would; a failure is a bug here.</summary>
    public async Task<T> SendAsync<T>(ICommand<Result<T>> command)
    {
        var scope = Services.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command).ConfigureAwait(false);
            return result.IsSuccess ? result.Value : throw new InvalidOperationException($"{command.GetType().Name} failed: {result.Error!.Code}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync().ConfigureAwait(false);
        _host.Dispose();
        await _keepAlive.DisposeAsync().ConfigureAwait(false);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path.GetDirectoryName(_mailDirectory)!, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
