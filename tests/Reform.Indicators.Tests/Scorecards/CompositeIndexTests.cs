using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Reform.Indicators.Scorecards;

namespace Reform.Indicators.Tests.Scorecards;

/// <summary>Normalisation, weights, aggregation and PAR INDEX-style indices.</summary>
public class CompositeIndexTests
{
    private static double[] Finite(int[] raw) => [.. raw.Select(r => r / 7.0)];

    [Property]
    public void MinMax_LiesInZeroOne_BestIsOne_WorstIsZero(int[] raw)
    {
        var values = Finite(raw);
        var normalised = Normalisation.MinMax(values);
        var flipped = Normalisation.MinMax(values, Direction.LowerIsBetter);
        if (values.Distinct().Count() < 2)
        {
            Assert.All(normalised, v => Assert.Null(v));
            return;
        }
        for (int i = 0; i < values.Length; i++)
        {
            Assert.InRange(normalised[i]!.Value, 0, 1);
            Assert.Equal(1 - normalised[i]!.Value, flipped[i]!.Value, 12);
            Assert.Equal(values[i] == values.Max(), normalised[i] == 1);
            Assert.Equal(values[i] == values.Min(), normalised[i] == 0);
        }
    }

    [Property]
    public void ZScore_HasMeanZeroAndSampleDeviationOne(int[] raw)
    {
        var values = Finite(raw);
        var z = Normalisation.ZScore(values);
        if (values.Distinct().Count() < 2)
        {
            Assert.All(z, v => Assert.Null(v));
            return;
        }
        Assert.Equal(0, z.Average(v => v!.Value), 9);
        Assert.Equal(1, Math.Sqrt(z.Sum(v => v!.Value * v!.Value) / (z.Length - 1)), 9);
    }

    [Property]
    public void Goalposts_LieInZeroOne(int[] raw, int worst, PositiveInt span)
    {
        var values = Finite(raw);
        foreach (var v in Normalisation.Goalposts(values, worst, worst + span.Get))
        {
            Assert.InRange(v, 0, 1);
        }
    }

    [Property]
    public void Aggregation_OfEqualValues_GivesThatValue_WhateverTheWeights(PositiveInt value, PositiveInt[] rawWeights)
    {
        if (rawWeights.Length == 0)
        {
            return;
        }
        var weights = new Weights(rawWeights.Select((w, i) => KeyValuePair.Create($"c{i}", (double)w.Get)));
        var values = weights.Codes.ToDictionary(c => c, _ => value.Get / 10.0);
        Assert.Equal(value.Get / 10.0, Aggregation.Arithmetic(values, weights), 9);
        Assert.Equal(value.Get / 10.0, Aggregation.Geometric(values, weights), 9);
        Assert.Equal(1, weights.Normalised.Values.Sum(), 12);
    }

    [Property]
    public void Aggregation_ScaledWeightsGiveTheSameScore_AndArithmeticIsAtLeastGeometric(NonNegativeInt[] raw, PositiveInt scale)
    {
        if (raw.Length == 0)
        {
            return;
        }
        var values = raw.Select((v, i) => (Code: $"c{i}", Value: v.Get / 3.0)).ToDictionary(x => x.Code, x => x.Value);
        var weights = new Weights(values.Keys.Select((c, i) => KeyValuePair.Create(c, 1.0 + i)));
        var scaled = new Weights(values.Keys.Select((c, i) => KeyValuePair.Create(c, (1.0 + i) * scale.Get)));
        double arithmetic = Aggregation.Arithmetic(values, weights);
        Assert.Equal(arithmetic, Aggregation.Arithmetic(values, scaled), 9);
        Assert.True(arithmetic + 1e-9 >= Aggregation.Geometric(values, weights));
    }

    [Fact]
    public void Weights_AllZeroOrNegative_AreRejected()
    {
        Assert.Throws<ArgumentException>(() => new Weights([KeyValuePair.Create("a", 0.0)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Weights([KeyValuePair.Create("a", -1.0)]));
    }

    [Fact]
    public void Geometric_AZeroComponent_GivesZero_ArithmeticDoesNot()
    {
        var values = new Dictionary<string, double> { ["OSI"] = 0.0, ["TII"] = 0.8, ["HCI"] = 0.9 };
        var egdi = Weights.Equal("OSI", "TII", "HCI"); // the EGDI: one third each
        Assert.Equal(0, Aggregation.Geometric(values, egdi));
        Assert.Equal(1.7 / 3, Aggregation.Arithmetic(values, egdi), 12);
    }

    [Fact]
    public void ParIndex2023_PublishedIndices_RankAsPublished()
    {
        // docs/specification.md §11.2: PAR INDEX 2023 (announced 17 Apr 2024).
        (string Province, decimal Index, int PublishedRankAmongThese)[] provinces =
        [
            ("An Giang", 81.32m, 7), ("Hà Nội", 91.43m, 3), ("Quảng Ninh", 92.18m, 1), ("Sóc Trăng", 81.70m, 6),
            ("Bà Rịa–Vũng Tàu", 91.03m, 5), ("Hải Phòng", 91.87m, 2), ("Bắc Giang", 91.16m, 4),
        ];
        Assert.Equal(provinces.Select(p => p.PublishedRankAmongThese), CompositeIndex.Rank([.. provinces.Select(p => p.Index)]));
        // Ministry of Justice 89.95% (1st of 17), Ministry of Industry and Trade 78.03% (17th).
        Assert.Equal([2, 1], CompositeIndex.Rank([78.03m, 89.95m]));
    }

    [Fact]
    public void Index_IsPointsOverMaxTimes100_FromDomains()
    {
        // Hypothetical domain points (the 876 maxima are not confirmed; they are the caller's data).
        var maxima = new Dictionary<string, decimal> { ["self-assessment"] = 62.5m, ["survey"] = 37.5m };
        var points = new Dictionary<string, decimal> { ["self-assessment"] = 58.2m, ["survey"] = 33.98m };
        Assert.Equal(92.18m, CompositeIndex.FromDomains(points, maxima));
        Assert.Equal(50m, CompositeIndex.Index(12.5m, 25m));
        Assert.Throws<ArgumentOutOfRangeException>(() => CompositeIndex.Index(26m, 25m));
    }
}
