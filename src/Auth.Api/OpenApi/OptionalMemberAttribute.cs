namespace Auth.Api.OpenApi;

/// <summary>A request member a client may leave out (the OpenAPI document does not list it as required).</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class OptionalMemberAttribute : Attribute;
