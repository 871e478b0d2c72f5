// The live state of the view the page shows: the latest item of every object, and the open
// alerts. Hub messages are queued as they arrive and applied together once per animation frame
// (never one redraw per message); nothing queued is ever dropped.
import { Emitter } from '../events.js';

/** No report for this long and a marker turns grey. */
export const STALE_MS = 5 * 60_000;

/** Objects of a closed transit leave the map this long after it closes. */
export const RETIRE_AFTER_CLOSE_MS = 45_000;

/** Objects silent this long leave the map, unless their transit is still open. */
export const FORGET_AFTER_MS = 6 * 3600_000;

export class LiveStore {
  /** id ("lock:L1", "vessel:9512379", ...) → the newest item. */
  items = new Map();
  /** alert id → alert, every one not yet resolved. */
  alerts = new Map();
  /** Emits {changed: items[], reset: bool} after each frame's batch is applied. */
  changed = new Emitter();
  /** Emits the alert after an alert arrives or changes (at once: alerts are not held for a frame). */
  alertChanged = new Emitter();
  /** ISO time at which the last delta or snapshot was applied. */
  updatedAt = null;

  #queue = [];

  snapshot(items) {
    this.#queue.push({ reset: true, items });
  }

  deltas(items) {
    this.#queue.push({ reset: false, items });
  }

  /** Applies everything queued since the last frame; answers {changed, reset}, or null when nothing was queued. */
  flush() {
    if (this.#queue.length === 0) return null;
    const queue = this.#queue;
    this.#queue = [];
    let reset = false;
    const changed = new Map();
    for (const batch of queue) {
      if (batch.reset) {
        this.items.clear();
        changed.clear();
        reset = true;
      }

      for (const item of batch.items) {
        const known = this.items.get(item.id);
        if (known && known.time > item.time) continue;
        this.items.set(item.id, item);
        changed.set(item.id, item);
      }
    }

    this.updatedAt = new Date().toISOString();
    const change = { changed: [...changed.values()], reset };
    this.changed.emit(change);
    return change;
  }

  /** The alerts snapshot: what is not yet resolved. */
  alertSnapshot(alerts) {
    this.alerts.clear();
    for (const alert of alerts) this.#keepAlert(alert);
    this.alertChanged.emit(null);
  }

  alert(alert) {
    this.#keepAlert(alert);
    this.alertChanged.emit(alert);
  }

  #keepAlert(alert) {
    if (alert.status === 'RESOLVED') this.alerts.delete(alert.id);
    else this.alerts.set(alert.id, alert);
  }

  /** The consignment item of a consignment id, if the view has it. */
  consignment(id) {
    return id ? this.items.get(`consignment:${id}`) : undefined;
  }
}

/** What a marker shows of an object's situation, worst first: alert, held, stale, moving. */
export class StatusIndex {
  #alerting = new Set();
  #held = new Set();

  constructor(store) {
    this.store = store;
  }

  /** Rebuilt when alerts or consignments change: which transits and carriers have an open alert or a hold. */
  rebuild() {
    this.#alerting.clear();
    this.#held.clear();
    for (const alert of this.store.alerts.values()) {
      this.#alerting.add(alert.consignmentId);
      const carrier = this.store.consignment(alert.consignmentId)?.carrier;
      if (carrier) this.#alerting.add(carrier);
    }

    for (const item of this.store.items.values()) {
      if (item.kind === 'CONSIGNMENT' && item.held) {
        this.#held.add(item.consignmentId);
        if (item.carrier) this.#held.add(item.carrier);
      }
    }
  }

  /** @param time the item's time in ms, when the caller has it parsed already */
  statusOf(item, now, time = Date.parse(item.time)) {
    if (this.#alerting.has(item.consignmentId) || this.#alerting.has(item.id)) return 'alert';
    if (item.held || this.#held.has(item.consignmentId) || this.#held.has(item.id)) return 'held';
    if (now - time > STALE_MS) return 'stale';
    return 'moving';
  }

  /** Whether the object still belongs on the map: its transit is open, or it reported recently. */
  onMap(item, now, time = Date.parse(item.time)) {
    const transit = this.store.consignment(item.consignmentId);
    if (transit?.status === 'CLOSED') return now - Date.parse(transit.time) < RETIRE_AFTER_CLOSE_MS;
    if (transit) return true;
    return now - time < FORGET_AFTER_MS;
  }
}

/** The marker kind of a live item: feeder, mainline, vessel, train, truck or lock; null for what is not drawn. */
export function markerKind(item) {
  if (item.lat == null || item.lon == null) return null;
  switch (item.kind) {
    case 'VESSEL': return item.category === 'MAINLINE' ? 'mainline' : item.category === 'FEEDER' ? 'feeder' : 'vessel';
    case 'VEHICLE': return item.category === 'TRAIN' || item.mode === 'RAIL' ? 'train' : 'truck';
    case 'LOCK': return 'lock';
    default: return null;
  }
}

export const MARKER_KINDS = ['feeder', 'mainline', 'vessel', 'train', 'truck', 'lock'];
export const MARKER_STATUSES = ['moving', 'held', 'alert', 'stale'];
