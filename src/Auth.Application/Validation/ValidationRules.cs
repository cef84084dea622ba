using Auth.Application.Users.Passwords;
using Auth.Domain.Users;
using FluentValidation;

namespace Auth.Application.Validation;

/// <summary>The field rules every use case shares, so an email or a password is judged the same everywhere.</summary>
public static class ValidationRules
{
    public static IRuleBuilderOptions<T, string> ValidEmail<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Email is required.")
            .Must(email => EmailAddress.Create(email).IsSuccess).WithMessage("Email is not a valid address.");

    /// <summary>A new password: length and the common-password list.</summary>
    public static IRuleBuilderOptions<T, string> ValidNewPassword<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Password is required.")
            .Length(PasswordRules.MinLength, PasswordRules.MaxLength)
            .WithMessage($"Password must be {PasswordRules.MinLength}–{PasswordRules.MaxLength} characters.")
            .Must(password => !CommonPasswords.Contains(password)).WithMessage("This password is too common; choose another.");

    /// <summary>A password presented for checking: only bounded, so no huge input reaches the hasher.</summary>
    public static IRuleBuilderOptions<T, string> PresentedPassword<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Password is required.")
            .MaximumLength(PasswordRules.MaxLength).WithMessage($"Password must be at most {PasswordRules.MaxLength} characters.");

    public static IRuleBuilderOptions<T, string> ValidName<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(name => PersonName.Create(name).IsSuccess)
            .WithMessage($"Name must be 1–{PersonName.MaxLength} characters without control characters.");

    public static IRuleBuilderOptions<T, string> ValidOtpCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Code is required.")
            .Length(4, 12).Matches("^[0-9]+$").WithMessage("Code must be digits only.");

    public static IRuleBuilderOptions<T, string> ValidOpaqueToken<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Token is required.")
            .MaximumLength(256).Matches("^[A-Za-z0-9_-]+$").WithMessage("Token is malformed.");
}
