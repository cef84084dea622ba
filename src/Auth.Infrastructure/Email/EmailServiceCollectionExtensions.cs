using Auth.Application.Abstractions.Messaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Auth.Infrastructure.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>
    /// The <see cref="IEmailSender"/> chosen by <c>Email:Provider</c>: <c>Pickup</c> (default) or <c>Smtp</c>, and the
    /// <see cref="IMailOutbox"/> that commands store mail in (the durable outbox of the configured database), delivered
    /// in the background by <see cref="MailDispatcher"/> unless <c>Email:Delivery:Dispatch</c> is false. The outbox keeps
    /// its own times on the system clock: its leases and retries are about real waits, whatever clock the rules use.
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
        services.AddSingleton<MailDispatchSignal>();
        services.AddSingleton<MailBacklogGauge>();
        services.AddScoped<IMailOutbox>(sp => ActivatorUtilities.CreateInstance<MailOutbox>(sp, TimeProvider.System));
        services.AddScoped<IUndeliveredMailLog, UndeliveredMailLog>();
        if (configuration.GetValue($"{EmailOptions.SectionName}:Delivery:{nameof(EmailDeliveryOptions.Dispatch)}", defaultValue: true))
            services.AddHostedService(sp => ActivatorUtilities.CreateInstance<MailDispatcher>(sp, TimeProvider.System));
        return services;
    }
}
