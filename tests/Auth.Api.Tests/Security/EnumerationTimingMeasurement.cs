using System.Diagnostics;
using System.Globalization;
using Auth.Api.Tests.TestSupport;
using Xunit.Abstractions;

namespace Auth.Api.Tests.Security;

/// <summary>
/// A measurement, not a test: how much longer the service takes for a known email than for an unknown one, at the
/// production Argon2 parameters, through the whole ASP.NET Core pipeline (in-process TestServer, no sockets).
/// Skipped unless AUTH_MEASURE_TIMING=1; prints median and p95 per case. Run it alone:
/// <c>AUTH_MEASURE_TIMING=1 dotnet test tests/Auth.Api.Tests --filter EnumerationTimingMeasurement --logger "console;verbosity=detailed"</c>.
/// It asserts only that the answers are the same for both; the figures go to docs/security.md by hand.
/// </summary>
public sealed class EnumerationTimingMeasurement(ITestOutputHelper output) : IDisposable
{
    /// <summary>Requests per side and case; AUTH_MEASURE_SAMPLES overrides it.</summary>
    private static readonly int Samples =
        int.TryParse(Environment.GetEnvironmentVariable("AUTH_MEASURE_SAMPLES"), CultureInfo.InvariantCulture, out var samples) ? samples : 200;

    /// <summary>Below the lock (5): every known account takes at most this many wrong passwords.</summary>
    private const int FailuresPerAccount = 4;

    private readonly AuthApiFactory _factory = new(new Dictionary<string, string?>
    {
        // The production cost (PasswordHashingOptions defaults), instead of the factory's cheap test cost.
        ["Auth:PasswordHashing:MemoryKiB"] = "19456",
        ["Auth:PasswordHashing:Iterations"] = "2",
        ["Auth:PasswordHashing:Parallelism"] = "1",
    });

    [SkippableFact]
    public async Task KnownVersusUnknownEmail_SignInForgotPasswordAndCodeSend()
    {
        Skip.IfNot(Environment.GetEnvironmentVariable("AUTH_MEASURE_TIMING") == "1", "a measurement: set AUTH_MEASURE_TIMING=1 to run it");
        var api = new ApiClient(_factory.CreateClient());
        var flows = new AuthFlows(api, _factory.Mailbox);
        var known = Enumerable.Range(0, (Samples + FailuresPerAccount - 1) / FailuresPerAccount).Select(i => $"known{i}@example.com").ToList();
        foreach (var email in known) await flows.SignUpVerifiedAsync(email);

        // Warm-up, so JIT and first-connection costs fall on neither side.
        await flows.SignInAsync("warmup@example.com", "wrong password");
        await flows.SignInAsync(known[0]);

        var signIn = await AlternateAsync(
            i => flows.SignInAsync($"nobody{i}@example.com", "wrong password"),
            i => flows.SignInAsync(known[i / FailuresPerAccount], "wrong password"));
        var forgot = await AlternateAsync(
            i => api.PostAsync("/api/v1/auth/password/forgot", new { email = $"nobody{i}@example.com" }),
            i => api.PostAsync("/api/v1/auth/password/forgot", new { email = known[i % known.Count] }),
            advanceClock: true);
        var otp = await AlternateAsync(
            i => api.PostAsync("/api/v1/auth/otp/send", new { email = $"nobody{i}@example.com", type = "signin" }),
            i => api.PostAsync("/api/v1/auth/otp/send", new { email = known[i % known.Count], type = "signin" }),
            advanceClock: true);

        Report("sign-in", signIn);
        Report("forgot-password", forgot);
        Report("otp/send", otp);
        output.WriteLine($"load average (1/5/15 min) after the runs: {LoadAverage()}; cores: {Environment.ProcessorCount}");
    }

    /// <summary>
    /// A wrong authenticator code for a challenge that exists and for one that does not: the answers differ by design
    /// (400 and 401; whoever holds a challenge knows it exists), the cost should not.
    /// </summary>
    [SkippableFact]
    public async Task WrongCodeForAKnownVersusAnUnknownChallenge()
    {
        Skip.IfNot(Environment.GetEnvironmentVariable("AUTH_MEASURE_TIMING") == "1", "a measurement: set AUTH_MEASURE_TIMING=1 to run it");
        var api = new ApiClient(_factory.CreateClient());
        var flows = new AuthFlows(api, _factory.Mailbox);
        var accessToken = (await flows.SignedInAsync("totp-timing@example.com")).Get("accessToken");
        var secret = (await api.PostAsync("/api/v1/users/me/two-factor/totp", new { password = AuthFlows.Password }, accessToken)).Get("secret");
        var code = new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(secret)).ComputeTotp(_factory.Clock.GetUtcNow().UtcDateTime);
        await api.PostAsync("/api/v1/users/me/two-factor/totp/confirm", new { code }, accessToken);

