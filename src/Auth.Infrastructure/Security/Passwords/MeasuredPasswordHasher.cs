using System.Diagnostics;
using Auth.Application.Abstractions.Security;
using Auth.Application.Behaviors;

namespace Auth.Infrastructure.Security.Passwords;

/// <summary>Times every hash and verification of the hasher it wraps into <c>auth.password_hash.duration</c>.</summary>
internal sealed class MeasuredPasswordHasher(IPasswordHasher inner) : IPasswordHasher
{
    public async ValueTask<string> HashAsync(string password, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await inner.HashAsync(password, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Record(started, "hash");
        }
    }

    public async ValueTask<PasswordVerification> VerifyAsync(string password, string? passwordHash, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await inner.VerifyAsync(password, passwordHash, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Record(started, "verify");
        }
    }

    private static void Record(long started, string operation) =>
        SecurityMetrics.PasswordHashDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("operation", operation));
}
