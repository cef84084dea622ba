namespace Auth.Api.Tests.TestSupport.OpenApi;

/// <summary>One answer the service gave during a test, as a client saw it.</summary>
public sealed record RecordedAnswer(string Method, string Path, int Status, string? ContentType, string Body)
{
    public override string ToString() => $"{Method} {Path} → {Status}{(ContentType is null ? "" : $" ({ContentType})")}";
}
