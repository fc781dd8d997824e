using Reform.Indicators.Calendars;
using Reform.Indicators.Dossiers;

namespace Reform.Indicators.Tests.Dossiers;

/// <summary>Every validation rule of docs/specification.md §3: the row, the column and the reason.</summary>
public class DossierValidatorTests
{
    private static DossierRow Valid(long row = 2) => new()
    {
        Row = row,
        DossierId = "HS-0001",
        UnitCode = "01",
        ProcedureCode = "1.004227",
        Channel = "online",
        ReceivedAt = "2023-01-16T09:30",
        DueAt = "2023-02-06",
        FinishedAt = "2023-01-30T10:00",
        Status = "completed",
        SupplementRequests = "0",
        SupplementRequestedAt = "",
    };

    private static RowError SingleError(DossierRow row, DossierValidator? validator = null)
    {
        var errors = new List<RowError>();
        Assert.False((validator ?? new DossierValidator()).TryValidate(row, out var dossier, errors));
        Assert.Null(dossier);
        return Assert.Single(errors);
    }

    [Fact]
    public void TryValidate_ValidRow_GivesTheDossier()
    {
        var errors = new List<RowError>();
        Assert.True(new DossierValidator().TryValidate(Valid(), out var dossier, errors));
        Assert.Empty(errors);
        Assert.Equal("HS-0001", dossier.Id);
        Assert.Equal(DossierChannel.Online, dossier.Channel);
        Assert.Equal(VietnamTime.EndOf(new NodaTime.LocalDate(2023, 2, 6)), dossier.Due);
        Assert.True(dossier.DueGiven);
        Assert.Equal(DossierStatus.Completed, dossier.Status);
    }

    [Theory]
    [InlineData(nameof(DossierRow.DossierId), "dossier_id")]
    [InlineData(nameof(DossierRow.UnitCode), "unit_code")]
    [InlineData(nameof(DossierRow.ProcedureCode), "procedure_code")]
    [InlineData(nameof(DossierRow.Channel), "channel")]
    [InlineData(nameof(DossierRow.ReceivedAt), "received_at")]
    [InlineData(nameof(DossierRow.Status), "status")]
    public void TryValidate_MissingRequiredField_IsRejected(string property, string column)
    {
        var row = Valid(7);
        row = property switch
        {
            nameof(DossierRow.DossierId) => row with { DossierId = "" },
            nameof(DossierRow.UnitCode) => row with { UnitCode = "  " },
            nameof(DossierRow.ProcedureCode) => row with { ProcedureCode = null },
            nameof(DossierRow.Channel) => row with { Channel = "" },
            nameof(DossierRow.ReceivedAt) => row with { ReceivedAt = "" },
            _ => row with { Status = "", FinishedAt = "" },
        };
        Assert.Equal(new RowError(7, column, "required"), SingleError(row));
    }

