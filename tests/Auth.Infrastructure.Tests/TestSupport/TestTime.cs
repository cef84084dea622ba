namespace Auth.Infrastructure.Tests.TestSupport;

/// <summary>The fixed instant the infrastructure tests' fake clocks start from, unless they meet real time (see <see cref="Auth.TestSupport.TestClock"/>).</summary>
internal static class TestTime
{
    public static readonly DateTimeOffset Epoch = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);
}
