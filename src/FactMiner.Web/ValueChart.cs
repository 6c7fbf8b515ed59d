using FactMiner.Core.Review;

namespace FactMiner.Web;

/// <summary>
/// Draws every known value of one (subject, attribute) as SVG: numeric values as intervals on one axis, one row each,
/// the flag's own claims marked; categorical values as dots per category.
/// </summary>
internal static class ValueChart
{
    public const string FlaggedColour = "#c2410c";
    private const int Width = 720;
    private const int LabelWidth = 240;
    private const int ValueWidth = 90;
    private const int RowHeight = 18;
    private const int Header = 26;
    private const int Footer = 50;
    private const int MaxRows = 36;

    public static string Render(string subject, string attribute, IReadOnlyList<KnownValue> values, IReadOnlySet<long> flagClaims)
    {
        var numeric = values.Where(v => v.SiLow is not null && v.SiHigh is not null).ToList();
        return numeric.Count > 0
            ? Numeric(subject, attribute, numeric, flagClaims)
            : Categorical(subject, attribute, [.. values.Where(v => v.Category is not null)], flagClaims);
    }

    private static string Numeric(string subject, string attribute, List<KnownValue> values, IReadOnlySet<long> flagClaims)
    {
        var scale = DisplayScale.For(values[0].SiUnit, attribute, values.Max(v => Math.Abs(v.SiHigh!.Value)));
        var ordered = values.OrderBy(v => v.SiLow).ThenBy(v => v.SiHigh).ToList();
        // Past MaxRows, the flag's claims keep their rows and the rest share one band, so a key with hundreds of values stays legible.
        var crowded = ordered.Count > MaxRows;
        var rows = crowded ? ordered.Where(v => flagClaims.Contains(v.RowId)).ToList() : ordered;
        var others = crowded ? ordered.Where(v => !flagClaims.Contains(v.RowId)).ToList() : [];
        var rowCount = rows.Count + (crowded ? 1 : 0);
        var height = Header + (rowCount * RowHeight) + Footer;
        var unit = scale.Unit.Length > 0 ? $" ({scale.Unit})" : string.Empty;
        var svg = new SvgBuilder(Width, height, $"{subject}, {attribute}: {values.Count} known values");
        svg.Text(8, 16, $"{subject} \u00b7 {attribute}{unit} \u00b7 {values.Count} value{(values.Count == 1 ? "" : "s")}", bold: true, size: 12);

        var axis = new ChartAxis(
            values.Min(v => scale.Show(v.SiLow!.Value)), values.Max(v => scale.Show(v.SiHigh!.Value)), LabelWidth, Width - LabelWidth - ValueWidth);
        var bottom = Header + (rowCount * RowHeight);
        foreach (var tick in axis.Ticks())
        {
            var x = axis.X(tick);
            svg.Line(x, Header - 4, x, bottom, "#e5e7eb").Line(x, bottom, x, bottom + 4, "#6b7280")
               .Text(x, bottom + 15, ValueText.Rounded(tick), "#4b5563", "middle");
        }

        svg.Line(LabelWidth, bottom, Width - ValueWidth, bottom, "#6b7280");
        if (axis.IsLog)
        {
            svg.Text(Width - ValueWidth, bottom + 28, "log scale", "#6b7280", "end");
        }

        var y = Header + (RowHeight / 2.0);
        foreach (var value in rows)
        {
            var mine = flagClaims.Contains(value.RowId);
            var label = value.Qualifiers.IsEmpty ? value.ClaimId : $"{value.ClaimId} ({string.Join(", ", value.Qualifiers)})";
            svg.Text(LabelWidth - 8, y + 4, Shorten(label, 31), mine ? FlaggedColour : "#374151", "end", bold: mine);
            Interval(svg, axis, scale, value, y, mine, 1);
            svg.Text(Width - ValueWidth + 8, y + 4, Shown(scale, value), mine ? FlaggedColour : "#374151", bold: mine);
            y += RowHeight;
        }

        if (crowded)
        {
            svg.Text(LabelWidth - 8, y + 4, $"{others.Count} other values", "#374151", "end");
            foreach (var value in others)
            {
                Interval(svg, axis, scale, value, y, mine: false, opacity: 0.35);
            }
        }

        Legend(svg, bottom + 40);
        return svg.ToString();
    }

