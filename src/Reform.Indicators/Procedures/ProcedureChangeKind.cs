namespace Reform.Indicators.Procedures;

/// <summary>
/// What a publication decision (quyết định công bố) announces for one administrative procedure:
/// new, amended (sửa đổi, bổ sung), replaced (thay thế) or abolished (bãi bỏ).
/// </summary>
/// <remarks>Decree 63/2010/NĐ-CP (as amended by Decree 92/2017/NĐ-CP) requires each change to be announced by such a decision.</remarks>
public enum ProcedureChangeKind
{
    /// <summary>A newly issued procedure (TTHC mới ban hành).</summary>
    New = 0,

    /// <summary>An amended or supplemented procedure (TTHC sửa đổi, bổ sung).</summary>
    Amended = 1,

    /// <summary>A procedure replaced by another (TTHC thay thế).</summary>
    Replaced = 2,

    /// <summary>An abolished procedure (TTHC bị bãi bỏ).</summary>
    Abolished = 3,
}
