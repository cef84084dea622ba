namespace Auth.Api.Tests.Security;

/// <summary>The service's clock 75 years ahead of the browser's.</summary>
public sealed class ServiceClockFarInTheFutureTests : ServiceClockFarFromTheBrowsersTests
{
    protected override DateTimeOffset ServiceStart => new(2101, 1, 1, 0, 0, 0, TimeSpan.Zero);
}
