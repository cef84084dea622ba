using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Auth.Api.Tests.Pages;

/// <summary>
/// An app that sends its people to the hosted pages to sign in (<c>?returnTo=</c>): a real HTTP server on 127.0.0.1
/// whose <c>/callback</c> exchanges the one-time code at the service, reads <c>/users/me</c> with the access token it
/// got, and greets the person by their email, with the <c>state</c> it was given back.
/// </summary>
internal sealed class FakeApp : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _service = new();

    private FakeApp()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapGet("/callback", CallbackAsync);
    }

    public Uri CallbackUri { get; private set; } = null!;

    /// <summary>The service the app trusts; set once it runs.</summary>
    public Uri? ServiceAddress { get; set; }

    public static async Task<FakeApp> StartAsync()
    {
        var app = new FakeApp();
        await app._app.StartAsync();
        app.CallbackUri = new Uri(app._app.Urls.Single().TrimEnd('/') + "/callback");
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _service.Dispose();
    }

    private async Task<IResult> CallbackAsync(string? code, string? state)
    {
        using var exchanged = await _service.PostAsJsonAsync(new Uri(ServiceAddress!, "/api/v1/auth/oauth/exchange"), new { code });
        if (exchanged.StatusCode != HttpStatusCode.OK) return Page($"The exchange failed: {(int)exchanged.StatusCode}");
        var accessToken = JsonNode.Parse(await exchanged.Content.ReadAsStringAsync())!["accessToken"]!.GetValue<string>();

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(ServiceAddress!, "/api/v1/users/me"));
        request.Headers.Authorization = new("Bearer", accessToken);
        using var me = await _service.SendAsync(request);
        var email = JsonNode.Parse(await me.Content.ReadAsStringAsync())!["email"]!.GetValue<string>();
        return Page($"Signed in to the app as {email} (state {state})");
    }

    private static IResult Page(string text) =>
        Results.Content($"<!doctype html><title>App</title><p id=\"app\">{WebUtility.HtmlEncode(text)}</p>", "text/html; charset=utf-8");
}
