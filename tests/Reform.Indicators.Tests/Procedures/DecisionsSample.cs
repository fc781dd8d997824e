using NodaTime;
using Reform.Indicators.Procedures;

namespace Reform.Indicators.Tests.Procedures;

/// <summary>Decisions with distinct numbers, a period, and a split point inside it (days after its start).</summary>
public sealed record DecisionsSample(IReadOnlyList<ProcedureChangeDecision> Decisions, DateInterval Period, int Split)
{
    public override string ToString() => $"period {Period}, split +{Split}: {string.Join("; ", Decisions)}";
}
