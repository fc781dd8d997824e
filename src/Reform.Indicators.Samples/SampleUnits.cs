using System.Globalization;
using NodaTime;
using Reform.Indicators.Units;

namespace Reform.Indicators.Samples;

/// <summary>
/// The units of the national sample: the 22 ministries and ministry-level agencies of 2022, the 63
/// real provinces, 705 districts and 10,599 communes spread over the provinces (synthetic codes and
/// names; districts and communes valid until the 2025 reform). The same for every seed and year.
/// </summary>
internal sealed class SampleUnits
{
    public const int DistrictCount = 705;
    public const int CommuneCount = 10_599;

    private static readonly string[] MinistryNames =
    [
        "Bộ Quốc phòng", "Bộ Công an", "Bộ Ngoại giao", "Bộ Nội vụ", "Bộ Tư pháp", "Bộ Kế hoạch và Đầu tư",
        "Bộ Tài chính", "Bộ Công Thương", "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Giao thông vận tải",
        "Bộ Xây dựng", "Bộ Tài nguyên và Môi trường", "Bộ Thông tin và Truyền thông", "Bộ Lao động - Thương binh và Xã hội",
        "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Khoa học và Công nghệ", "Bộ Giáo dục và Đào tạo", "Bộ Y tế",
        "Ủy ban Dân tộc", "Ngân hàng Nhà nước Việt Nam", "Thanh tra Chính phủ", "Văn phòng Chính phủ",
    ];

    private static readonly Lazy<SampleUnits> Shared = new(() => new SampleUnits());

    public static SampleUnits Instance => Shared.Value;

    private SampleUnits()
    {
        var lastDay = VietnamProvinces.ReformDate.PlusDays(-1);
        var units = new List<AdministrativeUnit>(VietnamProvinces.Before2025Reform);
        var ministries = new string[MinistryNames.Length];
        for (int i = 0; i < ministries.Length; i++)
        {
            ministries[i] = FormattableString.Invariant($"G{i + 1:00}");
            units.Add(new AdministrativeUnit(ministries[i], MinistryNames[i], GovernmentLevel.Ministry, null));
        }
        string[] provinces = [.. VietnamProvinces.Registry.AsOf(new LocalDate(2022, 12, 31)).Units.Select(u => u.Code).Order(StringComparer.Ordinal)];

        // Districts per province and communes per district: fixed pseudo-random weights, split
        // by largest remainder so the totals are exact.
        int[] districtsPerProvince = Split(DistrictCount, provinces.Length, 11, 4);
        var districts = new string[DistrictCount];
        var districtParents = new int[DistrictCount];
        int d = 0;
        for (int p = 0; p < provinces.Length; p++)
        {
            for (int k = 0; k < districtsPerProvince[p]; k++, d++)
            {
                districts[d] = ((d + 1) * 973 / DistrictCount).ToString("000", CultureInfo.InvariantCulture);
                districtParents[d] = p;
                units.Add(new AdministrativeUnit(districts[d], $"Huyện {districts[d]}", GovernmentLevel.District, provinces[p], null, lastDay));
            }
        }
        int[] communesPerDistrict = Split(CommuneCount, DistrictCount, 12, 6);
        var communes = new string[CommuneCount];
        int c = 0;
        for (int k = 0; k < DistrictCount; k++)
        {
            for (int j = 0; j < communesPerDistrict[k]; j++, c++)
            {
                communes[c] = ((long)(c + 1) * 32_248 / CommuneCount).ToString("00000", CultureInfo.InvariantCulture);
                units.Add(new AdministrativeUnit(communes[c], $"Xã {communes[c]}", GovernmentLevel.Commune, districts[k], null, lastDay));
            }
        }
        Registry = new UnitRegistry(units);
        ByLevel = [ministries, provinces, districts, communes];
        Codes = [.. ministries, .. provinces, .. districts, .. communes];
        LevelStart = [0, ministries.Length, ministries.Length + provinces.Length, ministries.Length + provinces.Length + DistrictCount];
    }

    public UnitRegistry Registry { get; }

    /// <summary>Unit codes by level (ministry, province, district, commune).</summary>
    public string[][] ByLevel { get; }

    /// <summary>All dossier-handling unit codes: ministries, provinces, districts, communes, in that order.</summary>
    public string[] Codes { get; }

    /// <summary>The index in <see cref="Codes"/> of each level's first unit.</summary>
    public int[] LevelStart { get; }

    // Splits total into parts with weights base + hash % spread, exact by largest remainder.
    private static int[] Split(int total, int parts, int weightBase, int spread)
    {
        var weights = new double[parts];
        for (int i = 0; i < parts; i++)
        {
            weights[i] = weightBase + (double)(SampleRandom.Mix((ulong)i * 7919UL) % (ulong)(2 * spread + 1)) - spread;
        }
        double sum = weights.Sum();
        var result = new int[parts];
        var remainders = new (double Remainder, int Index)[parts];
        int assigned = 0;
        for (int i = 0; i < parts; i++)
        {
            double exact = total * weights[i] / sum;
            result[i] = (int)exact;
            assigned += result[i];
            remainders[i] = (exact - result[i], i);
        }
        foreach (var (_, index) in remainders.OrderByDescending(r => r.Remainder).ThenBy(r => r.Index).Take(total - assigned))
        {
            result[index]++;
        }
        return result;
    }
}
