using MimeKit;

namespace Auth.Infrastructure.Email;

/// <summary>Bound from <c>Email</c>.</summary>
internal sealed class EmailOptions
{
    public const string SectionName = "Email";

    public EmailProvider Provider { get; set; } = EmailProvider.Pickup;

    public string From { get; set; } = "Auth <no-reply@localhost>";

    public string PickupDirectory { get; set; } = "./.data/mail";

    public SmtpOptions Smtp { get; set; } = new();

    public EmailDeliveryOptions Delivery { get; set; } = new();

    internal IEnumerable<string> Problems()
    {
        if (!MailboxAddress.TryParse(From, out _)) yield return $"{SectionName}:From is not a mailbox address.";
        foreach (var problem in Delivery.Problems($"{SectionName}:Delivery")) yield return problem;
        if (Provider == EmailProvider.Pickup && string.IsNullOrWhiteSpace(PickupDirectory))
            yield return $"{SectionName}:PickupDirectory is required for the Pickup provider.";
        if (Provider != EmailProvider.Smtp) yield break;
        if (string.IsNullOrWhiteSpace(Smtp.Host)) yield return $"{SectionName}:Smtp:Host is required for the Smtp provider.";
        if (Smtp.Port is < 1 or > 65535) yield return $"{SectionName}:Smtp:Port must be between 1 and 65535.";
        if (Smtp.TimeoutSeconds < 1) yield return $"{SectionName}:Smtp:TimeoutSeconds must be at least 1.";
    }
}