        // Four wrong codes per challenge, below the five that end it.
        var challenges = new List<string>();
        for (var i = 0; i < (Samples + FailuresPerAccount - 1) / FailuresPerAccount; i++)
            challenges.Add((await flows.SignInAsync("totp-timing@example.com")).Get("challenge"));
        var unknownChallenge = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        var secondStep = await AlternateAsync(
            _ => api.PostAsync("/api/v1/auth/sign-in/two-factor", new { challenge = unknownChallenge, method = "totp", code = "000000" }),
            i => api.PostAsync("/api/v1/auth/sign-in/two-factor", new { challenge = challenges[i / FailuresPerAccount], method = "totp", code = "000000" }),
            sameAnswers: false);

        Report("sign-in/two-factor (wrong code)", secondStep);
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>Unknown and known requests one after the other, <see cref="Samples"/> each; the answers must match unless told otherwise.</summary>
    private async Task<(List<double> Unknown, List<double> Known)> AlternateAsync(
        Func<int, Task<ApiResponse>> unknown, Func<int, Task<ApiResponse>> known, bool advanceClock = false, bool sameAnswers = true)
    {
        var (unknownTimes, knownTimes) = (new List<double>(), new List<double>());
        for (var i = 0; i < Samples; i++)
        {
            // Past the one-minute resend cooldown, so every known request sends (the expensive path).
            if (advanceClock) _factory.Clock.Advance(TimeSpan.FromSeconds(61));
            var (u, uTime) = await TimeAsync(() => unknown(i));
            var (k, kTime) = await TimeAsync(() => known(i));
            if (sameAnswers)
            {
                Assert.Equal(u.Status, k.Status);
                Assert.Equal(u.Code, k.Code);
                Assert.Equal(WithoutTraceId(u), WithoutTraceId(k));
            }
            unknownTimes.Add(uTime);
            knownTimes.Add(kTime);
        }

        return (unknownTimes, knownTimes);
    }

    private static string WithoutTraceId(ApiResponse response)
    {
        if (response.Json is not System.Text.Json.Nodes.JsonObject json) return response.Body;
        var copy = json.DeepClone().AsObject();
        copy.Remove("traceId");
        return copy.ToJsonString();
    }

    private static async Task<(ApiResponse, double)> TimeAsync(Func<Task<ApiResponse>> call)
    {
        var watch = Stopwatch.StartNew();
        var response = await call();
        return (response, watch.Elapsed.TotalMilliseconds);
    }

    private void Report(string name, (List<double> Unknown, List<double> Known) times)
    {
        var (u, k) = (Stats(times.Unknown), Stats(times.Known));
        var (low, high) = MedianDifferenceInterval(times.Unknown, times.Known);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: unknown median {u.Median:0.00} ms p95 {u.P95:0.00} ms | known median {k.Median:0.00} ms p95 {k.P95:0.00} ms | median difference {k.Median - u.Median:+0.00;-0.00} ms, 95 % bootstrap interval [{low:+0.00;-0.00}, {high:+0.00;-0.00}] ms ({Samples} each)"));
    }

    /// <summary>
    /// Where the difference of medians (known − unknown) lies, by resampling both sides 2,000 times: an interval
    /// that contains 0 means the samples cannot tell the two apart.
    /// </summary>
    private static (double Low, double High) MedianDifferenceInterval(List<double> unknown, List<double> known)
    {
        var random = new Random(20261126);
        var differences = Enumerable.Range(0, 2000)
            .Select(_ => Median(Resample(known, random)) - Median(Resample(unknown, random)))
            .Order()
            .ToList();
        return (differences[50], differences[1949]);
    }

    private static List<double> Resample(List<double> values, Random random) =>
        Enumerable.Range(0, values.Count).Select(_ => values[random.Next(values.Count)]).ToList();

    private static double Median(List<double> values) => Stats(values).Median;

    private static (double Median, double P95) Stats(List<double> values)
    {
        var sorted = values.Order().ToList();
        return (sorted[sorted.Count / 2], sorted[(int)Math.Ceiling(sorted.Count * 0.95) - 1]);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
