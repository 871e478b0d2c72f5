using Tracker.Domain.Events;

namespace Tracker.UnitTests.Events;

public class EventCodesTests
{
    [Theory]
    [InlineData(EventCode.GTIN, EventType.Equipment)]
    [InlineData(EventCode.CUSR, EventType.Equipment)]
    [InlineData(EventCode.ARRP, EventType.Equipment)]
    [InlineData(EventCode.ARRD, EventType.Equipment)]
    [InlineData(EventCode.ARRI, EventType.Transport)]
    [InlineData(EventCode.DEPA, EventType.Transport)]
    [InlineData(EventCode.TDEC, EventType.Transit)]
    [InlineData(EventCode.RELS, EventType.Transit)]
    [InlineData(EventCode.SEAL, EventType.Seal)]
    [InlineData(EventCode.BATL, EventType.Seal)]
    public void Each_code_belongs_to_its_event_type(EventCode code, EventType type)
    {
        Assert.Equal(type, EventCodes.TypeOf(code));
    }

    [Fact]
    public void Every_code_has_a_type_and_the_families_have_the_expected_sizes()
    {
        var counts = Enum.GetValues<EventCode>().GroupBy(EventCodes.TypeOf).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(16, counts[EventType.Equipment]);
        Assert.Equal(2, counts[EventType.Transport]);
        Assert.Equal(6, counts[EventType.Transit]);
        Assert.Equal(5, counts[EventType.Seal]);
    }

    [Theory]
    [InlineData(EventType.Equipment, "EQUIPMENT")]
    [InlineData(EventType.Transport, "TRANSPORT")]
    [InlineData(EventType.Transit, "TRANSIT")]
    [InlineData(EventType.Seal, "SEAL")]
    public void Wire_name_of_event_type_is_upper_case(EventType type, string wireName)
    {
        Assert.Equal(wireName, EventCodes.WireName(type));
    }

    [Fact]
    public void Matching_type_and_code_parse()
    {
        Assert.True(EventCodes.TryParse("TRANSPORT", "ARRI", out var type, out var code, out var error));
        Assert.Null(error);
        Assert.Equal(EventType.Transport, type);
        Assert.Equal(EventCode.ARRI, code);
    }

    [Fact]
    public void Code_under_the_wrong_type_is_rejected_naming_its_real_type()
    {
        Assert.False(EventCodes.TryParse("EQUIPMENT", "ARRI", out _, out _, out var error));
        Assert.Equal("ARRI is a TRANSPORT code, not EQUIPMENT", error);
    }

    [Theory]
    [InlineData("equipment", "GTIN", "unknown event type 'equipment'; expected EQUIPMENT, TRANSPORT, TRANSIT or SEAL")]
    [InlineData("SHIPMENT", "GTIN", "unknown event type 'SHIPMENT'; expected EQUIPMENT, TRANSPORT, TRANSIT or SEAL")]
    [InlineData("0", "GTIN", "unknown event type '0'; expected EQUIPMENT, TRANSPORT, TRANSIT or SEAL")]
    [InlineData("EQUIPMENT", "gtin", "unknown event code 'gtin'")]
    [InlineData("EQUIPMENT", "XXXX", "unknown event code 'XXXX'")]
    [InlineData("EQUIPMENT", "3", "unknown event code '3'")]
    [InlineData(null, "GTIN", "eventType is required")]
    [InlineData("EQUIPMENT", "", "eventCode is required")]
    public void Unknown_or_missing_wire_names_are_rejected(string? eventType, string? eventCode, string expectedError)
    {
        Assert.False(EventCodes.TryParse(eventType, eventCode, out _, out _, out var error));
        Assert.Equal(expectedError, error);
    }
}
