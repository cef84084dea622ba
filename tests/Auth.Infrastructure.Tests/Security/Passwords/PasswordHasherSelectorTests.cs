using Auth.Infrastructure.Security.Passwords;
using Auth.Infrastructure.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace Auth.Infrastructure.Tests.Security.Passwords;

public sealed class PasswordHasherSelectorTests
{
    [Fact]
    public void Selection_WhereLibsodiumLoads_UsesLibsodium()
    {
        Assert.True(SodiumArgon2PasswordHasher.IsAvailable());

        var hasher = new PasswordHasherSelector(Argon2TestOptions.Fast(), NullLogger<PasswordHasherSelector>.Instance).Create();

        Assert.IsType<SodiumArgon2PasswordHasher>(hasher);
    }

    [Fact]
    public void Selection_WithMoreThanOneLane_UsesTheManagedHasher()
    {
        var hasher = new PasswordHasherSelector(Argon2TestOptions.Fast(parallelism: 2), NullLogger<PasswordHasherSelector>.Instance).Create();

        Assert.IsType<IsopohArgon2PasswordHasher>(hasher);
    }
}
