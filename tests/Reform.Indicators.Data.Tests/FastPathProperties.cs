using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using nietras.SeparatedValues;
using Reform.Indicators.Calendars;
using Reform.Indicators.Indicators;
using Reform.Indicators.Procedures;
using CoreGenerators = Reform.Indicators.Tests.Generators;

namespace Reform.Indicators.Data.Tests;

/// <summary>
/// The fast path of <see cref="DossierFile.Report(string, ReportingPeriod, GroupBy, Units.UnitRegistry?, DossierReadOptions?, ClassificationPolicy?)"/>
/// (spans and typed columns into a columnar table) against the record path it replaced
/// (<see cref="DossierFile.ReportByRecords"/>): the same report, the same rejected rows with the
/// same row, column, reason and value, the same counts, on files full of bad rows.
/// </summary>
public sealed class FastPathProperties : IDisposable
{
    private readonly TestFiles files = new();

    public void Dispose() => files.Dispose();

    // The generated dossiers' procedure in three versions (docs/specification.md §10.5: the version in
    // force on the receipt date) with a month between the first two when none is in force, and dated
    // online levels (§10.3: the level in force on the receipt date): partial, then full from 1 July 2022.
    private static readonly ProcedureCatalogue Catalogue = new([
        new AdministrativeProcedure("1.004227", "Test", TimeLimit.WorkingDays(5), onlineLevels: [(new NodaTime.LocalDate(2020, 1, 1), OnlineServiceLevel.Partial)])
        {
            ValidTo = new NodaTime.LocalDate(2021, 12, 31),
        },
        new AdministrativeProcedure("1.004227", "Test", TimeLimit.Days(10),
            onlineLevels: [(new NodaTime.LocalDate(2020, 1, 1), OnlineServiceLevel.Partial), (new NodaTime.LocalDate(2022, 7, 1), OnlineServiceLevel.Full)])
        {
            ValidFrom = new NodaTime.LocalDate(2022, 2, 1), ValidTo = new NodaTime.LocalDate(2022, 8, 31),
        },
        new AdministrativeProcedure("1.004227", "Test", TimeLimit.Hours(8), onlineLevels: [(new NodaTime.LocalDate(2022, 9, 15), OnlineServiceLevel.Full)])
        {
            ValidFrom = new NodaTime.LocalDate(2022, 9, 1),
        },
    ]);

    [Property(MaxTest = 150)]
    public Property Report_Csv_FastPathEqualsRecordPath() =>
        Prop.ForAll(
            Generators.DossierCsvWithBadRows(),
            Gen.Elements(GroupBy.Unit, GroupBy.National).ToArbitrary(),
            Gen.Choose(0, 63).ToArbitrary(),
            (text, groupBy, flags) =>
            {
                string path = files.Write($"f{Guid.NewGuid():N}.csv", text);
                var options = new DossierReadOptions
                {
                    Strict = (flags & 1) != 0,
                    KnownUnits = (flags & 2) != 0 ? new HashSet<string>(CoreGenerators.UnitCodes) : null,
                    DueDates = (flags & 4) != 0 ? Catalogue.DueDates(WorkingCalendar.Vietnam) : null,
                    Procedures = (flags & 4) != 0 ? Catalogue : null,
                    Policy = Policy(flags >> 3),
                };
                AssertSame(path, groupBy, options);
            });

    [Property(MaxTest = 60)]
    public Property Report_ParquetOfText_FastPathEqualsRecordPath() =>
        Prop.ForAll(
            Generators.DossierCsvWithBadRows(),
            Gen.Choose(0, 63).ToArbitrary(),
            Gen.Choose(1, 12).ToArbitrary(),
            (text, flags, groupRows) =>
            {
                // Row groups of a few rows.
                string path = files.Path($"f{Guid.NewGuid():N}.parquet");
                WriteAsTextParquet(text, path, emptyAsNull: (flags & 1) != 0, groupRows);
                var options = new DossierReadOptions
                {
                    KnownUnits = (flags & 2) != 0 ? new HashSet<string>(CoreGenerators.UnitCodes) : null,
                    DueDates = (flags & 4) != 0 ? Catalogue.DueDates(WorkingCalendar.Vietnam) : null,
                    Procedures = (flags & 4) != 0 ? Catalogue : null,
                    Policy = Policy(flags >> 3),
                };
                AssertSame(path, GroupBy.Unit, options);
            });

