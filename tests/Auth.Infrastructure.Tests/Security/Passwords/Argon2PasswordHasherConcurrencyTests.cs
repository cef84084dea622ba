using Auth.Infrastructure.Tests.TestSupport;

namespace Auth.Infrastructure.Tests.Security.Passwords;

public sealed class Argon2PasswordHasherConcurrencyTests
{
    [Fact]
    public async Task Hashing_WithMaxConcurrencyOne_QueuesTheSecondCallerUntilTheFirstFinishes()
    {
        using var hasher = new BlockingArgon2PasswordHasher(Argon2TestOptions.Fast(maxConcurrency: 1));

        var first = Task.Run(() => hasher.HashAsync("first", CancellationToken.None).AsTask());
        Assert.True(await hasher.WaitUntilEnteredAsync());

        // The slot is taken: the second call must return at once, waiting asynchronously without computing.
        var second = hasher.HashAsync("second", CancellationToken.None).AsTask();
        var third = hasher.VerifyAsync("third", null, CancellationToken.None).AsTask();
        Assert.False(second.IsCompleted);
        Assert.False(third.IsCompleted);
        Assert.Equal(1, hasher.Started);

        hasher.ReleaseAll();
        await Task.WhenAll(first, second, third);

        Assert.Equal(3, hasher.Started);
        Assert.Equal(1, hasher.MaxRunning);
    }

    [Fact]
    public async Task Hashing_WithMaxConcurrencyTwo_RunsTwoAtOnceAndQueuesTheThird()
    {
        using var hasher = new BlockingArgon2PasswordHasher(Argon2TestOptions.Fast(maxConcurrency: 2));

        var first = Task.Run(() => hasher.HashAsync("first", CancellationToken.None).AsTask());
        var second = Task.Run(() => hasher.HashAsync("second", CancellationToken.None).AsTask());
        Assert.True(await hasher.WaitUntilEnteredAsync());
        Assert.True(await hasher.WaitUntilEnteredAsync());

        var third = hasher.HashAsync("third", CancellationToken.None).AsTask();
        Assert.False(third.IsCompleted);
        Assert.Equal(2, hasher.Started);

        hasher.ReleaseAll();
        await Task.WhenAll(first, second, third);
        Assert.Equal(2, hasher.MaxRunning);
    }

    [Fact]
    public async Task ACallerWaitingForASlot_CanGiveUp_WithoutTakingTheSlot()
    {
        using var hasher = new BlockingArgon2PasswordHasher(Argon2TestOptions.Fast(maxConcurrency: 1));
        var first = Task.Run(() => hasher.HashAsync("first", CancellationToken.None).AsTask());
        Assert.True(await hasher.WaitUntilEnteredAsync());

        using var cancellation = new CancellationTokenSource();
        var waiting = hasher.HashAsync("second", cancellation.Token).AsTask();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        hasher.ReleaseAll();
        await first;
        Assert.NotNull(await hasher.HashAsync("third", CancellationToken.None));
        Assert.Equal(2, hasher.Started);
    }
}
