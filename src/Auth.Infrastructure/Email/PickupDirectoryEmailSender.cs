using System.Globalization;
using Auth.Application.Abstractions.Messaging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Auth.Infrastructure.Email;

/// <summary>
/// Delivers by writing one RFC 5322 <c>.eml</c> file per message. Files are named by UTC time then a random
/// suffix, so a directory listing sorts by send time, and appear whole: they are written under a temporary name
/// that readers of <c>*.eml</c> ignore, then renamed.
/// </summary>
internal sealed partial class PickupDirectoryEmailSender(
    IOptions<EmailOptions> options, TimeProvider time, ILogger<PickupDirectoryEmailSender> logger) : IEmailSender
{
    // RFC 5322 lines end in CRLF whatever the platform's convention.
    private static readonly FormatOptions Format = CreateFormat();

    public string DirectoryPath { get; } = Path.GetFullPath(options.Value.PickupDirectory);

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var mime = MimeMessageFactory.Create(message, options.Value.From, now);
        mime.Prepare(EncodingConstraint.EightBit);

        var name = string.Create(CultureInfo.InvariantCulture, $"{now.UtcDateTime:yyyyMMdd'T'HHmmssfffffff'Z'}-{Guid.NewGuid():N}");
        var finalPath = Path.Combine(DirectoryPath, name + ".eml");
        var temporaryPath = Path.Combine(DirectoryPath, "." + name + ".tmp");

        try
        {
            Directory.CreateDirectory(DirectoryPath);
            await using (var stream = new FileStream(temporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true))
            {
                await mime.WriteToAsync(Format, stream, cancellationToken).ConfigureAwait(false);
            }

            File.Move(temporaryPath, finalPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temporaryPath)) File.Delete(temporaryPath);
            throw new EmailDeliveryException($"Could not write to the pickup directory {DirectoryPath}.", ex);
        }

        LogWritten(logger, finalPath);
    }

    private static FormatOptions CreateFormat()
    {
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        return format;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email written to pickup file {Path}")]
    private static partial void LogWritten(ILogger logger, string path);
}