    [Property(MaxTest = 40)]
    public Property Report_TypedParquetWithRepeatsAndNoDue_FastPathEqualsRecordPath() =>
        Prop.ForAll(Generators.Dossiers(), Gen.Choose(0, 1000).ToArbitrary(), (dossiers, seed) =>
        {
            // Repeat some ids and let some deadlines come from the procedure (written empty).
            var random = new Random(seed);
            var changed = dossiers.Select(d => random.Next(4) switch
            {
                0 when dossiers.Length > 0 => new Dossiers.Dossier(dossiers[random.Next(dossiers.Length)].Id, d.UnitCode, d.ProcedureCode, d.Channel, d.ReceivedAt, d.Due, d.Status, d.FinishedAt, d.SupplementRequests, d.SupplementRequestedAt, d.DueGiven),
                1 => new Dossiers.Dossier(d.Id, d.UnitCode, d.ProcedureCode, d.Channel, d.ReceivedAt, d.Due, d.Status, d.FinishedAt, d.SupplementRequests, d.SupplementRequestedAt, dueGiven: false),
                _ => d,
            }).ToArray();
            string path = files.Path($"t{Guid.NewGuid():N}.parquet");
            DossierFile.Write(changed, path);
            AssertSame(path, GroupBy.Unit, new DossierReadOptions { DueDates = seed % 2 == 0 ? Catalogue.DueDates(WorkingCalendar.Vietnam) : null, Strict = seed % 5 == 0 });
        });

    // The same code with another limit: a catalogue's rule, but not on the catalogue of the online levels.
    private static readonly ProcedureCatalogue OtherCatalogue = new([new AdministrativeProcedure("1.004227", "Other", TimeLimit.WorkingDays(2))]);

    // One version whose end is a date of the Gregorian calendar system, which NodaTime does not compare with ISO dates.
    private static readonly ProcedureCatalogue GregorianCatalogue = new([
        new AdministrativeProcedure("1.004227", "Test", TimeLimit.WorkingDays(5)) { ValidTo = new NodaTime.LocalDate(2022, 6, 30, NodaTime.CalendarSystem.Gregorian) },
    ]);

    /// <summary>Throws as a resolver does for a date beyond its calendar, for receipts in March.</summary>
    private static NodaTime.LocalDateTime? Checked(string code, NodaTime.LocalDateTime receivedAt) =>
        receivedAt.Month == 3 ? throw new ArgumentOutOfRangeException(nameof(receivedAt), "beyond the calendar") : null;

    /// <summary>
    /// Resolvers that are not the catalogue's own rule on the catalogue of the online levels — a catalogue's rule
    /// combined with another delegate, a function of the user's, another catalogue's rule — are called as given,
    /// and a catalogue whose dates the fast path cannot compare gives the record path's answers.
    /// </summary>
    [Property(MaxTest = 40)]
    public Property Report_ResolversOtherThanTheCatalogues_FastPathEqualsRecordPath() =>
        Prop.ForAll(Generators.Dossiers(), Gen.Choose(0, 3).ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (dossiers, kind, seed) =>
        {
            var random = new Random(seed);
            // Some deadlines left to the procedure, but for the Gregorian catalogue, which the record path
            // cannot ask either (its look-up throws).
            var rows = dossiers.Select(d => kind != 3 && random.Next(3) == 0
                ? new Dossiers.Dossier(d.Id, d.UnitCode, d.ProcedureCode, d.Channel, d.ReceivedAt, d.Due, d.Status, d.FinishedAt, d.SupplementRequests, d.SupplementRequestedAt, dueGiven: false)
                : d).ToArray();
            string path = files.Path($"r{Guid.NewGuid():N}{(seed % 2 == 0 ? ".parquet" : ".csv")}");
            DossierFile.Write(rows, path);
            var options = kind switch
            {
                0 => new DossierReadOptions { DueDates = (DueDateResolver)Checked + Catalogue.DueDates(WorkingCalendar.Vietnam), Procedures = Catalogue },
                1 => new DossierReadOptions { DueDates = (code, receivedAt) => receivedAt.PlusDays(7), Procedures = Catalogue },
                2 => new DossierReadOptions { DueDates = OtherCatalogue.DueDates(WorkingCalendar.Vietnam), Procedures = Catalogue },
                _ => new DossierReadOptions { DueDates = GregorianCatalogue.DueDates(WorkingCalendar.Vietnam) },
            };
            AssertSame(path, GroupBy.Unit, options);
        });