    [Fact]
    public void TryValidate_UnparsableTimestamp_NamesTheValue()
    {
        var error = SingleError(Valid() with { ReceivedAt = "2023-13-45" });
        Assert.Equal(("received_at", "2023-13-45"), (error.Column, error.Value));
        Assert.StartsWith("not a timestamp", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("channel", "fax")]
    [InlineData("channel", "4")]
    [InlineData("status", "finished")]
    public void TryValidate_UnknownEnumValue_IsRejected(string column, string value)
    {
        var row = column == "channel" ? Valid() with { Channel = value } : Valid() with { Status = value };
        var error = SingleError(row);
        Assert.Equal((column, value), (error.Column, error.Value));
        Assert.StartsWith($"unknown {column}", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" ONLINE ", DossierChannel.Online)]
    [InlineData("1", DossierChannel.Direct)]
    [InlineData("2", DossierChannel.Online)]
    [InlineData("3", DossierChannel.Postal)]
    [InlineData("Postal", DossierChannel.Postal)]
    public void TryValidate_ChannelTextAndPortalCodes_AreAccepted(string text, DossierChannel channel)
    {
        Assert.True(new DossierValidator().TryValidate(Valid() with { Channel = text }, out var dossier, new List<RowError>()));
        Assert.Equal(channel, dossier.Channel);
    }

    [Fact]
    public void TryValidate_FinishedBeforeReceived_IsRejected() =>
        Assert.Equal(new RowError(2, "finished_at", "before received_at", "2023-01-15T10:00"),
            SingleError(Valid() with { FinishedAt = "2023-01-15T10:00" }));

    [Fact]
    public void TryValidate_DueBeforeReceived_IsRejected() =>
        Assert.Equal(new RowError(2, "due_at", "before received_at", "2023-01-15"),
            SingleError(Valid() with { DueAt = "2023-01-15" }));

    [Fact]
    public void TryValidate_DateOnlyDueOnTheReceiptDate_IsNotBeforeReceipt()
    {
        Assert.True(new DossierValidator().TryValidate(Valid() with { DueAt = "16/01/2023", FinishedAt = "16/01/2023 11:00" }, out var dossier, new List<RowError>()));
        Assert.Equal(new NodaTime.LocalDateTime(2023, 1, 16, 23, 59, 59).PlusNanoseconds(999_999_999), dossier.Due);
    }

    [Fact]
    public void TryValidate_FinalStatusWithoutFinish_IsRejected() =>
        Assert.Equal(new RowError(2, "finished_at", "required when status is refused"),
            SingleError(Valid() with { Status = "refused", FinishedAt = "" }));

    [Fact]
    public void TryValidate_OpenStatusWithFinish_IsRejected() =>
        Assert.Equal(new RowError(2, "finished_at", "must be empty when status is processing", "2023-01-30T10:00"),
            SingleError(Valid() with { Status = "processing" }));

    [Fact]
    public void TryValidate_AwaitingSupplementWithoutRequestTime_IsRejected() =>
        Assert.Equal(new RowError(2, "supplement_requested_at", "required when status is awaiting_supplement"),
            SingleError(Valid() with { Status = "awaiting_supplement", FinishedAt = "", SupplementRequests = "1" }));

    [Fact]
    public void TryValidate_NegativeSupplementRequests_IsRejected() =>
        Assert.Equal(new RowError(2, "supplement_requests", "must not be negative", "-1"),
            SingleError(Valid() with { SupplementRequests = "-1" }));

    [Fact]
    public void TryValidate_NonNumericSupplementRequests_IsRejected() =>
        Assert.Equal(new RowError(2, "supplement_requests", "not a whole number", "two"),
            SingleError(Valid() with { SupplementRequests = "two" }));

    [Fact]
    public void TryValidate_UnitNotInUnitsFile_IsRejected() =>
        Assert.Equal(new RowError(2, "unit_code", "not in the units file", "99"),
            SingleError(Valid() with { UnitCode = "99" }, new DossierValidator(knownUnits: new HashSet<string> { "01" })));

    [Fact]
    public void TryValidate_EmptyDueAndUnknownProcedureLimit_IsRejected()
    {
        var error = SingleError(Valid() with { DueAt = "" }, new DossierValidator(dueFromProcedure: (_, _) => null));
        // The reason carries no row value (so that reasons group); the procedure is the value.
        Assert.Equal(("due_at", "empty, and the procedure has no known time limit to compute it from (give due_at or the procedures file)", "1.004227"), (error.Column, error.Reason, error.Value));
        Assert.Equal("due_at", SingleError(Valid() with { DueAt = "" }).Column); // no resolver at all
    }

    [Fact]
    public void TryValidate_EmptyDue_IsComputedFromTheProcedure()
    {
        var validator = new DossierValidator(dueFromProcedure: (code, received) => code == "1.004227" ? received.PlusDays(10) : null);
        Assert.True(validator.TryValidate(Valid() with { DueAt = "" }, out var dossier, new List<RowError>()));
        Assert.Equal(new NodaTime.LocalDateTime(2023, 1, 26, 9, 30), dossier.Due);
        Assert.False(dossier.DueGiven);
    }

    [Fact]
    public void ValidateAll_RepeatedId_KeepsFirstRejectsLater()
    {
        var report = new DossierValidator().ValidateAll([Valid(2), Valid(3), Valid(4)]);
        Assert.Single(report.Accepted);
        Assert.Equal([new RowError(3, "dossier_id", "repeats an earlier row's id", "HS-0001"), new RowError(4, "dossier_id", "repeats an earlier row's id", "HS-0001")], report.Errors);
        Assert.Equal(2, report.RejectedRows);
        Assert.Equal(3, report.RowsRead);
        Assert.Equal([("dossier_id", "repeats an earlier row's id", 2L)], report.CountsByReason());
    }

    [Fact]
    public void ValidateAll_RowWithSeveralFaults_CountsOnceListsAll()
    {
        var report = new DossierValidator().ValidateAll([Valid() with { Channel = "fax", SupplementRequests = "-2", FinishedAt = "2020-01-01" }]);
        Assert.Equal(1, report.RejectedRows);
        Assert.Equal(["channel", "finished_at", "supplement_requests"], report.Errors.Select(e => e.Column));
        Assert.Equal("0 accepted, 1 rejected (3 faults)", report.ToString());
    }

    [Fact]
    public void ValidateAll_Strict_StopsAtFirstBadRow()
    {
        var report = new DossierValidator().ValidateAll([Valid(2), Valid(3) with { DossierId = "B", Status = "?" }, Valid(4) with { DossierId = "C", Channel = "?" }], strict: true);
        Assert.True(report.StoppedAtFirstError);
        Assert.Equal(2, report.RowsRead);
        Assert.Equal(3, Assert.Single(report.Errors).Row);
    }

    [Fact]
    public void Constructor_BrokenRule_ThrowsNamingTheField()
    {
        var received = new NodaTime.LocalDateTime(2023, 1, 16, 9, 30);
        var error = Assert.Throws<ArgumentException>(() => new Dossier("HS1", "01", "1.004227", DossierChannel.Online, received, received.PlusDays(5), DossierStatus.Completed));
        Assert.Equal("finishedAt", error.ParamName);
        Assert.Contains("finished_at required when status is completed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RowError_ToString_ReadsAsASentence() =>
        Assert.Equal("row 17, finished_at: before received_at (value '2023-01-01')", new RowError(17, "finished_at", "before received_at", "2023-01-01").ToString());
}
