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

    /// <summary><c>fullProcessOnline</c>: received online, of a full-online procedure, with an electronic result ÷ received (docs/specification.md §10.3); Decision 942/QĐ-TTg's target.</summary>
    public const string FullProcessOnline = "fullProcessOnline";

    /// <summary><c>onlineElectronicResult</c>: received online with an electronic result ÷ received (docs/specification.md §10.3).</summary>
    public const string OnlineElectronicResult = "onlineElectronicResult";

    /// <summary><c>boundaryFree</c>: received by a unit other than the competent one ÷ received (docs/specification.md §10.2).</summary>
    public const string BoundaryFree = "boundaryFree";
}
