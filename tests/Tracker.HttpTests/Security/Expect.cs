using System.Net;

namespace Tracker.HttpTests.Security;

/// <summary>
/// What one caller gets from one endpoint, one letter per caller in the order of <see cref="Callers.All"/>:
/// <list type="bullet">
/// <item><c>O</c>: served, 200 (or the route's success status);</item>
/// <item><c>C</c>: a command the caller is authorised for: 2xx, or 409/422 when the state refuses it (the matrix sends the
///   same command as every caller in parallel, so which one wins is open); never 401/403/404, and never 400: the matrix
///   sends a valid body, so that authorisation decides and not validation;</item>
/// <item><c>A</c>: past authorisation, whatever the route makes of the request (the hub's transports without a
///   connection id, the dashboard's routes given a made-up silo or grain name): anything but 401 and 403;</item>
/// <item><c>H</c>: hidden, the object is not the caller's: 404 as for an object that does not exist (422 naming the field
///   where the object is a field of a body);</item>
/// <item><c>F</c>: forbidden, 403;</item>
/// <item><c>U</c>: unauthenticated, 401.</item>
/// </list>
/// </summary>
public static class Expect
{
    public static bool Matches(char expected, HttpStatusCode status)
    {
        var code = (int)status;
        return expected switch
        {
            'O' => code is >= 200 and < 300,
            'C' => code is >= 200 and < 300 or 409 or 422,
            'A' => code is not (401 or 403),
            'H' => code is 404 or 422,
            'F' => code == 403,
            'U' => code == 401,
            _ => throw new ArgumentOutOfRangeException(nameof(expected), expected, "not a letter of the table"),
        };
    }

    public static string Describe(char expected) => expected switch
    {
        'O' => "2xx",
        'C' => "2xx/409/422 (authorised)",
        'A' => "neither 401 nor 403",
        'H' => "404 (hidden)",
        'F' => "403",
        'U' => "401",
        _ => expected.ToString(),
    };
}
