using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FactMiner.Web;

/// <summary>The review page: a queue of open flags with their evidence, one key per decision, undo and the audit trail.</summary>
public static class ReviewWebHost
{
    /// <summary>Builds the page's web application on the store; throws <see cref="ReviewWebSetupException"/> listing every problem with the options.</summary>
    public static WebApplication Build(ReviewWebOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems();
        if (problems.Count > 0)
        {
            throw new ReviewWebSetupException(problems);
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(ReviewWebHost).Assembly.GetName().Name,
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        // JSON escapes <, > and & as \u003C, \u003E, \u0026: document text can never close a tag, whatever reads it.
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Encoder = JavaScriptEncoder.Default);
        builder.Services.AddSingleton(_ => new ReviewStore(options.DbPath, timeProvider));
        builder.AddReviewSecurity(options);

        var app = builder.Build();
        // Open the store now, so a broken file fails the start rather than the first request; the container disposes it.
        app.Services.GetRequiredService<ReviewStore>();
        app.UseReviewSecurity(options);
        app.MapPageEndpoints();
        var api = app.MapGroup("/api");
        api.MapQueueEndpoints();
        api.MapDecisionEndpoints();
        return app;
    }
}
