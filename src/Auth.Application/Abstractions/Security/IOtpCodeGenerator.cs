namespace Auth.Application.Abstractions.Security;

/// <summary>Numeric one-time codes from a cryptographic random source.</summary>
public interface IOtpCodeGenerator
{
    string Generate(int length);
}
