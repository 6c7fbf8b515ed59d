namespace FactMiner.Core.Review;

/// <summary>A decisions sheet that cannot be read at all (missing, not CSV, without the needed columns); nothing was applied.</summary>
public sealed class DecisionSheetException(string message, Exception? inner = null) : Exception(message, inner);
