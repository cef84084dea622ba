namespace Auth.Infrastructure.Email;

internal enum SmtpSecurity
{
    None,
    StartTls,
    SslOnConnect,

    /// <summary>TLS on connect for port 465, otherwise STARTTLS when the server offers it.</summary>
    Auto,
}
