// Injected into the app's own page by the map-fps benchmark (evaluated, so the page's CSP allows
// it): a synthetic fleet fed through the same store the hub feeds. Every 250 ms half the fleet
// reports, so each marker moves twice a second. Markers are spread over what the map shows.
({ count, seed }) => {
  const kinds = [
    ['LOCK', 'ROAD', null, 0.4], ['VEHICLE', 'ROAD', 'TRUCK', 0.25], ['VEHICLE', 'RAIL', 'TRAIN', 0.1],
    ['VESSEL', 'WATER', 'FEEDER', 0.15], ['VESSEL', 'WATER', 'MAINLINE', 0.1],
  ];
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  const map = window.tracker.map.map;
  const bounds = map.getBounds().pad(-0.05);
  const south = bounds.getSouth(), west = bounds.getWest();
  const height = bounds.getNorth() - south, width = bounds.getEast() - west;
  const fleet = [];
  for (let i = 0; i < count; i++) {
    let pick = random();
    const [kind, mode, category] = kinds.find(([, , , share]) => (pick -= share) < 0) ?? kinds[0];
    fleet.push({
      id: `${kind.toLowerCase()}:bench-${i}`, kind, mode, category, label: `bench ${i}`, status: kind === 'LOCK' ? 'sealed' : undefined,
      lat: south + random() * height, lon: west + random() * width, heading: Math.floor(random() * 360), speedKmh: 40,
    });
  }

  const item = f => ({ ...f, time: new Date().toISOString() });
  window.tracker.store.snapshot(fleet.map(item));
  let half = 0;
  let sent = 0;
  const step = Math.min(height, width) / 400;
  const timer = setInterval(() => {
    const batch = [];
    for (let i = half; i < fleet.length; i += 2) {
      const f = fleet[i];
      const turn = (random() - 0.5) * 30;
      f.heading = (f.heading + turn + 360) % 360;
      const rad = (f.heading * Math.PI) / 180;
      f.lat = Math.min(south + height, Math.max(south, f.lat + Math.cos(rad) * step));
      f.lon = Math.min(west + width, Math.max(west, f.lon + Math.sin(rad) * step));
      batch.push(item(f));
    }

    half = 1 - half;
    sent += batch.length;
    window.tracker.store.deltas(batch);
  }, 250);

  // Time spent in the map's own per-frame work: applying deltas, placing and drawing markers.
  const markers = window.tracker.map.markers;
  const work = { ms: 0 };
  for (const name of ['sync', 'draw', 'classify', 'reclassify']) {
    const original = markers[name].bind(markers);
    markers[name] = (...args) => {
      const started = performance.now();
      try {
        return original(...args);
      } finally {
        work.ms += performance.now() - started;
      }
    };
  }

  window.fleetBench = {
    work,
    stop: () => clearInterval(timer),
    get sent() { return sent; },
    /** Markers whose latest report the store does not hold: a dropped delta would show here. */
    dropped: () => fleet.filter(f => window.tracker.store.items.get(f.id)?.lat !== f.lat).length,
  };
}
