namespace FactMiner.Web;

/// <summary>Maps values (in display units) to x positions, linear or logarithmic when values span more than 30-fold.</summary>
internal sealed class ChartAxis
{
    private readonly double low;
    private readonly double high;
    private readonly double left;
    private readonly double width;

    public ChartAxis(double smallest, double largest, double left, double width)
    {
        this.left = left;
        this.width = width;
        IsLog = smallest > 0 && largest / smallest > 30;
        if (IsLog)
        {
            low = Math.Log10(smallest / 1.25);
            high = Math.Log10(largest * 1.25);
            return;
        }

        var pad = largest > smallest ? (largest - smallest) * 0.08 : Math.Max(Math.Abs(largest) * 0.1, 1);
        low = smallest >= 0 ? Math.Max(0, smallest - pad) : smallest - pad;
        high = largest + pad;
    }

    public bool IsLog { get; }

    public double X(double value)
    {
        var v = IsLog ? Math.Log10(Math.Max(value, 1e-300)) : value;
        return left + ((v - low) / (high - low) * width);
    }

    /// <summary>Round values to label: 1-2-5 steps on a linear axis, 1-2-5 per decade on a log axis.</summary>
    public IReadOnlyList<double> Ticks()
    {
        var ticks = new List<double>();
        if (IsLog)
        {
            for (var decade = Math.Floor(low); decade <= Math.Ceiling(high); decade++)
            {
                foreach (var m in (double[])[1, 2, 5])
                {
                    var v = m * Math.Pow(10, decade);
                    var lv = Math.Log10(v);
                    if (lv >= low && lv <= high)
                    {
                        ticks.Add(v);
                    }
                }
            }

            return ticks.Count > 9 ? [.. ticks.Where(t => Math.Abs(Math.Log10(t) % 1) < 1e-9)] : ticks;
        }

        var raw = (high - low) / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        for (var v = Math.Ceiling(low / step) * step; v <= high + (step * 1e-9); v += step)
        {
            ticks.Add(Math.Round(v / step) * step);
        }

        return ticks;
    }
}
