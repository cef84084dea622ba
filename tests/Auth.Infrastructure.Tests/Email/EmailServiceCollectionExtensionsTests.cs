using Auth.Application.Abstractions.Messaging;
using Auth.Infrastructure.Email;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Auth.Infrastructure.Tests.Email;

public sealed class EmailServiceCollectionExtensionsTests
{
    [Fact]
    public void WithNoConfiguration_MailGoesToThePickupDirectoryUnderDotData()
    {
        using var provider = Build([]);

        var sender = Assert.IsType<PickupDirectoryEmailSender>(provider.GetRequiredService<IEmailSender>());
        Assert.Equal(Path.GetFullPath("./.data/mail"), sender.DirectoryPath);
    }

    [Fact]
    public void WithTheSmtpProvider_MailGoesThroughSmtp_WithTheDocumentedDefaults()
    {
        using var provider = Build(new() { ["Email:Provider"] = "Smtp", ["Email:Smtp:Host"] = "smtp.example.com" });

        Assert.IsType<SmtpEmailSender>(provider.GetRequiredService<IEmailSender>());
        var options = provider.GetRequiredService<IOptions<EmailOptions>>().Value;
        Assert.Equal(587, options.Smtp.Port);
        Assert.Equal(10, options.Smtp.TimeoutSeconds);
        Assert.Equal("Auth <no-reply@localhost>", options.From);
    }

    [Fact]
    public void WithTheSmtpProviderButNoHost_ConfigurationIsRefused()
    {
        using var provider = Build(new() { ["Email:Provider"] = "Smtp", ["Email:Smtp:Password"] = "hunter2" });

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<EmailOptions>>().Value);

        Assert.Contains("Email:Smtp:Host", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", exception.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddEmail(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());

        // Not validated on build: the outbox and its dispatcher also need the database and the secrets key.
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
