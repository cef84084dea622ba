namespace Auth.Api.RateLimiting;

/// <summary>A request body that names an account by email: its route is limited per account as well as per IP.</summary>
internal interface IAccountRequest
{
    string? Email { get; }
}
