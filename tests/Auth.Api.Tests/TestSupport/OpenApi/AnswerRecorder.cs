using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Auth.Api.Tests.TestSupport.OpenApi;

/// <summary>
/// Outermost middleware of every test host: keeps a copy of each answer (status, content type, body) so that
/// <see cref="OpenApiConformance"/> can check it against the service's own OpenAPI document when the factory ends.
/// </summary>
public sealed class AnswerRecorder : IStartupFilter
{
    private readonly ConcurrentQueue<RecordedAnswer> _answers = new();

    public IReadOnlyCollection<RecordedAnswer> Answers => _answers;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, following) =>
        {
            var original = context.Response.Body;
            using var copy = new MemoryStream();
            context.Response.Body = copy;
            try
            {
                await following(context);
            }
            finally
            {
                context.Response.Body = original;
                var request = context.Request;
                _answers.Enqueue(new RecordedAnswer(
                    request.Method, $"{request.PathBase}{request.Path}", context.Response.StatusCode, context.Response.ContentType,
                    Encoding.UTF8.GetString(copy.GetBuffer(), 0, (int)copy.Length)));
                copy.Position = 0;
                await copy.CopyToAsync(original);
            }
        });
        next(app);
    };
}
