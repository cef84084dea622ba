using Microsoft.Extensions.Time.Testing;

namespace Auth.TestSupport;

/// <summary>
/// Fake clocks for tests whose code under test meets real-time machinery: an HTTP client's cookie jar, a database
/// server (a MongoDB TTL index deletes what expired by the server's clock), certificates, caches. Such a clock starts at
/// the real current time, so a test passes on any date; a fixed calendar date there is a time bomb that goes off once
/// the calendar passes it. Pure domain and handler tests may keep fixed dates: nothing real compares with them.
/// </summary>
public static class TestClock
{
    /// <summary>The current UTC time in whole seconds (what every store and token keeps without rounding).</summary>
    public static DateTimeOffset Now()
    {
        var now = DateTimeOffset.UtcNow;
        return new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
    }

    /// <summary>A fake clock that starts now and moves only when the test advances it.</summary>
    public static FakeTimeProvider StartingNow() => new(Now());
}
