using FactMiner.Core.Review;

namespace FactMiner.Web;

/// <summary>Turns the page's filter fields into a listing filter; blank fields mean any.</summary>
internal static class QueueFilter
{
    public static readonly string[] Statuses = ["open", "deferred", "resolved", "all"];

    public static ListingFilter? From(string? status, string? subject, string? attribute, string? rule, List<string> problems)
    {
        var chosen = string.IsNullOrWhiteSpace(status) ? "open" : status.Trim();
        if (!Statuses.Contains(chosen))
        {
            problems.Add($"status '{chosen}' is not one of {string.Join(", ", Statuses)}");
            return null;
        }

        return new ListingFilter { Status = chosen, Subject = Blank(subject), Attribute = Blank(attribute), Rule = Blank(rule) };
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
