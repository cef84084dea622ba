namespace Auth.Infrastructure.Email;

/// <summary>Bound from <c>Email:Smtp</c>.</summary>
internal sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? Username { get; set; }

    public string? Password { get; set; }

    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;

    /// <summary>The whole delivery (connect, authenticate, send) must finish within this time.</summary>
    public int TimeoutSeconds { get; set; } = 10;

    public override string ToString() =>
        $"SmtpOptions {{ Host = {Host}, Port = {Port}, Username = {Username}, Password = {(Password is null ? "(none)" : "***")}, Security = {Security}, TimeoutSeconds = {TimeoutSeconds} }}";
}