    [Property(MaxTest = 40)]
    public Property Report_TypedParquetOfAnotherWriter_FastPathEqualsRecordPath() =>
        Prop.ForAll(Generators.Dossiers(), Gen.Choose(0, 1 << 12).ToArbitrary(), (dossiers, seed) =>
        {
            // ParquetSharp (Arrow's C++ writer): dictionary pages or plain, several row groups,
            // micro- or milliseconds, some deadlines empty and some ids repeated.
            var random = new Random(seed);
            var rows = dossiers.Select(d => random.Next(5) switch
            {
                0 => (d, d.DueGiven, Id: dossiers[random.Next(dossiers.Length)].Id),
                1 => (d, false, d.Id),
                _ => (d, d.DueGiven, d.Id),
            }).ToArray();
            string path = files.Path($"s{Guid.NewGuid():N}.parquet");
            WriteWithParquetSharp(rows, path, dictionary: (seed & 1) != 0, millis: (seed & 2) != 0, rowGroupRows: 1 + (seed >> 2) % 40);
            var options = new DossierReadOptions
            {
                DueDates = (seed & 4) != 0 ? Catalogue.DueDates(WorkingCalendar.Vietnam) : null,
                Procedures = (seed & 4) != 0 ? Catalogue : null,
                KnownUnits = (seed & 8) != 0 ? new HashSet<string>(CoreGenerators.UnitCodes.Take(5)) : null,
                // Strict with many row groups: reading stops while the decoding thread waits for buffers.
                Strict = (seed & 16) != 0,
            };
            AssertSame(path, GroupBy.Unit, options);
        });

