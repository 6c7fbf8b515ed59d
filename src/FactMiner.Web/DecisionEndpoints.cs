using FactMiner.Core.Review;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FactMiner.Web;

/// <summary>What the page changes, every POST behind the anti-forgery check: one decision, undo, and one decision for a filtered set.</summary>
internal static class DecisionEndpoints
{
    /// <summary>A bulk decision touches at most this many flags; more is a job for the CLI.</summary>
    public const int BulkLimit = 5000;

    public static void MapDecisionEndpoints(this RouteGroupBuilder api)
    {
        var decide = api.MapGroup(string.Empty).RequireAntiforgery();

        decide.MapPost("/flags/{id:long}/decision", (ReviewStore store, long id, DecisionRequest request) =>
        {
            var problems = new List<string>();
            var decision = request.ToDecision(id, problems);
            return problems.Count > 0 ? Refused(problems) : Apply(() => store.Review((service, _) => service.Decide(decision)));
        });

        decide.MapPost("/undo", (ReviewStore store, UndoRequest request) =>
            string.IsNullOrWhiteSpace(request.By)
                ? Refused(["say who undoes (the reviewer's name)"])
                : Apply(() => store.Review((service, _) => service.UndoLast(request.By.Trim(), string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim()))));

        decide.MapPost("/bulk", (ReviewStore store, BulkRequest request) =>
        {
            var problems = new List<string>();
            var filter = QueueFilter.From(request.Status, request.Subject, request.Attribute, request.Rule, problems);
            if (request.Action is not ("defer" or "keep-all"))
            {
                problems.Add("the bulk action is 'defer' or 'keep-all'");
            }

            if (string.IsNullOrWhiteSpace(request.By))
            {
                problems.Add("say who decides (the reviewer's name)");
            }

            return problems.Count > 0 || filter is null ? Refused(problems) : Apply(() => store.Review((service, s) => Bulk(service, s, filter, request)));
        });
    }

    private static object Bulk(ReviewService service, Core.Storage.SqliteFactStore store, ListingFilter filter, BulkRequest request)
    {
        var count = ReviewQueries.CountFlags(store, filter);
        if (count != request.Expected)
        {
            throw new ReviewException([$"the filter now matches {count} flags, not the {request.Expected} you confirmed: look again and confirm"]);
        }

        if (count > BulkLimit)
        {
            throw new ReviewException([$"{count} flags is more than {BulkLimit} at once: narrow the filter, or use 'factminer review' in a script"]);
        }

        // Read the whole set first: deciding changes statuses, which would shift a status-filtered page under our feet.
        var flags = ReviewQueries.Flags(store, filter with { Limit = BulkLimit });
        var decided = 0;
        var failed = new List<string>();
        foreach (var flag in flags)
        {
            var claims = ReviewQueries.ClaimsOfFlag(store, flag.Id).Select(c => c.RowId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            try
            {
                // Each flag is its own decision in the audit log, so one refused flag does not hold back the others.
                service.Decide(new ReviewDecision(flag.Id, request.By!.Trim())
                {
                    Defer = request.Action == "defer",
                    Accept = request.Action == "keep-all" ? [.. claims] : [],
                    Note = string.IsNullOrWhiteSpace(request.Note) ? $"bulk {request.Action}" : request.Note.Trim(),
                });
                decided++;
            }
            catch (ReviewException e)
            {
                failed.Add($"{flag.Label}: {string.Join("; ", e.Problems)}");
            }
        }

        return new { decided, failed };
    }

    private static IResult Apply<T>(Func<T> work)
    {
        try
        {
            return Results.Ok(work());
        }
        catch (ReviewException e)
        {
            return Refused(e.Problems);
        }
    }

    private static IResult Refused(IReadOnlyList<string> problems) =>
        Results.Json(new ProblemList(problems), statusCode: StatusCodes.Status400BadRequest);
}
