// One hub connection per page for the pages outside the map (container, containers, alerts) and
// the header's alert count: each component takes a handle, listens to what it needs and
// subscribes its views; the connection ends shortly after the last handle is released, so a
// navigation from one page to the next keeps it (and its alert subscription) instead of redialling.
import { endSession } from '../api/client.js';
import { Emitter } from '../events.js';
import { useEffect, useState } from '../html.js';
import { LiveConnection } from './hub.js';

/** How long an unused connection lingers, to be taken over by the next page's components. */
const LINGER_MS = 2000;

let shared = null;

function open() {
  const events = { snapshot: new Emitter(), deltas: new Emitter(), alert: new Emitter() };
  const connection = new LiveConnection({
    snapshot: (view, items) => events.snapshot.emit({ view, items }),
    deltas: (view, items) => events.deltas.emit({ view, items }),
    alert: alert => events.alert.emit(alert),
    refused: reason => endSession(reason),
    failed: () => {},
  });
  const offState = connection.stateChanged.on(state => (document.body.dataset.connection = state));
  connection.start();
  return { connection, events, users: 0, views: new Map(), closing: 0, offState };
}

/**
 * A handle on the page's connection: {connection, on(event, listener), subscribe(view), unsubscribe(view), release()}.
 * Events are "snapshot" and "deltas" ({view, items}) and "alert" (the alert).
 */
export function acquire() {
  if (!shared) shared = open();
  const page = shared;
  clearTimeout(page.closing);
  page.users++;
  const offs = [];
  const mine = new Set();
  let released = false;
  const drop = view => {
    const count = page.views.get(view) - 1;
    if (count > 0) page.views.set(view, count);
    else {
      page.views.delete(view);
      page.connection.unsubscribe(view);
    }
  };
  return {
    connection: page.connection,
    on(event, listener) {
      const off = page.events[event].on(listener);
      offs.push(off);
      return off;
    },
    subscribe(view) {
      if (released || mine.has(view)) return;
      mine.add(view);
      const count = page.views.get(view) ?? 0;
      page.views.set(view, count + 1);
      if (count === 0) page.connection.subscribe(view);
    },
    /** Stops watching a view this handle subscribed (the container page, when its number changes). */
    unsubscribe(view) {
      if (released || !mine.delete(view)) return;
      drop(view);
    },
    release() {
      if (released) return;
      released = true;
      for (const off of offs) off();
      for (const view of mine) drop(view);
      mine.clear();

      if (--page.users === 0) {
        page.closing = setTimeout(() => {
          if (page.users > 0) return;
          page.offState();
          page.connection.stop();
          if (shared === page) shared = null;
          // Unless the next page holds a connection of its own (the control center's), which says its state itself.
          if (!window.tracker) document.body.dataset.connection = 'disconnected';
        }, LINGER_MS);
      }
    },
  };
}

/** The page's connection for a component's lifetime: null until mounted, then the handle. */
export function usePageConnection() {
  const [handle, setHandle] = useState(null);
  useEffect(() => {
    const mine = acquire();
    setHandle(mine);
    return () => mine.release();
  }, []);
  return handle;
}
