using FactMiner.Core.Review;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FactMiner.Web;

/// <summary>What the page reads: the queue a page at a time, one flag's evidence, its charts, filter choices and the last decisions.</summary>
internal static class QueueEndpoints
{
    public const int PageSize = 50;

    public static void MapQueueEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/flags", (ReviewStore store, string? status, string? subject, string? attribute, string? rule, long? after, int? limit) =>
        {
            var problems = new List<string>();
            var filter = QueueFilter.From(status, subject, attribute, rule, problems);
            if (filter is null)
            {
                return Results.Json(new ProblemList(problems), statusCode: StatusCodes.Status400BadRequest);
            }

            var page = filter with { AfterId = after ?? 0, Limit = Math.Clamp(limit ?? PageSize, 1, 500) };
            var (flags, total) = store.Read(s => (ReviewQueries.Flags(s, page), ReviewQueries.CountFlags(s, filter)));
            return Results.Ok(new { total, flags, next = flags.Count == page.Limit ? flags[^1].Id : (long?)null });
        });

        api.MapGet("/flags/{id:long}", (ReviewStore store, long id) =>
        {
            var detail = store.Read(s => ReviewQueries.Flag(s, id) is { } flag ? FlagDetail.From(flag, ReviewQueries.ClaimsOfFlag(s, id)) : null);
            return detail is null
                ? Results.Json(new ProblemList([$"no flag F{id}"]), statusCode: StatusCodes.Status404NotFound)
                : Results.Ok(detail);
        });

        api.MapGet("/chart.svg", (ReviewStore store, long? flag, string? subject, string? attribute) =>
        {
            if (string.IsNullOrWhiteSpace(subject) || string.IsNullOrWhiteSpace(attribute))
            {
                return Results.Json(new ProblemList(["name the subject and the attribute"]), statusCode: StatusCodes.Status400BadRequest);
            }

            var (values, mine) = store.Read(s => (
                ReviewQueries.KnownValues(s, subject, attribute),
                flag is { } id ? ReviewQueries.ClaimsOfFlag(s, id).Select(c => c.RowId).ToHashSet() : []));
            return Results.Text(ValueChart.Render(subject, attribute, values, mine), "image/svg+xml; charset=utf-8");
        });

        api.MapGet("/choices", (ReviewStore store) => Results.Ok(store.Read(s => ReviewQueries.FilterChoices(s))));

        api.MapGet("/decisions", (ReviewStore store, int? limit) =>
            Results.Ok(DecisionView.From(store.Read(s => ReviewQueries.RecentDecisions(s, Math.Clamp(limit ?? 15, 1, 200))))));
    }
}
