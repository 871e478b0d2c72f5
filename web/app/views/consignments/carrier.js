// The carrier of a transit (feeder, train or truck) and its track. The API names it as
// `carrier` on the consignment and on its track; a host that does not have them yet is answered
// from what it does have (the feeder's vessel record, the vehicle's track), so the page works
// against both.
import { get } from '../../api/client.js';

const KINDS = { WATER: 'VESSEL', RAIL: 'TRAIN', ROAD: 'TRUCK' };

/** {kind, id, name, position, eta, cutoff, marginMinutes, mainlineImo} or null. */
export async function carrierOf(transit, track) {
  if (transit.carrier) return transit.carrier;
  const kind = KINDS[transit.mode];
  if (kind === 'VESSEL' && transit.feederImo) {
    const vessel = await get(`/vessels/${encodeURIComponent(transit.feederImo)}`).catch(() => null);
    const eta = vessel?.eta ?? null;
    const cutoff = transit.connection?.cutoff ?? null;
    return {
      kind, id: transit.feederImo, name: vessel?.name ?? null, position: vessel?.position ?? null, eta, cutoff,
      marginMinutes: eta && cutoff ? Math.round((Date.parse(cutoff) - Date.parse(eta)) / 60_000) : null,
      mainlineImo: transit.connection?.mainlineImo ?? null,
    };
  }

  const id = kind === 'TRAIN' ? transit.trainId : transit.vehicleId;
  if (!id) return null;
  const last = track?.vehicle?.points?.at(-1);
  return { kind, id, name: null, position: last ? { lat: last.lat, lon: last.lon, time: last.time, speedKmh: last.speedKmh, heading: last.heading } : null, eta: null, cutoff: null, marginMinutes: null, mainlineImo: null };
}

/** The marker kind of a carrier's track: a feeder, a train or a truck. */
export function carrierKind(carrier) {
  return { VESSEL: 'feeder', TRAIN: 'train', TRUCK: 'truck' }[carrier?.kind] ?? 'truck';
}
