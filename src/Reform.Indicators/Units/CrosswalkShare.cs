namespace Reform.Indicators.Units;

/// <summary>How much of an old unit went to a new unit in a <see cref="UnitCrosswalkLink"/>.</summary>
public enum CrosswalkShare
{
    /// <summary>The whole old unit became part of the new one.</summary>
    Whole = 0,

    /// <summary>Part of the old unit's area and population (<c>một phần diện tích tự nhiên, quy mô dân số</c>) went to the new unit.</summary>
    Part = 1,

    /// <summary>What remained of the old unit after parts went elsewhere (<c>phần còn lại</c>) went to the new unit.</summary>
    Remainder = 2,
}
