// Which transit corridors the map draws: every open road transit in the road view (refreshed as
// transits start and end), and in any view the transit picked from the alert ticker.
import { useEffect, useState } from '../html.js';
import { get } from '../api/client.js';
import { warnedTransits } from '../map/corridor-layers.js';

const REFRESH_MS = 15_000;

export function useCorridors(live, view, highlighted) {
  const [transits, setTransits] = useState([]);
  const [extra, setExtra] = useState(null);

  // The road view's transits: fetched on entering, when a road transit appears or changes status, and now and then.
  useEffect(() => {
    if (!live || view !== 'road') {
      setTransits([]);
      return undefined;
    }

    let stopped = false;
    let timer = 0;
    const known = new Map();
    const load = async () => {
      clearTimeout(timer);
      try {
        const list = await get('/map/corridors?mode=ROAD');
        if (!stopped) setTransits(list);
      } catch {
        // Kept as drawn; the next refresh tries again.
      }

      if (!stopped) timer = setTimeout(load, REFRESH_MS);
    };

    const off = live.store.changed.on(({ changed }) => {
      let stale = false;
      for (const item of changed) {
        if (item.kind !== 'CONSIGNMENT' || item.mode !== 'ROAD') continue;
        if (known.get(item.consignmentId) !== item.status) stale = true;
        known.set(item.consignmentId, item.status);
      }

      if (stale) {
        clearTimeout(timer);
        timer = setTimeout(load, 500);
      }
    });
    load();
    return () => {
      stopped = true;
      clearTimeout(timer);
      off();
    };
  }, [live, view]);

  // A transit picked from an alert is drawn in any view, if the view does not draw it already.
  useEffect(() => {
    if (!highlighted || transits.some(g => g.consignmentId === highlighted)) {
      setExtra(null);
      return;
    }

    get(`/consignments/${encodeURIComponent(highlighted)}`)
      .then(c => setExtra({ ...c, consignmentId: c.id }))
      .catch(() => setExtra(null));
  }, [highlighted, transits]);

  useEffect(() => {
    if (!live) return undefined;
    const draw = () => {
      const shown = extra && extra.consignmentId === highlighted ? [...transits, extra] : transits;
      live.map.corridors.set(shown, { warned: warnedTransits(live.store.alerts.values()), highlighted });
    };

    draw();
    return live.store.alertChanged.on(draw);
  }, [live, transits, extra, highlighted]);

  return transits;
}
