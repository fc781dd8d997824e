namespace Reform.Indicators.Units;

/// <summary>Names of the unit facts the 2022 national review reports coverage for.</summary>
/// <remarks>Any other name can be used with <see cref="UnitFact"/>; these are the ones the library's examples and catalogue use.</remarks>
public static class KnownUnitFacts
{
    /// <summary>
    /// <c>lgsp-connected</c>: the unit's data integration and sharing platform (LGSP) is
    /// connected to the national data integration and sharing platform (NDXP). The 2022 review
    /// reports 22/22 ministries and 63/63 provinces.
    /// </summary>
    public const string LgspConnected = "lgsp-connected";

    /// <summary>
    /// <c>egov-architecture-2.0</c>: the unit has built or updated its e-government
    /// architecture per the Vietnam e-government architecture framework 2.0. The 2022 review
    /// reports 19/22 ministries and 62/63 provinces.
    /// </summary>
    public const string EGovernmentArchitecture20 = "egov-architecture-2.0";
}
