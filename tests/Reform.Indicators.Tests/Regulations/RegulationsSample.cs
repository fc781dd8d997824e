using NodaTime;
using Reform.Indicators.Regulations;

namespace Reform.Indicators.Tests.Regulations;

/// <summary>Regulations with distinct codes, a baseline date, a period, and a split point inside it (days after its start).</summary>
public sealed record RegulationsSample(IReadOnlyList<BusinessRegulation> Regulations, LocalDate Baseline, DateInterval Period, int Split)
{
    public override string ToString() =>
        $"baseline {Baseline}, period {Period}, split +{Split}:\n  " +
        string.Join("\n  ", Regulations.Select(r => $"{r} from {r.InForceFrom}, cost {r.ComplianceCost}: {string.Join("; ", r.Changes)}"));
}
