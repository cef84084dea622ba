using Auth.LoadTests.Running;
using Auth.LoadTests.Setup;

namespace Auth.LoadTests.Scenarios;

/// <summary>
/// The load scenarios. Client i acts as user i mod N, so with N ≥ C no two clients share an account (a shared
/// account makes concurrent sign-ins race on the same row, which the service retries).
/// </summary>
internal sealed class LoadScenarios(AuthClient client, IReadOnlyList<LoadUser> users, LoadOptions options, ServiceProbe? service)
{
    private const int MixedRefreshes = 8;
    private const int MixedReadsPerRefresh = 5;

    private TimeSpan Warmup => TimeSpan.FromSeconds(options.WarmupSeconds);

    private TimeSpan Duration => TimeSpan.FromSeconds(options.DurationSeconds);

    public Task<ScenarioResult> RunAsync(string name) => name switch
    {
        "sign-in" => SignInAsync(),
        "refresh" => RefreshAsync(),
        "me" => MeAsync(),
        "me-session" => MeWithSessionTokenAsync(),
        "mixed" => MixedAsync(),
        "sign-in-burst" => SignInBurstAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown scenario."),
    };

    /// <summary>Every client signs in again and again.</summary>
    private Task<ScenarioResult> SignInAsync() =>
        ScenarioRunner.RunAsync("sign-in", options.Clients, Warmup, Duration, options.MaxRequests,
            (_, _) => Task.FromResult(0),
            async (session, _) =>
            {
                var user = UserOf(session.Index);
                while (session.Running)
                    await session.CallAsync("sign-in", ct => client.SignInAsync(user.Email, user.Password, ct)).ConfigureAwait(false);
            },
            service);

    /// <summary>Each client signs in once, then keeps rotating its own refresh token; a broken chain starts again.</summary>
    private Task<ScenarioResult> RefreshAsync() =>
        ScenarioRunner.RunAsync("refresh", options.Clients, Warmup, Duration, options.MaxRequests,
            (i, ct) => SignInUnmeasuredAsync(UserOf(i), ct),
            async (session, first) =>
            {
                var refreshToken = first.RefreshToken;
                while (session.Running)
                {
                    var outcome = await session.CallAsync("refresh", ct => client.RefreshAsync(refreshToken!, ct)).ConfigureAwait(false);
                    refreshToken = outcome.Ok
                        ? outcome.RefreshToken
                        : (await session.CallAsync("re-sign-in", ct => client.SignInAsync(UserOf(session.Index).Email, UserOf(session.Index).Password, ct))
                            .ConfigureAwait(false)).RefreshToken ?? refreshToken;
                }
            },
            service);

    /// <summary>Each client signs in once, then reads its own account with the access token.</summary>
    private Task<ScenarioResult> MeAsync() =>
        ScenarioRunner.RunAsync("me", options.Clients, Warmup, Duration, options.MaxRequests,
            (i, ct) => SignInUnmeasuredAsync(UserOf(i), ct),
            (session, tokens) => ReadMeUntilStoppedAsync(session, tokens.AccessToken!),
            service);

    /// <summary>Each client signs in once in session mode, then reads its own account with the session token (checked against the store every time).</summary>
    private Task<ScenarioResult> MeWithSessionTokenAsync() =>
        ScenarioRunner.RunAsync("me-session", options.Clients, Warmup, Duration, options.MaxRequests,
            (i, ct) => client.SignInForSessionAsync(UserOf(i).Email, UserOf(i).Password, ct),
            async (session, signedIn) =>
            {
                if (!signedIn.Ok) throw new InvalidOperationException($"Session sign-in answered {signedIn.ErrorKey}.");
                await ReadMeUntilStoppedAsync(session, signedIn.AccessToken!).ConfigureAwait(false);
            },
            service);

    /// <summary>1 sign-in : 8 refreshes : 40 reads, in the order one client session would make them.</summary>
    private Task<ScenarioResult> MixedAsync() =>
        ScenarioRunner.RunAsync("mixed", options.Clients, Warmup, Duration, options.MaxRequests,
            (_, _) => Task.FromResult(0),
            async (session, _) =>
            {
                var user = UserOf(session.Index);
                while (session.Running)
                {
                    var tokens = await session.CallAsync("sign-in", ct => client.SignInAsync(user.Email, user.Password, ct)).ConfigureAwait(false);
                    for (var r = 0; r < MixedRefreshes && tokens.Ok && session.Running; r++)
                    {
                        for (var m = 0; m < MixedReadsPerRefresh && session.Running; m++)
                        {
                            var access = tokens.AccessToken!;
                            await session.CallAsync("me", ct => client.GetMeAsync(access, ct)).ConfigureAwait(false);
                        }

                        var refresh = tokens.RefreshToken!;
                        tokens = await session.CallAsync("refresh", ct => client.RefreshAsync(refresh, ct)).ConfigureAwait(false);
                    }
                }
            },
            service);

    /// <summary>Every client signs in once, all released at the same moment: the memory peak of C concurrent hashes.</summary>
    private Task<ScenarioResult> SignInBurstAsync()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var ready = 0;
        return ScenarioRunner.RunAsync("sign-in-burst", options.Clients, TimeSpan.Zero, TimeSpan.FromSeconds(options.DurationSeconds), options.MaxRequests,
            (_, _) => Task.FromResult(0),
            async (session, _) =>
            {
                if (Interlocked.Increment(ref ready) == options.Clients) gate.SetResult();
                await gate.Task.WaitAsync(session.Aborted).ConfigureAwait(false);
                var user = UserOf(session.Index);
                await session.CallAsync("sign-in", ct => client.SignInAsync(user.Email, user.Password, ct)).ConfigureAwait(false);
            },
            service);
    }

    private LoadUser UserOf(int clientIndex) => users[clientIndex % users.Count];

    /// <summary>GET /users/me with one token until the scenario ends, over the client's own keep-alive connection.</summary>
    private async Task ReadMeUntilStoppedAsync(ClientSession session, string token)
    {
        if (options.BaseUrl.Scheme != Uri.UriSchemeHttp)
        {
            while (session.Running)
                await session.CallAsync("me", ct => client.GetMeAsync(token, ct)).ConfigureAwait(false);
            return;
        }

        using var reader = new KeepAliveReader(options.BaseUrl, AuthClient.MePath, token);
        while (session.Running)
            await session.CallAsync("me", reader.GetAsync).ConfigureAwait(false);
    }

    private async Task<CallOutcome> SignInUnmeasuredAsync(LoadUser user, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var outcome = await client.SignInAsync(user.Email, user.Password, ct).ConfigureAwait(false);
            if (outcome.Ok) return outcome;
            if (attempt == 5) throw new InvalidOperationException($"Sign-in of {user.Email} answered {outcome.ErrorKey} five times.");
            await Task.Delay(200, ct).ConfigureAwait(false);
        }
    }
}
