// Client-side routes. The host answers index.html for each app path (API.md "Web app routes"),
// so a reload or a shared link lands on the same page.
import { Emitter } from './events.js';
import { useEffect, useState } from './html.js';

const changed = new Emitter();

export function path() {
  return location.pathname;
}

export function navigate(to, { replace = false } = {}) {
  if (to === location.pathname + location.search) return;
  history[replace ? 'replaceState' : 'pushState'](null, '', to);
  changed.emit(to);
}

window.addEventListener('popstate', () => changed.emit(location.pathname));

/** Re-renders on navigation; answers the current path. */
export function usePath() {
  const [current, setCurrent] = useState(location.pathname);
  useEffect(() => changed.on(() => setCurrent(location.pathname)), []);
  return current;
}

/** Re-renders on any navigation, a change of the query alone included; answers path and query. */
export function useAddress() {
  const [current, setCurrent] = useState(location.pathname + location.search);
  useEffect(() => changed.on(() => setCurrent(location.pathname + location.search)), []);
  return current;
}

/** Follows same-origin links without reloading the page. */
export function onLinkClick(event) {
  const link = event.target.closest?.('a[href]');
  if (!link || link.target || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  const url = new URL(link.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/api') || url.pathname.startsWith('/dashboard')) return;
  event.preventDefault();
  navigate(url.pathname + url.search);
}

/** The flow views of the map, by path. */
export const flowViews = { '/': 'overview', '/water': 'water', '/rail': 'rail', '/road': 'road' };
