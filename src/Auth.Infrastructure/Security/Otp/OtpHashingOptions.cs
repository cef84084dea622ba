namespace Auth.Infrastructure.Security.Otp;

/// <summary>Bound from <c>Auth:Otp</c>. Without a <see cref="HashKey"/> one is generated and persisted.</summary>
internal sealed class OtpHashingOptions
{
    public const string SectionName = "Auth:Otp";

    public const int MinKeyBytes = 32;

    /// <summary>Base64 of at least <see cref="MinKeyBytes"/> random bytes.</summary>
    public string? HashKey { get; set; }

    public override string ToString() => $"OtpHashingOptions {{ HashKey = {(HashKey is null ? "(generated)" : "***")} }}";
}
