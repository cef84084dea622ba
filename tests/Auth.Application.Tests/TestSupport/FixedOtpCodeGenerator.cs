using Auth.Application.Abstractions.Security;

namespace Auth.Application.Tests.TestSupport;

/// <summary>Always hands out <see cref="Code"/>, so a test knows what the mail carries.</summary>
public sealed class FixedOtpCodeGenerator : IOtpCodeGenerator
{
    public const string DefaultCode = "123456";

    public string Code { get; set; } = DefaultCode;

    public string Generate(int length) => Code;
}
