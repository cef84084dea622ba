using System.Diagnostics.Metrics;
using Auth.Domain.Audit;
using Auth.Domain.Primitives;
using Auth.Domain.Sessions.Events;
using Auth.Domain.Users.Events;

namespace Auth.Application.Behaviors;

/// <summary>
/// The service's own meter, <c>Auth</c>: what an operator of an auth service watches. Tags carry only bounded values
/// (an outcome, an error code, a policy name), never an email, token or address.
/// </summary>
public static class SecurityMetrics
{
    public const string MeterName = "Auth";

    private static readonly Meter Meter = new(MeterName);

    public static readonly Counter<long> SignIns = Meter.CreateCounter<long>(
        "auth.sign_ins", "{sign_in}", "Sign-in attempts by outcome: success, or the error code that refused them.");

    public static readonly Counter<long> Lockouts = Meter.CreateCounter<long>(
        "auth.lockouts", "{lockout}", "Accounts locked by too many wrong passwords.");

    public static readonly Counter<long> RefreshTokenReuses = Meter.CreateCounter<long>(
        "auth.refresh_token.reuses", "{reuse}", "Rotated refresh tokens presented again (each revoked its session).");

    public static readonly Counter<long> RateLimited = Meter.CreateCounter<long>(
        "auth.rate_limited", "{request}", "Requests refused by a rate limit, by policy.");

    public static readonly Histogram<double> PasswordHashDuration = Meter.CreateHistogram<double>(
        "auth.password_hash.duration", "s", "Time of one Argon2id hash or verification, waiting for a slot included.");

    /// <summary>Counts what a command did, once its changes are saved (a command that failed to save counts nothing).</summary>
    public static void RecordSaved(object command, object? response, IEnumerable<IDomainEvent> events)
    {
        foreach (var domainEvent in events)
        {
            switch (domainEvent)
            {
                case UserSignedIn:
                    SignIns.Add(1, new KeyValuePair<string, object?>("outcome", "success"));
                    break;
                case UserLockedOut:
                    Lockouts.Add(1);
                    break;
                case RefreshTokenReuseDetected:
                    RefreshTokenReuses.Add(1);
                    break;
            }
        }

        if (command is IAuditedCommand { AuditFailureType: AuditEventTypes.SignInFailed } && response is Result { Error: { } error })
            SignIns.Add(1, new KeyValuePair<string, object?>("outcome", error.Code));
    }
}
