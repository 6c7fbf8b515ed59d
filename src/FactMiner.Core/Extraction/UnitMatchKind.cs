namespace FactMiner.Core.Extraction;

/// <summary>What followed a number: a unit we measure in, or a reason the number is no measurement.</summary>
internal enum UnitMatchKind : byte
{
    /// <summary>A unit of a contract quantity.</summary>
    Unit,

    /// <summary>A time of day (<c>2 pm</c>, <c>6 p.m.</c>).</summary>
    TimeOfDay,

    /// <summary>Money (<c>20 dollars</c>, <c>15€</c>).</summary>
    Money,

    /// <summary>A unit outside the contract (<c>cubic feet</c>, <c>2.123 am</c>): the number is measured, just not in anything we claim.</summary>
    Unsupported,
}
