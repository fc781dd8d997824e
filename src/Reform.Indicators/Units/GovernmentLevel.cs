namespace Reform.Indicators.Units;

/// <summary>
/// The level of government an administrative unit belongs to (cấp chính quyền), from the
/// centre down.
/// </summary>
/// <remarks>
/// <para>
/// Ministries (bộ, cơ quan ngang bộ) and provinces (tỉnh, thành phố trực thuộc trung ương) are
/// top-level; a district (huyện, quận, thị xã, thành phố thuộc tỉnh) sits under a province; a
/// commune (xã, phường, thị trấn, đặc khu) sits under a district or, since the two-tier local
/// government of 1 July 2025 (National Assembly Resolution 202/2025/QH15), directly under a
/// province.
/// </para>
/// <para>
/// The names used in data files are <c>ministry</c>, <c>province</c>, <c>district</c> and
/// <c>commune</c>; see <see cref="GovernmentLevels.Parse(string)"/>.
/// </para>
/// </remarks>
public enum GovernmentLevel
{
    /// <summary>A ministry or ministry-level agency (bộ, cơ quan ngang bộ); top-level.</summary>
    Ministry = 0,

    /// <summary>A province or centrally-run city (tỉnh, thành phố trực thuộc trung ương); top-level.</summary>
    Province = 1,

    /// <summary>A district-level unit (cấp huyện); under a province. Abolished on 1 July 2025.</summary>
    District = 2,

    /// <summary>A commune-level unit (cấp xã: xã, phường, thị trấn, đặc khu); under a district or a province.</summary>
    Commune = 3,
}
