using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace FactMiner.Web;

/// <summary>Writes an SVG image; every piece of text passes through the HTML encoder (valid XML escapes), so document text stays text.</summary>
internal sealed class SvgBuilder
{
    private readonly StringBuilder svg = new();

    public SvgBuilder(int width, int height, string label)
    {
        svg.Append(CultureInfo.InvariantCulture,
            $"""<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" aria-label="{Encode(label)}" font-family="system-ui, sans-serif" font-size="11">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<rect width="{width}" height="{height}" fill="#ffffff"/>""");
    }

    public SvgBuilder Line(double x1, double y1, double x2, double y2, string stroke, double width = 1, bool dashed = false)
    {
        svg.Append(CultureInfo.InvariantCulture,
            $"""<line x1="{x1:0.#}" y1="{y1:0.#}" x2="{x2:0.#}" y2="{y2:0.#}" stroke="{stroke}" stroke-width="{width:0.#}" stroke-linecap="round"{(dashed ? " stroke-dasharray=\"3 3\"" : string.Empty)}/>""");
        return this;
    }

    public SvgBuilder Circle(double x, double y, double radius, string fill, string? title = null)
    {
        svg.Append(CultureInfo.InvariantCulture, $"""<circle cx="{x:0.#}" cy="{y:0.#}" r="{radius:0.#}" fill="{fill}">""");
        AppendTitle(title);
        svg.Append("</circle>");
        return this;
    }

    public SvgBuilder Bar(double x1, double x2, double y, double thickness, string stroke, bool dashed, string? title, double opacity = 1)
    {
        svg.Append(CultureInfo.InvariantCulture,
            $"""<line x1="{x1:0.#}" y1="{y:0.#}" x2="{x2:0.#}" y2="{y:0.#}" stroke="{stroke}" stroke-width="{thickness:0.#}" stroke-linecap="round" stroke-opacity="{opacity:0.##}"{(dashed ? " stroke-dasharray=\"4 3\"" : string.Empty)}>""");
        AppendTitle(title);
        svg.Append("</line>");
        return this;
    }

    public SvgBuilder Text(double x, double y, string text, string fill = "#1f2937", string anchor = "start", bool bold = false, int size = 11)
    {
        svg.Append(CultureInfo.InvariantCulture,
            $"""<text x="{x:0.#}" y="{y:0.#}" fill="{fill}" text-anchor="{anchor}" font-size="{size}"{(bold ? " font-weight=\"600\"" : string.Empty)}>{Encode(text)}</text>""");
        return this;
    }

    public override string ToString() => svg + "</svg>";

    private void AppendTitle(string? title)
    {
        if (title is not null)
        {
            svg.Append("<title>").Append(Encode(title)).Append("</title>");
        }
    }

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
