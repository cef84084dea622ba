using Auth.Application.Abstractions.Messaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Auth.Infrastructure.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>
    /// The <see cref="IEmailSender"/> chosen by <c>Email:Provider</c>: <c>Pickup</c> (default) or <c>Smtp</c>, and the
    /// <see cref="IMailOutbox"/> that commands queue mail in, delivered in the background by <see cref="MailDispatcher"/>.
    /// </summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<EmailOptions>()
            .Bind(configuration.GetSection(EmailOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<EmailOptions>, EmailOptionsValidator>();

        services.AddSingleton<IEmailSender>(sp =>
            sp.GetRequiredService<IOptions<EmailOptions>>().Value.Provider == EmailProvider.Smtp
                ? ActivatorUtilities.CreateInstance<SmtpEmailSender>(sp)
                : ActivatorUtilities.CreateInstance<PickupDirectoryEmailSender>(sp));
        services.AddSingleton<MailQueue>();
        services.AddScoped<IMailOutbox, MailOutbox>();
        services.AddHostedService<MailDispatcher>();
        return services;
    }
}
