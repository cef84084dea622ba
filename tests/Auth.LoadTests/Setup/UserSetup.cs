using Auth.LoadTests.Running;
using Auth.TestSupport.Email;

namespace Auth.LoadTests.Setup;

/// <summary>
/// Creates N verified users the way a person would: sign up, read the code from the pickup folder, verify.
/// Addresses carry a run id, so runs against the same database never collide.
/// </summary>
internal static class UserSetup
{
    public static async Task<IReadOnlyList<LoadUser>> CreateVerifiedUsersAsync(
        AuthClient client, LoadOptions options, TextWriter log, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var runId = Guid.NewGuid().ToString("N")[..10];
        var users = Enumerable.Range(0, options.Users)
            .Select(i => new LoadUser($"load-{runId}-{i}@example.com", options.Password))
            .ToList();

        await ForEachAsync(users, options.SetupConcurrency, async user =>
        {
            var outcome = await client.SignUpAsync("Load Test", user.Email, user.Password, ct).ConfigureAwait(false);
            if (!outcome.Ok) throw new InvalidOperationException($"Sign-up of {user.Email} answered {outcome.ErrorKey}.");
        }).ConfigureAwait(false);

        var codes = await new Mailbox(options.MailDirectory!)
            .WaitForLatestCodesAsync(users.Select(u => u.Email).ToList(), Mailbox.EmailVerificationSubject, TimeSpan.FromSeconds(30), ct)
            .ConfigureAwait(false);
        if (codes.Count != users.Count)
            throw new InvalidOperationException(
                $"Found {codes.Count} of {users.Count} verification codes in {options.MailDirectory}: is it the service's Email:PickupDirectory?");

        await ForEachAsync(users, options.SetupConcurrency, async user =>
        {
            var outcome = await client.VerifyEmailAsync(user.Email, codes[user.Email], ct).ConfigureAwait(false);
            if (!outcome.Ok) throw new InvalidOperationException($"Verification of {user.Email} answered {outcome.ErrorKey}.");
        }).ConfigureAwait(false);

        await log.WriteLineAsync($"setup: {users.Count} users signed up and verified (run {runId})").ConfigureAwait(false);
        return users;
    }

    private static Task ForEachAsync<T>(IEnumerable<T> items, int concurrency, Func<T, Task> action) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (item, _) => await action(item).ConfigureAwait(false));
}
