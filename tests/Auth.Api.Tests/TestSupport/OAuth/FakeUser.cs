namespace Auth.Api.Tests.TestSupport.OAuth;

/// <summary>Who signs in at the fake provider's consent page. <see cref="Id"/> is digits, as both providers' ids are.</summary>
public sealed record FakeUser(string Id, string Email, bool EmailVerified = true, string Name = "Grace Hopper", string Login = "ghopper");
