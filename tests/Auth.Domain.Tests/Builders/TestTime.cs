namespace Auth.Domain.Tests.Builders;

/// <summary>The fixed instant every test starts from; later moments are offsets of it, never the wall clock.</summary>
internal static class TestTime
{
    public static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);
}
