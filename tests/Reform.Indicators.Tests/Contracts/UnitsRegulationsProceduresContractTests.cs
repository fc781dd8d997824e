using FsCheck.Xunit;
using NodaTime;
using Reform.Indicators.Procedures;
using Reform.Indicators.Regulations;
using Reform.Indicators.Units;

namespace Reform.Indicators.Tests.Contracts;

/// <summary>The shared value-type laws applied to the value types of Units, Regulations and Procedures.</summary>
public class UnitsRegulationsProceduresContractTests
{
    [Property]
    public void UnitFact_Equality(byte code, bool lgsp, ushort since, ushort? length, bool copy)
    {
        var x = new UnitFact(code.ToString("00", System.Globalization.CultureInfo.InvariantCulture), lgsp ? KnownUnitFacts.LgspConnected : KnownUnitFacts.EGovernmentArchitecture20,
            new LocalDate(2020, 1, 1).PlusDays(since % 2000), length is { } l ? new LocalDate(2020, 1, 1).PlusDays((since % 2000) + l) : null);
        var y = copy ? new UnitFact(x.UnitCode, x.Fact, x.Since, x.Until) : new UnitFact("01", KnownUnitFacts.LgspConnected, new LocalDate(2021, 6, 30));
        ValueContract.Equality(x, y, (a, b) => a == b, (a, b) => a != b);
    }

    [Property]
    public void CrosswalkLink_Equality(byte oldCode, byte newCode, bool copy)
    {
        var x = new CrosswalkLink($"{oldCode % 100:00}", $"{newCode % 100:00}");
        var y = copy ? new CrosswalkLink(x.OldCode, x.NewCode) : new CrosswalkLink("27", "24");
        ValueContract.Equality(x, y, (a, b) => a == b, (a, b) => a != b);
    }

    [Property]
    public void ProcedureChange_Equality(ushort code, ProcedureChangeKind kind, bool copy)
    {
        var x = new ProcedureChange($"1.{code:000000}", kind);
        var y = copy ? new ProcedureChange(x.ProcedureCode, x.Kind) : new ProcedureChange("1.004227", ProcedureChangeKind.Amended);
        ValueContract.Equality(x, y, (a, b) => a == b, (a, b) => a != b);
    }

    [Property]
    public void ProcedureChangeCounts_Equality(ProcedureChangeCounts x, ProcedureChangeCounts y, bool copy) =>
        ValueContract.Equality(x, copy ? x with { } : y, (a, b) => a == b, (a, b) => a != b);

    [Property]
    public void ProcedureChangeCounts_Addition_IsACommutativeMonoid(ProcedureChangeCounts x, ProcedureChangeCounts y, ProcedureChangeCounts z)
    {
        Assert.Equal(x + y, y + x);
        Assert.Equal((x + y) + z, x + (y + z));
        Assert.Equal(x, x + ProcedureChangeCounts.AdditiveIdentity);
        Assert.Equal(x.Total + y.Total, (x + y).Total);
    }

    [Property]
    public void RegulationChange_Equality(ushort day, bool cut, uint? cost, bool copy)
    {
        var date = new LocalDate(2021, 1, 1).PlusDays(day % 2000);
        var x = new RegulationChange(date, cut ? RegulationChangeKind.Cut : RegulationChangeKind.Simplified, "QĐ 1/QĐ-BCT", cut ? null : cost);
        var y = copy ? new RegulationChange(x.Date, x.Kind, x.Decision, x.ComplianceCostAfter) : new RegulationChange(date, RegulationChangeKind.Cut, "QĐ 2");
        ValueContract.Equality(x, y, (a, b) => a == b, (a, b) => a != b);
    }

    [Property]
    public void ComplianceCostReduction_Equality(uint baseline, uint current, byte counted, byte without, bool copy)
    {
        var x = new ComplianceCostReduction(baseline, current, counted, without);
        var y = copy ? new ComplianceCostReduction(x.Baseline, x.Current, x.RegulationsCounted, x.RegulationsWithoutCost) : new ComplianceCostReduction(1_000, 800, 2, 0);
        ValueContract.Equality(x, y, (a, b) => a == b, (a, b) => a != b);
    }
}
