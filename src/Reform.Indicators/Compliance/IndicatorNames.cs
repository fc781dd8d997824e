namespace Reform.Indicators.Compliance;

/// <summary>The names of the indicators that targets refer to.</summary>
public static class IndicatorNames
{
    /// <summary>Dossiers resolved on time: (early + on time) / resolved.</summary>
    public const string OnTimeResolution = "onTimeResolution";

    /// <summary>Dossiers handled on time: handled on time / in scope (Decision 766, indicator 2.1).</summary>
    public const string OnTimeHandling = "onTimeHandling";

    /// <summary>Dossiers received online / dossiers received.</summary>
    public const string Online = "online";

    /// <summary>Procedures offered as online public services (partial or full) / procedures.</summary>
    public const string ProceduresOnline = "proceduresOnline";

    /// <summary>Procedures eligible for full online service that are offered fully online / eligible procedures.</summary>
    public const string EligibleProceduresFullOnline = "eligibleProceduresFullOnline";

    /// <summary>Business regulations cut or simplified / regulations in force on the baseline date.</summary>
    public const string BusinessRegulationsCutOrSimplified = "businessRegulationsCutOrSimplified";

    /// <summary>Reduction of business compliance costs relative to the baseline, in percent.</summary>
    public const string ComplianceCostReduction = "complianceCostReduction";

    /// <summary>Units connected to the national data integration platform through an LGSP / units.</summary>
    public const string LgspConnected = "lgspConnected";
}