    [Fact]
    public void Report_RowGroupsOfSeveralChunks_FastPathEqualsRecordPath()
    {
        // Three row groups of 20,000 rows (more than a chunk of 16,384), so each group comes to the
        // accepting thread in two chunks; ids of the first group repeated in the last, and every
        // 997th deadline left to the procedure.
        var sample = Samples.NationalSample.Create(2022, 60_000);
        var dossiers = sample.Dossiers().ToArray();
        var rows = dossiers.Select((d, i) => (d, d.DueGiven && i % 997 != 0, Id: i >= 40_000 && i % 1000 == 7 ? dossiers[i - 40_000].Id : d.Id)).ToArray();
        string path = files.Path("chunks.parquet");
        WriteWithParquetSharp(rows, path, dictionary: true, millis: false, rowGroupRows: 20_000);

        AssertSame(path, GroupBy.Unit, new DossierReadOptions { DueDates = sample.Procedures.DueDates(WorkingCalendar.Vietnam) });
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Report_TimesAtTheEdgesOfTicksAndDays_FastPathEqualsRecordPath(bool parquet)
    {
        // Deadlines and finishes around the end of a day, in ticks (7 digits) and finer (8–9 digits,
        // which the fast path leaves to the record path); a date alone as a deadline is the end of that day.
        string[] rows =
        [
            "A1,01,1.004227,online,2022-03-01T08:00:00,2022-03-10,2022-03-10T23:59:59.9999999,completed,0,",
            "A2,01,1.004227,online,2022-03-01T08:00:00,2022-03-10,2022-03-11T00:00:00,completed,0,",
            "A3,01,1.004227,direct,2022-03-01T08:00:00,2022-03-10T23:59:59.999999999,2022-03-10T23:59:59.9999999,refused,0,",
            "A4,01,1.004227,direct,2022-03-01T08:00:00,2022-03-10T23:59:59.9999999,2022-03-10T23:59:59.99999999,completed,0,",
            "A5,01,1.004227,postal,2022-03-01T08:00:00,2022-03-10T23:59:59.9999999,2022-03-11T00:00:00,completed,2,2022-03-05T10:00:00",
            "A6,01,1.004227,online,2022-03-10T23:59:59.9999999,2022-03-10,,processing,0,",
            "A7,01,1.004227,online,2022-03-11T00:00:00.0000001,2022-03-10,,processing,0,",
            "A8,01,1.004227,online,2022-03-01T08:00:00,2022-03-10,,awaiting_supplement,1,2022-03-10T23:59:59.9999999",
            "A9,01,1.004227,online,2022-03-01T08:00:00,2022-03-10,,awaiting_supplement,1,2022-03-11T00:00:00",
            "B1,01,1.004227,online,2022-03-01T08:00:00.5,,2022-03-09T10:00:00.123456789,completed,0,",
            "B2,02,1.004227,online,2022-03-01T08:00:00,,2022-03-30T10:00:00.1234567,completed,0,",
            // The last nanosecond of a day is the end of the day only in a deadline; elsewhere it is 99 ns after the last tick.
            "C1,01,1.004227,online,2022-03-10T23:59:59.999999999,2022-03-10T23:59:59.9999999,,processing,0,",
            "C2,01,1.004227,online,2022-03-10T23:59:59.999999999,2022-03-12,2022-03-10T23:59:59.9999999,completed,0,",
            "C3,01,1.004227,online,2022-03-01T08:00:00,2022-03-10T23:59:59.9999999,2022-03-10T23:59:59.999999999,completed,0,",
            "C4,01,1.004227,online,2022-03-01T08:00:00,2022-03-10T23:59:59.9999999,,awaiting_supplement,1,2022-03-10T23:59:59.999999999",
        ];
        string text = "dossier_id,unit_code,procedure_code,channel,received_at,due_at,finished_at,status,supplement_requests,supplement_requested_at\n"
            + string.Join("\n", rows) + "\n";
        string path;
        if (parquet)
        {
            path = files.Path($"e{Guid.NewGuid():N}.parquet");
            WriteAsTextParquet(text, path, emptyAsNull: true, groupRows: 4);
        }
        else
        {
            path = files.Write($"e{Guid.NewGuid():N}.csv", text);
        }
        AssertSame(path, GroupBy.Unit, new DossierReadOptions { DueDates = Catalogue.DueDates(WorkingCalendar.Vietnam) });
    }

    /// <summary>Dossiers as typed Parquet written by ParquetSharp, the way other tools write it.</summary>
    private static void WriteWithParquetSharp((Dossiers.Dossier Dossier, bool DueGiven, string Id)[] rows, string path, bool dictionary, bool millis, int rowGroupRows)
    {
        var unit = millis ? ParquetSharp.TimeUnit.Millis : ParquetSharp.TimeUnit.Micros;
        ParquetSharp.Column[] columns =
        [
            new ParquetSharp.Column<string>("dossier_id"), new ParquetSharp.Column<string>("unit_code"), new ParquetSharp.Column<string>("procedure_code"),
            new ParquetSharp.Column<string>("channel"),
            new ParquetSharp.Column<DateTime?>("received_at", ParquetSharp.LogicalType.Timestamp(isAdjustedToUtc: false, unit)),
            new ParquetSharp.Column<DateTime?>("due_at", ParquetSharp.LogicalType.Timestamp(isAdjustedToUtc: false, unit)),
            new ParquetSharp.Column<DateTime?>("finished_at", ParquetSharp.LogicalType.Timestamp(isAdjustedToUtc: false, unit)),
            new ParquetSharp.Column<string>("status"), new ParquetSharp.Column<int?>("supplement_requests"),
            new ParquetSharp.Column<DateTime?>("supplement_requested_at", ParquetSharp.LogicalType.Timestamp(isAdjustedToUtc: false, unit)),
            new ParquetSharp.Column<string>("receiving_unit_code"), new ParquetSharp.Column<bool?>("result_electronic"),
        ];
        using var builder = new ParquetSharp.WriterPropertiesBuilder();
        builder.Compression(ParquetSharp.Compression.Snappy);
        using var properties = (dictionary ? builder.EnableDictionary() : builder.DisableDictionary()).Build();
        using var file = new ParquetSharp.ParquetFileWriter(path, columns, properties);
        static DateTime? Time(NodaTime.LocalDateTime? t) => t?.ToDateTimeUnspecified();
        // No row group at all for no rows: Parquet.Net (the record path) fails on an empty row group of this writer.
        foreach (var group in rows.Chunk(rowGroupRows))
        {
            using var rowGroup = file.AppendRowGroup();
            void Write<T>(Func<Dossiers.Dossier, T> value)
            {
                using var writer = rowGroup.NextColumn().LogicalWriter<T>();
                writer.WriteBatch([.. group.Select(r => value(r.Dossier))]);
            }
            using (var ids = rowGroup.NextColumn().LogicalWriter<string>())
            {
                ids.WriteBatch([.. group.Select(r => r.Id)]);
            }
            Write(d => d.UnitCode);
            Write(d => d.ProcedureCode);
            Write(d => Dossiers.DossierFields.Format(d.Channel));
            Write(d => Time(d.ReceivedAt));
            using (var due = rowGroup.NextColumn().LogicalWriter<DateTime?>())
            {
                due.WriteBatch([.. group.Select(r => !r.DueGiven ? null
                    : r.Dossier.Due == VietnamTime.EndOf(r.Dossier.Due.Date) ? r.Dossier.Due.Date.ToDateTimeUnspecified().AddDays(1).AddTicks(-10) : Time(r.Dossier.Due))]);
            }
            Write(d => Time(d.FinishedAt));
            Write(d => Dossiers.DossierFields.Format(d.Status));
            Write(d => (int?)d.SupplementRequests);
            Write(d => Time(d.SupplementRequestedAt));
            Write(d => d.ReceivingUnitCode);
            Write(d => d.ResultElectronic);
        }
        file.Close();
    }

    /// <summary>The rows of a CSV text (those with the header's number of fields) as a Parquet file of text columns, <paramref name="groupRows"/> rows a row group.</summary>
    internal static void WriteAsTextParquet(string csv, string path, bool emptyAsNull, int groupRows)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).From(new StringReader(csv));
        var names = reader.Header.ColNames;
        var columns = names.Select(_ => new List<string?>()).ToArray();
        foreach (var row in reader)
        {
            if (row.ColCount != names.Count)
            {
                continue;
            }
            for (int c = 0; c < names.Count; c++)
            {
                string value = row[c].ToString();
                columns[c].Add(emptyAsNull && value.Length == 0 ? null : value);
            }
        }
        var fields = names.Select(n => new Parquet.Schema.DataField<string>(n, true)).ToArray();
        using var stream = File.Create(path);
        var writer = Parquet.ParquetWriter.CreateAsync(new Parquet.Schema.ParquetSchema(fields), stream).GetAwaiter().GetResult();
        try
        {
            int rows = columns[0].Count;
            // One row group for no rows (Parquet.Net reads an empty row group of its own writer).
            for (int start = 0; start == 0 || start < rows; start += groupRows)
            {
                using var group = writer.CreateRowGroup();
                for (int c = 0; c < fields.Length; c++)
                {
                    group.WriteAsync(fields[c], columns[c].Skip(start).Take(groupRows).ToArray()).GetAwaiter().GetResult();
                }
            }
        }
        finally
        {
            writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>One of the eight policies of docs/specification.md §9 (date order, midnight due, end point) from three bits.</summary>
    internal static Dossiers.DossierReadPolicy Policy(int bits) => new()
    {
        DateOrder = (bits & 1) != 0 ? DateOrder.MonthDayYear : DateOrder.DayMonthYear,
        MidnightDueIsEndOfDay = (bits & 2) == 0,
        EndPoint = (bits & 4) != 0 ? Dossiers.EndPoint.Returned : Dossiers.EndPoint.Processed,
    };

    internal static void AssertSame(string path, GroupBy groupBy, DossierReadOptions options)
    {
        var period = ReportingPeriod.Parse("2022");
        var expected = DossierFile.ReportByRecords(path, period, groupBy, options: options);
        // As given; with tables of three rows (every few rows a full table is counted on the thread pool
        // while the next fills) and typed rows held a few at a time before their ids are checked together
        // (at most 5 rows, at most 24 bytes of ids); and with each id checked as its row comes.
        foreach (var fast in new[] { options, options with { BatchRows = 3, IdWindowRows = 5, IdWindowBytes = 24 }, options with { IdWindowRows = 1 } })
        {
            var actual = DossierFile.Report(path, period, groupBy, options: fast);
            Assert.Equal(expected.Report.Rejected, actual.Report.Rejected);
            Assert.Equal(DossierFileTests.Json(expected.Report), DossierFileTests.Json(actual.Report));
            Assert.Equal(
                (expected.RowsRead, expected.RejectedRows, expected.ExcludedRows, expected.SupersededRows, expected.StoppedAtFirstError),
                (actual.RowsRead, actual.RejectedRows, actual.ExcludedRows, actual.SupersededRows, actual.StoppedAtFirstError));
            Assert.Equal(actual.RowsRead, actual.AcceptedRows + actual.RejectedRows + actual.ExcludedRows + actual.SupersededRows);
        }
    }
}
