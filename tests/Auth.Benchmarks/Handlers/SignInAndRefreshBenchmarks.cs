using Auth.Application.Sessions;
using Auth.Application.Sessions.Refresh;
using Auth.Application.Users;
using Auth.Application.Users.GetMe;
using Auth.Benchmarks.Hosting;
using Auth.Domain.Users;
using BenchmarkDotNet.Attributes;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Auth.Benchmarks.Handlers;

/// <summary>
/// One whole use case as an HTTP request runs it, minus HTTP: a new scope, the mediator with every behaviour,
/// the handler, and the unit of work's save, against in-memory SQLite. Sign-in includes one Argon2id verify
/// (libsodium, production parameters); refresh rotates one chain, so each call presents the previous call's token.
/// The same rows without Argon2 ("cheap hash") show what the rest of sign-in costs. GetMe is the query behind
/// GET /users/me (no unit of work): what a read costs besides HTTP and the JWT check.
/// </summary>
[MemoryDiagnoser]
public class SignInAndRefreshBenchmarks
{
    private const string Email = "bench@example.com";

    private BenchHost _host = null!;
    private BenchHost _cheapHashHost = null!;
    private string _refreshToken = null!;
    private GetMeQuery _getMe = null!;

    [GlobalSetup]
    public async Task SetUp()
    {
        _host = await BenchHost.StartAsync();
        await _host.CreateVerifiedUserAsync(Email);
        var pair = await _host.SignInAsync(Email);
        _refreshToken = pair.RefreshToken;
        _getMe = new GetMeQuery(new UserId(pair.User.Id));

        _cheapHashHost = await BenchHost.StartAsync(new Dictionary<string, string?>
        {
            ["Auth:PasswordHashing:MemoryKiB"] = "8",
            ["Auth:PasswordHashing:Iterations"] = "1",
        });
        await _cheapHashHost.CreateVerifiedUserAsync(Email);
    }

    [GlobalCleanup]
    public async Task CleanUp()
    {
        await _host.DisposeAsync();
        await _cheapHashHost.DisposeAsync();
    }

    [Benchmark(Description = "SignIn command (Argon2id m=19456,t=2 + session + JWT + save)")]
    public Task<TokenPair> SignIn() => _host.SignInAsync(Email);

    [Benchmark(Description = "SignIn command, cheap hash (m=8,t=1): everything but Argon2")]
    public Task<TokenPair> SignInCheapHash() => _cheapHashHost.SignInAsync(Email);

    [Benchmark(Description = "Refresh command (rotate + JWT + save)")]
    public async Task<TokenPair> Refresh()
    {
        var pair = await _host.SendAsync(new RefreshCommand(_refreshToken));
        _refreshToken = pair.RefreshToken;
        return pair;
    }

    [Benchmark(Description = "GetMe query (new scope + mediator + one EF read)")]
    public async Task<UserDto> GetMe()
    {
        var scope = _host.Services.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(_getMe).ConfigureAwait(false);
            return result.Value;
        }
    }
}
