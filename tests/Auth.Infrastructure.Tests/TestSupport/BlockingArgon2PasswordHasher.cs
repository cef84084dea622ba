using System.Security.Cryptography;
using Auth.Infrastructure.Security.Passwords;
using Microsoft.Extensions.Options;

namespace Auth.Infrastructure.Tests.TestSupport;

/// <summary>
/// Keeps the shared hasher behaviour but replaces Argon2 by a hook that counts how many computations overlap
/// and holds each one until the test releases them.
/// </summary>
internal sealed class BlockingArgon2PasswordHasher(IOptions<PasswordHashingOptions> options) : Argon2PasswordHasher(options)
{
    private readonly ManualResetEventSlim _release = new(initialState: false);
    private readonly SemaphoreSlim _entered = new(0);
    private int _running;
    private int _maxRunning;
    private int _started;

    public int MaxRunning => Volatile.Read(ref _maxRunning);

    public int Started => Volatile.Read(ref _started);

    public Task<bool> WaitUntilEnteredAsync() => _entered.WaitAsync(TimeSpan.FromSeconds(10));

    public void ReleaseAll() => _release.Set();

    protected override void Derive(byte[] password, byte[] salt, Argon2Cost cost, byte[] output)
    {
        Interlocked.Increment(ref _started);
        var running = Interlocked.Increment(ref _running);
        InterlockedMax(ref _maxRunning, running);
        _entered.Release();

        _release.Wait(TimeSpan.FromSeconds(10));
        SHA256.HashData([.. password, .. salt]).AsSpan(0, output.Length).CopyTo(output);
        Interlocked.Decrement(ref _running);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _release.Dispose();
            _entered.Dispose();
        }

        base.Dispose(disposing);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