    private static void Interval(SvgBuilder svg, ChartAxis axis, DisplayScale scale, KnownValue value, double y, bool mine, double opacity)
    {
        var (colour, dashed) = Style(value, mine);
        var x1 = axis.X(scale.Show(value.SiLow!.Value));
        var x2 = axis.X(scale.Show(value.SiHigh!.Value));
        var title = $"{value.ClaimId}: {Shown(scale, value)} ({value.Status}{(value.InOpenFlag ? ", flagged" : string.Empty)})";
        if (x2 - x1 < 2)
        {
            svg.Circle(x1, y, mine ? 5 : 3.5, colour, title);
        }
        else
        {
            svg.Bar(x1, x2, y, mine ? 7 : 5, colour, dashed, title, opacity);
        }
    }

    private static string Categorical(string subject, string attribute, List<KnownValue> values, IReadOnlySet<long> flagClaims)
    {
        var groups = values.GroupBy(v => v.Category!).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        var height = Header + (Math.Max(groups.Count, 1) * RowHeight) + Footer;
        var svg = new SvgBuilder(Width, height, $"{subject}, {attribute}: {values.Count} known values");
        svg.Text(8, 16, $"{subject} \u00b7 {attribute} \u00b7 {values.Count} value{(values.Count == 1 ? "" : "s")}", bold: true, size: 12);
        var y = Header + (RowHeight / 2.0);
        foreach (var group in groups)
        {
            var mine = group.Any(v => flagClaims.Contains(v.RowId));
            svg.Text(LabelWidth - 8, y + 4, Shorten(group.Key, 30), mine ? FlaggedColour : "#374151", "end", bold: mine);
            var x = LabelWidth + 6.0;
            foreach (var value in group.OrderByDescending(v => flagClaims.Contains(v.RowId)).Take(40))
            {
                var isMine = flagClaims.Contains(value.RowId);
                svg.Circle(x, y, isMine ? 5 : 4, Style(value, isMine).Colour, $"{value.ClaimId} ({value.Status})");
                x += 12;
            }

            svg.Text(x + 4, y + 4, group.Count().ToString(System.Globalization.CultureInfo.InvariantCulture), "#4b5563");
            y += RowHeight;
        }

        Legend(svg, height - 12);
        return svg.ToString();
    }

    private static void Legend(SvgBuilder svg, double y)
    {
        var x = 8.0;
        foreach (var (label, colour) in new[] { ("this flag", FlaggedColour), ("other open flag", "#d97706"), ("accepted", "#15803d"), ("pending", "#2563eb"), ("rejected", "#9ca3af") })
        {
            svg.Circle(x + 4, y - 4, 4, colour).Text(x + 12, y, label, "#4b5563");
            x += 22 + (label.Length * 6.2);
        }
    }

    private static (string Colour, bool Dashed) Style(KnownValue value, bool mine) => value switch
    {
        _ when mine => (FlaggedColour, value.Status == "rejected"),
        { Status: "rejected" } => ("#9ca3af", true),
        { InOpenFlag: true } => ("#d97706", false),
        { Status: "accepted" or "corrected" } => ("#15803d", false),
        _ => ("#2563eb", false),
    };

    private static string Shown(DisplayScale scale, KnownValue value) =>
        ValueText.Range(scale.Show(value.SiLow!.Value), scale.Show(value.SiHigh!.Value), scale.Unit.Length > 0 ? scale.Unit : null, rounded: true) ?? string.Empty;

    private static string Shorten(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "\u2026");
}
