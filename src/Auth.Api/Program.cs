using System.Text.Json.Serialization;
using Auth.Api.Audit;
using Auth.Api.Authentication;
using Auth.Api.Configuration;
using Auth.Api.Endpoints;
using Auth.Api.Errors;
using Auth.Api.Health;
using Auth.Api.OpenApi;
using Auth.Api.Pages;
using Auth.Api.RateLimiting;
using Auth.Api.Security;
using Auth.Api.Telemetry;
using Auth.Api.WellKnown;
using Auth.Application;
using Auth.Infrastructure;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(AuthSettingsReader.Read(builder.Configuration));
builder.Services.AddApplication();
builder.Services.AddMediatorPipeline();
builder.Services.AddAuditRequestContext();
builder.Services.AddInfrastructure(builder.Configuration);

builder.Services.AddAuthProblemDetails();
builder.Services.AddBearerAuthentication();
builder.Services.AddAuthRateLimiting(builder.Configuration);
builder.Services.AddTrustedForwardedHeaders(builder.Configuration);
builder.Services.AddHealthChecks();
builder.Services.AddAuthTelemetry(builder.Configuration);
builder.Services.AddAuthOpenApi();
builder.Services.AddAccountPages(builder.Configuration);
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.ConfigureHttpJsonOptions(options =>
{
    options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
    options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
});

var app = builder.Build();

app.UseTrustedForwardedHeaders(app.Configuration);
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseMiddleware<RequestSizeLimitMiddleware>();
app.UseAuthentication();
app.UseAuthorization();

if (OpenApiSetup.IsEnabled(app.Configuration)) app.MapOpenApi();
if (app.Environment.IsDevelopment()) app.MapScalarApiReference();

app.MapAuthEndpoints();
app.MapMeEndpoints();
app.MapAdminEndpoints();
app.MapJwks();
app.MapOpenIdConfiguration();
app.MapHealthEndpoints();
app.MapAuthTelemetry(app.Configuration);
app.MapAccountPages();

app.Run();

/// <summary>The entry point, visible to the API tests' WebApplicationFactory.</summary>
public partial class Program;
