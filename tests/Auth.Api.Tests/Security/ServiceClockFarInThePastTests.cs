namespace Auth.Api.Tests.Security;

/// <summary>The service's clock 25 years behind the browser's.</summary>
public sealed class ServiceClockFarInThePastTests : ServiceClockFarFromTheBrowsersTests
{
    protected override DateTimeOffset ServiceStart => new(2001, 1, 1, 0, 0, 0, TimeSpan.Zero);
}
