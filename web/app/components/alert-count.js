// The number of unhandled (open) alerts of the caller's office, in the header on every page,
// linking to the console filtered on them. Refreshed every minute and soon after the hub pushes
// an alert (throttled: a burst of alerts is one request). The page keeps one hub connection: on
// the map the control center's store already hears every alert; elsewhere the page connection is used.
import { html, useEffect, useState } from '../html.js';
import { get } from '../api/client.js';
import { formatNumber, t } from '../i18n/i18n.js';
import { acquire } from '../live/page-connection.js';

const EVERY_MS = 60_000;
const THROTTLE_MS = 1000;

export function AlertCount() {
  const [counts, setCounts] = useState(null);

  useEffect(() => {
    let stopped = false;
    let timer = 0;
    let last = 0;
    let listening = null;

    const refresh = async () => {
      clearTimeout(timer);
      last = Date.now();
      try {
        const answer = await fetchCounts();
        if (!stopped) setCounts(answer);
      } catch {
        // Kept as shown until the next try.
      }

      if (!stopped) timer = setTimeout(refresh, EVERY_MS);
    };

    const soon = () => {
      clearTimeout(timer);
      timer = setTimeout(refresh, Math.max(0, last + THROTTLE_MS - Date.now()));
    };

    refresh();
    // After this commit's effects, so that a control center's page has published its store.
    const wiring = setTimeout(() => {
      if (stopped) return;
      const store = document.querySelector('.page.control-center') ? window.tracker?.store : null;
      if (store) listening = { release: store.alertChanged.on(soon) };
      else {
        listening = acquire();
        listening.on('alert', soon);
        listening.subscribe('alerts');
      }
    }, 0);

    return () => {
      stopped = true;
      clearTimeout(timer);
      clearTimeout(wiring);
      listening?.release();
    };
  }, []);

  const open = counts?.open ?? null;
  const label = open === null ? '' : formatNumber(open);
  const title = t('alertsPages.count.title', { n: label || '–', a: counts ? formatNumber(counts.acknowledged ?? 0) : '–' });
  return html`
    <a class="alert-count ${open > 0 ? 'has-open' : ''}" href="/alerts?status=OPEN" data-open=${open ?? ''}
      title=${title} aria-label=${title}>
      <span class="bell" aria-hidden="true"></span>
      <span class="count-label">${t('alertsPages.count.label')}</span>
      <span class="badge" data-count=${open ?? 0}>${label || '–'}</span>
    </a>`;
}

async function fetchCounts() {
  return get('/alerts/counts');
}
