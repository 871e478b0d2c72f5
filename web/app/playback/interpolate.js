// Where a tracked device was at a moment: its track's points (oldest first, each {time, lat, lon,
// heading?}) are joined by straight lines, walked at an even pace between two reports. Before
// the first report there is no position; after the last it stays at the last.

/** The points' times as ms since the epoch, parsed once per track (playback asks 60 times a second). */
export function prepare(points) {
  const sorted = [...points].sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
  return sorted.map(p => ({ ...p, t: Date.parse(p.time) }));
}

/** Index of the last point at or before time, or -1 when time is before the first one. */
export function indexAt(prepared, time) {
  let lo = 0;
  let hi = prepared.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (prepared[mid].t <= time) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }

  return found;
}

/** {lat, lon, heading} at time, interpolated between the reports around it; null before the first. */
export function positionAt(prepared, time) {
  const i = indexAt(prepared, time);
  if (i < 0) return null;
  const a = prepared[i];
  const b = prepared[i + 1];
  if (!b || b.t === a.t) return { lat: a.lat, lon: a.lon, heading: a.heading ?? null };
  const f = (time - a.t) / (b.t - a.t);
  return {
    lat: a.lat + (b.lat - a.lat) * f,
    lon: a.lon + (b.lon - a.lon) * f,
    heading: a.heading ?? bearing(a, b),
  };
}

/** The track walked so far, as [lat, lon] pairs ending at the interpolated position. */
export function trailUntil(prepared, time) {
  const i = indexAt(prepared, time);
  if (i < 0) return [];
  const trail = prepared.slice(0, i + 1).map(p => [p.lat, p.lon]);
  const here = positionAt(prepared, time);
  if (here && (here.lat !== prepared[i].lat || here.lon !== prepared[i].lon)) trail.push([here.lat, here.lon]);
  return trail;
}

/** First and last moment over several tracks (ms), or null when none has a point. */
export function span(tracks) {
  let first = Infinity;
  let last = -Infinity;
  for (const track of tracks) {
    if (track.length === 0) continue;
    first = Math.min(first, track[0].t);
    last = Math.max(last, track[track.length - 1].t);
  }

  return first === Infinity ? null : { first, last };
}

function bearing(a, b) {
  const rad = Math.PI / 180;
  const y = Math.sin((b.lon - a.lon) * rad) * Math.cos(b.lat * rad);
  const x = Math.cos(a.lat * rad) * Math.sin(b.lat * rad) - Math.sin(a.lat * rad) * Math.cos(b.lat * rad) * Math.cos((b.lon - a.lon) * rad);
  return ((Math.atan2(y, x) / rad) + 360) % 360;
}
