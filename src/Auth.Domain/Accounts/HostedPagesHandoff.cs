using Auth.Domain.Primitives;
using Auth.Domain.Users;

namespace Auth.Domain.Accounts;

/// <summary>
/// A person signed in on the hosted pages for an app (<c>returnTo</c>), and the app exchanges the one-time code for a
/// session of its own. The person passed every step on the pages, the second one too, so it is not asked again; only
/// an account deleted meanwhile is refused.
/// </summary>
public static class HostedPagesHandoff
{
    public static Result<SignInStep> Complete(User user, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(user);
        var allowed = user.EnsureCanSignInWithoutPassword(now);
        if (allowed.IsFailure) return allowed.Error!;
        user.RecordSignInWithoutPassword(now);
        return SignInStep.Completed;
    }
}
