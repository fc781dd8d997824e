namespace Reform.Indicators.Procedures;

/// <summary>
/// How much of an administrative procedure (thủ tục hành chính, TTHC) can be done online
/// (dịch vụ công trực tuyến, DVCTT), per Decree 42/2022/NĐ-CP.
/// </summary>
/// <remarks>
/// <para>
/// Decree 42/2022/NĐ-CP (24 June 2022) replaced the four levels of Decree 43/2011/NĐ-CP with two
/// kinds of online service, full (toàn trình) and partial (một phần). The legacy levels map as
/// 1, 2 → <see cref="None"/> (information and downloadable forms only: submission is on paper),
/// 3 → <see cref="Partial"/>, 4 → <see cref="Full"/>; see
/// <see cref="OnlineServiceLevels.FromLegacyLevel(int)"/>. The values are ordered: a higher
/// value offers more online.
/// </para>
/// <para>Names in data files: <c>none</c>, <c>partial</c>, <c>full</c> (<see cref="OnlineServiceLevels.Parse(string)"/>).</para>
/// </remarks>
public enum OnlineServiceLevel
{
    /// <summary>No online submission: information and forms at most (legacy levels 1 and 2).</summary>
    None = 0,

    /// <summary>Partial online service (DVCTT một phần): submission online, at least one step in person or on paper (legacy level 3).</summary>
    Partial = 1,

    /// <summary>Full online service (DVCTT toàn trình): the whole process, from submission to the result, online (legacy level 4).</summary>
    Full = 2,
}
