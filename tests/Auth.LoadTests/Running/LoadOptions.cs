using System.Globalization;

namespace Auth.LoadTests.Running;

/// <summary>Command-line options, each bounded so that no invocation can run long or wide.</summary>
internal sealed record LoadOptions
{
    public const int MaxClients = 512;
    public const int MaxDurationSeconds = 120;
    public const int MaxUsers = 2_000;
    public const long MaxRequestsCeiling = 10_000_000;

    public static readonly string[] AllScenarios = ["sign-in", "refresh", "me", "me-session", "mixed"];

    public Uri BaseUrl { get; init; } = new("http://127.0.0.1:5210");

    public int Clients { get; init; } = 32;

    public int DurationSeconds { get; init; } = 15;

    public int WarmupSeconds { get; init; } = 2;

    /// <summary>Users created in the setup phase; clients share them round-robin.</summary>
    public int Users { get; init; } = 32;

    public IReadOnlyList<string> Scenarios { get; init; } = AllScenarios;

    /// <summary>The service's pickup folder (<c>Email:PickupDirectory</c>): verification codes are read from it.</summary>
    public string? MailDirectory { get; init; }

    public string? JsonPath { get; init; }

    /// <summary>A per-scenario cap on requests, whatever the duration.</summary>
    public long MaxRequests { get; init; } = 2_000_000;

    /// <summary>How many sign-ups and verifications run at once in the setup phase.</summary>
    public int SetupConcurrency { get; init; } = 4;

    public string Password { get; init; } = "load test password 1234";

    /// <summary>The service's process id, to report its peak resident set (VmHWM) per scenario.</summary>
    public int? ServicePid { get; init; }

    public bool Smoke { get; init; }

    public bool ShowHelp { get; init; }

    public static string Usage => """
        Auth.LoadTests: drives an Auth service that is already running on a loopback address.

          --url URL            base URL, loopback only (default http://127.0.0.1:5210)
          --clients C          concurrent clients per scenario (1..512, default 32)
          --duration T         measured seconds per scenario (1..120, default 15)
          --warmup S           unmeasured seconds before each scenario (0..600, default 2)
          --users N            users to create and verify first (1..2000, default = clients)
          --scenarios LIST     comma list of sign-in, refresh, me, me-session, mixed, sign-in-burst (default: all but the burst)
                               sign-in-burst: every client signs in once, all at the same moment
          --mail-dir PATH      the service's Email:PickupDirectory, where verification codes land (required)
          --json PATH          also write the results as JSON to PATH
          --max-requests R     per-scenario cap on requests (default 2,000,000)
          --setup-concurrency  sign-ups at once in the setup phase (1..64, default 4)
          --service-pid PID    report the service's peak resident set (VmHWM) per scenario (Linux)
          --smoke              2 clients, 2 users, 2 s per scenario, 0 s warm-up; exit 1 on any error
          --help               this text

        mixed: each client repeats 1 sign-in, then 8 times (1 refresh, 5 GET /users/me): 1 : 8 : 40.
        Exit code: 0 done, 1 errors in smoke mode or setup failed, 2 bad options.
        """;

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new LoadOptions();
        int? users = null;
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--url": options = options with { BaseUrl = new Uri(Next(), UriKind.Absolute) }; break;
                case "--clients": options = options with { Clients = Bounded(Next(), "--clients", 1, MaxClients) }; break;
                case "--duration": options = options with { DurationSeconds = Bounded(Next(), "--duration", 1, MaxDurationSeconds) }; break;
                case "--warmup": options = options with { WarmupSeconds = Bounded(Next(), "--warmup", 0, 600) }; break;
                case "--users": users = Bounded(Next(), "--users", 1, MaxUsers); break;
                case "--scenarios": options = options with { Scenarios = ParseScenarios(Next()) }; break;
                case "--mail-dir": options = options with { MailDirectory = Next() }; break;
                case "--json": options = options with { JsonPath = Next() }; break;
                case "--max-requests":
                    options = options with { MaxRequests = BoundedLong(Next(), "--max-requests", 1, MaxRequestsCeiling) };
                    break;
                case "--setup-concurrency": options = options with { SetupConcurrency = Bounded(Next(), "--setup-concurrency", 1, 64) }; break;
                case "--service-pid": options = options with { ServicePid = Bounded(Next(), "--service-pid", 1, int.MaxValue) }; break;
                case "--smoke": options = options with { Smoke = true }; break;
                case "--help" or "-h": options = options with { ShowHelp = true }; break;
                default: throw new ArgumentException($"Unknown option {args[i]}.");
            }
        }

        if (options.Smoke)
            options = options with { Clients = 2, DurationSeconds = 2, WarmupSeconds = 0, MaxRequests = 100_000 };
        options = options with { Users = options.Smoke ? 2 : users ?? options.Clients };
        if (!options.ShowHelp && string.IsNullOrWhiteSpace(options.MailDirectory))
            throw new ArgumentException("--mail-dir is required: verification codes are read from the service's pickup folder.");
        return options;
    }

    private static string[] ParseScenarios(string list)
    {
        var known = AllScenarios.Append("sign-in-burst").ToHashSet(StringComparer.Ordinal);
        var names = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = names.Where(n => !known.Contains(n)).ToList();
        if (names.Length == 0 || unknown.Count > 0)
            throw new ArgumentException($"--scenarios: unknown {string.Join(", ", unknown)}; known: {string.Join(", ", known)}.");
        return names;
    }

    private static int Bounded(string text, string name, int min, int max) => (int)BoundedLong(text, name, min, max);

    private static long BoundedLong(string text, string name, long min, long max) =>
        long.TryParse(text.Replace("_", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal),
            NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new ArgumentException($"{name} must be a whole number from {min} to {max}.");
}
