// The customs console (/alerts): the office's alerts newest first, filtered, kept live by the hub
// view "alerts" (each new or changed alert is merged into the list), with the selected alert's
// evidence, history and actions beside it. The filters and the selected alert are in the address
// (/alerts?status=OPEN&id=...), so a link opens the same view.
import { html, useEffect, useRef, useState } from '../../html.js';
import { get } from '../../api/client.js';
import { t, useLanguage } from '../../i18n/i18n.js';
import { usePageConnection } from '../../live/page-connection.js';
import { navigate, useAddress } from '../../router.js';
import { Header } from '../../components/header.js';
import { problemText } from '../containers/problem-text.js';
import { AlertDetail } from './alert-detail.js';
import { AlertFilters } from './alert-filters.js';
import { AlertRows } from './alert-rows.js';
import { chime, SoundToggle } from './alert-sound.js';
import { listAlerts, matches, newestFirst } from './alerts-api.js';

const FILTERS = ['status', 'type', 'severity', 'since', 'until'];
const LOUD = new Set(['HIGH', 'CRITICAL']);
const FRESH_MS = 5000;

export function AlertsConsole() {
  useLanguage();
  const live = usePageConnection();
  const [filters, setFilters] = useState(fromAddress);
  const [selected, setSelected] = useState(() => new URLSearchParams(location.search).get('id'));
  const [list, setList] = useState({ items: [], next: null, loading: true, error: null });
  const [detail, setDetail] = useState(null);
  const [fresh, setFresh] = useState(new Set());
  const filtersRef = useRef(filters);
  const selectedRef = useRef(selected);
  const generation = useRef(0);
  const itemsRef = useRef([]);
  filtersRef.current = filters;
  itemsRef.current = list.items;
  selectedRef.current = selected;

  useEffect(() => {
    document.body.dataset.view = 'alerts';
  }, []);

  // A link to other filters while the console is open (the header's count of open alerts) sets them.
  const address = useAddress();
  useEffect(() => {
    const wanted = fromAddress();
    if (FILTERS.some(name => wanted[name] !== filtersRef.current[name])) setFilters(wanted);
  }, [address]);

  // The address follows the filters and the selection (replaced, not pushed: they are one view).
  useEffect(() => {
    const q = new URLSearchParams();
    for (const name of FILTERS) if (filters[name]) q.set(name, filters[name]);
    if (selected) q.set('id', selected);
    const qs = q.toString();
    navigate(`/alerts${qs ? `?${qs}` : ''}`, { replace: true });
  }, [filters, selected]);

  const load = async (next = null) => {
    const mine = ++generation.current;
    setList(l => ({ ...l, loading: true, error: null }));
    try {
      const page = await listAlerts(next ?? filtersRef.current);
      if (mine !== generation.current) return;
      // The server may not know every filter yet: the list shows only what matches them.
      const items = page.items.filter(a => matches(a, filtersRef.current));
      setList(l => ({ items: next ? merge(l.items, items) : items.sort(newestFirst), next: page.next, loading: false, error: null }));
    } catch (e) {
      if (mine === generation.current) setList(l => ({ ...l, loading: false, error: problemText(e) }));
    }
  };

  useEffect(() => {
    load();
  }, [filters]);

  // Pushed alerts: changed ones are updated where they are, new ones matching the filters come in on top.
  useEffect(() => {
    if (!live) return undefined;
    let snapshots = 0;
    live.on('alert', alert => {
      const known = itemsRef.current.some(a => a.id === alert.id);
      const added = !known && matches(alert, filtersRef.current);
      if (known) setList(l => ({ ...l, items: l.items.map(a => (a.id === alert.id ? alert : a)) }));
      if (added) setList(l => ({ ...l, items: [alert, ...l.items.filter(a => a.id !== alert.id)].sort(newestFirst) }));
      if (selectedRef.current === alert.id) setDetail(d => (d?.alert.id === alert.id ? { ...d, alert } : d));
      if (added && alert.status === 'OPEN' && LOUD.has(alert.severity)) {
        setFresh(f => new Set(f).add(alert.id));
        setTimeout(() => setFresh(f => new Set([...f].filter(id => id !== alert.id))), FRESH_MS);
        chime(alert.severity);
      }
    });
    // A snapshot after a reconnect means pushes may have been missed: the list is read again.
    live.on('snapshot', ({ view }) => {
      if (view === 'alerts' && snapshots++ > 0) load();
    });
    live.subscribe('alerts');
    return undefined;
  }, [live]);

  // The selected alert in full, and its transit's corridor for the evidence map.
  useEffect(() => {
    if (!selected) {
      setDetail(null);
      return undefined;
    }

    let stopped = false;
    const inList = list.items.find(a => a.id === selected);
    setDetail(d => (d?.alert.id === selected ? d : inList ? { alert: inList, transit: null } : null));
    (async () => {
      try {
        const alert = await get(`/alerts/${encodeURIComponent(selected)}`);
        if (stopped) return;
        setDetail(d => ({ alert, transit: d?.alert.id === selected ? d.transit : null }));
        const transit = await get(`/consignments/${encodeURIComponent(alert.consignmentId)}`).catch(() => null);
        if (!stopped) setDetail(d => (d?.alert.id === selected ? { ...d, transit } : d));
      } catch (e) {
        if (!stopped) setDetail({ missing: true, message: problemText(e) });
      }
    })();
    return () => {
      stopped = true;
    };
  }, [selected]);

  // A selected alert has been seen: it stops flashing.
  const select = id => {
    setSelected(id);
    setFresh(f => (f.has(id) ? new Set([...f].filter(x => x !== id)) : f));
  };

  const changed = alert => {
    setDetail(d => ({ ...d, alert }));
    setList(l => ({ ...l, items: l.items.map(a => (a.id === alert.id ? alert : a)) }));
  };

  return html`
    <div class="page">
      <${Header} live=${live?.connection} />
      <main class="alerts-console" data-page="alerts">
        <header class="page-head console-head">
          <div>
            <h1>${t('alertsPages.title')}</h1>
            <p class="intro">${t('alertsPages.intro')}</p>
          </div>
          <${SoundToggle} />
        </header>
        <${AlertFilters} filters=${filters} onChange=${setFilters} />
        <div class="console-grid">
          <section class="card list-pane" aria-label=${t('alertsPages.list')}>
            ${list.error && html`<p class="notice warning" role="alert" data-error>${list.error}</p>`}
            <${AlertRows} alerts=${list.items} selected=${selected} fresh=${fresh} onSelect=${select} />
            ${!list.loading && !list.error && list.items.length === 0 && html`<p class="muted empty" data-empty>${t('alertsPages.empty')}</p>`}
            <div class="list-foot">
              ${list.loading && html`<span class="muted">${t('details.loading')}</span>`}
              ${list.next && !list.loading && html`<button type="button" class="secondary" data-action="more" onClick=${() => load(list.next)}>${t('alertsPages.more')}</button>`}
            </div>
          </section>
          <section class="card detail-pane">
            ${!selected && html`<p class="muted placeholder">${t('alertsPages.pick')}</p>`}
            ${selected && !detail && html`<p class="muted placeholder">${t('details.loading')}</p>`}
            ${detail?.missing && html`<p class="notice warning" role="alert">${detail.message}</p>`}
            ${detail?.alert && html`<${AlertDetail} alert=${detail.alert} transit=${detail.transit} onChanged=${changed} onClose=${() => setSelected(null)} />`}
          </section>
        </div>
      </main>
    </div>`;
}

function fromAddress() {
  const q = new URLSearchParams(location.search);
  return Object.fromEntries(FILTERS.map(name => [name, q.get(name) ?? '']));
}

/** A further page appended, without repeating an alert already pushed in. */
function merge(items, more) {
  const seen = new Set(items.map(a => a.id));
  return [...items, ...more.filter(a => !seen.has(a.id))];
}
