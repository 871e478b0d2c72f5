// Which transit corridors the map draws: every open road transit in the road view (refreshed as
// transits start and end), and in any view the transit picked from the alert ticker.
import { useEffect, useState } from '../html.js';
import { get } from '../api/client.js';
import { refresher } from '../api/refresher.js';
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

    const known = new Map();
    const list = refresher(() => get('/map/corridors?mode=ROAD'), setTransits, REFRESH_MS);
    const off = live.store.changed.on(({ changed }) => {
      let stale = false;
      for (const item of changed) {
        if (item.kind !== 'CONSIGNMENT' || item.mode !== 'ROAD') continue;
        if (known.get(item.consignmentId) !== item.status) stale = true;
        known.set(item.consignmentId, item.status);
      }

      if (stale) list.soon(500);
    });
    return () => {
      list.stop();
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
