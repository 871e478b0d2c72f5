using Tracker.Domain.Supervision;

namespace Tracker.UnitTests.Supervision;

public class PortRuleTests
{
    private static readonly DateTimeOffset At = TestRoute.Start.AddHours(5);

    [Fact]
    public void A_port_call_off_the_declared_route_raises_UPRT()
    {
        var uprt = Assert.Single(TestRoute.Supervisor().OnPortCall("CNWEI", At).Raised);

        Assert.Equal(AnomalyType.UPRT, uprt.Type);
        Assert.Equal(Severity.High, uprt.Severity);
        Assert.Equal(At, uprt.At);
        Assert.Null(uprt.Device);
        Assert.Equal("carrier called at CNWEI, which is not on the declared route (CNTAO, CNJZU)", uprt.Evidence.Summary);
    }

    [Theory]
    [InlineData("CNTAO")]
    [InlineData("cntao")]
    [InlineData(" CNJZU ")]
    public void A_port_on_the_declared_route_raises_nothing(string port)
    {
        var supervisor = TestRoute.Supervisor();

        Assert.True(supervisor.OnPortCall(port, At).IsEmpty);
        Assert.True(supervisor.OnDischarge("CSQU3054383", port, At).IsEmpty);
    }

    [Fact]
    public void Unexpected_port_is_raised_once_per_port()
    {
        var replay = new Replay(TestRoute.Supervisor());

        replay.Take(replay.Supervisor.OnPortCall("CNWEI", At));
        replay.Take(replay.Supervisor.OnPortCall("cnwei", At.AddHours(1)));
        replay.Take(replay.Supervisor.OnDischarge("CSQU3054383", "CNWEI", At.AddHours(2)));
        replay.Take(replay.Supervisor.OnDischarge("CSQU3054383", "CNYNT", At.AddHours(9)));

        Assert.Equal(2, replay.Raised.Count);
        Assert.Equal(
            "container CSQU3054383 discharged at CNYNT, which is not on the declared route (CNTAO, CNJZU)",
            replay.Raised[1].Evidence.Summary);
        Assert.Empty(replay.Ended);
    }

    [Fact]
    public void A_discharge_off_route_is_raised_even_after_arrival()
    {
        var supervisor = TestRoute.Supervisor();
        supervisor.OnArrived(At);

        Assert.Single(supervisor.OnDischarge("CSQU3054383", "KRINC", At.AddHours(1)).Raised);
    }
}
