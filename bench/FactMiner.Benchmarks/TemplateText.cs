using System.Text;

namespace FactMiner.Benchmarks;

/// <summary>Fills a sentence template: literal text is copied, each <c>{slot}</c> is handed to the caller to write.</summary>
internal static class TemplateText
{
    public static void Fill(StringBuilder builder, string template, Action<StringBuilder, string> appendSlot)
    {
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                builder.Append(template, i, template.Length - i);
                return;
            }

            builder.Append(template, i, open - i);
            var close = template.IndexOf('}', open);
            appendSlot(builder, template[(open + 1)..close]);
            i = close + 1;
        }
    }
}
