// The transits customs and control may see, newest first: filtered by mode, status and office,
// a page at a time ("more"), each row linking to its transit. Kept fresh every 15 s.
import { html, useEffect, useRef, useState } from '../../html.js';
import { get } from '../../api/client.js';
import { refresher } from '../../api/refresher.js';
import { Header } from '../../components/header.js';
import { formatDateTime, formatNumber, t, useLanguage } from '../../i18n/i18n.js';

const REFRESH_MS = 15_000;
const MODES = ['ROAD', 'RAIL', 'WATER'];
const STATUSES = ['DECLARED', 'SEALED', 'DEPARTED', 'IN_TRANSIT', 'ARRIVED', 'UNSEALED', 'CLOSED'];

export function ConsignmentList() {
  useLanguage();
  const initial = new URLSearchParams(location.search);
  const [filters, setFilters] = useState({ mode: initial.get('mode') ?? '', status: initial.get('status') ?? '', office: initial.get('office') ?? '' });
  const [office, setOffice] = useState(filters.office);
  const [first, setFirst] = useState(null);
  const [more, setMore] = useState([]);
  const [next, setNext] = useState(null);
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const pagesShown = useRef(0);

  const query = page => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(filters)) if (v) q.set(k, v);
    if (page) q.set('page', page);
    return `/consignments?${q}`;
  };

  useEffect(() => {
    document.body.dataset.view = 'consignments';
  }, []);

  // The first page is refreshed; pages fetched with "more" stay as fetched until the filters change.
  useEffect(() => {
    setMore([]);
    pagesShown.current = 0;
    const shown = new URLSearchParams(Object.entries(filters).filter(([, v]) => v));
    history.replaceState(null, '', `/consignments${shown.size ? `?${shown}` : ''}`);
    const list = refresher(() => get(query()), result => {
      setError(null);
      setFirst(result.items);
      if (pagesShown.current === 0) setNext(result.next);
    }, REFRESH_MS);
    return () => list.stop();
  }, [filters.mode, filters.status, filters.office]);

  const loadMore = async () => {
    setBusy(true);
    try {
      const result = await get(query(next));
      pagesShown.current++;
      setMore(m => [...m, ...result.items]);
      setNext(result.next);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const set = (name, value) => setFilters(f => ({ ...f, [name]: value }));
  const seen = new Set();
  const rows = [...(first ?? []), ...more].filter(c => !seen.has(c.id) && seen.add(c.id));

  return html`
    <div class="page">
      <${Header} />
      <main class="list-page" data-page="consignments">
        <header class="list-head">
          <div>
            <h1>${t('consignmentsPages.list.title')}</h1>
            <p class="intro">${t('consignmentsPages.list.intro')}</p>
          </div>
          <form class="filters" onSubmit=${e => { e.preventDefault(); set('office', office.trim()); }}>
            <label><span>${t('consignmentsPages.list.mode')}</span>
              <select data-filter="mode" value=${filters.mode} onChange=${e => set('mode', e.target.value)}>
                <option value="">${t('consignmentsPages.list.any')}</option>
                ${MODES.map(m => html`<option value=${m} selected=${filters.mode === m}>${t(`modes.${m}`)}</option>`)}
              </select>
            </label>
            <label><span>${t('consignmentsPages.list.status')}</span>
              <select data-filter="status" value=${filters.status} onChange=${e => set('status', e.target.value)}>
                <option value="">${t('consignmentsPages.list.any')}</option>
                ${STATUSES.map(s => html`<option value=${s} selected=${filters.status === s}>${t(`status.${s}`)}</option>`)}
              </select>
            </label>
            <label><span>${t('consignmentsPages.list.office')}</span>
              <input data-filter="office" value=${office} placeholder=${t('consignmentsPages.list.anyOffice')}
                onInput=${e => setOffice(e.target.value)} onBlur=${() => set('office', office.trim())} />
            </label>
          </form>
        </header>
        ${error && html`<p class="error" role="alert">${error.problem?.errors ? Object.entries(error.problem.errors).map(([f, m]) => `${f}: ${m}`).join('; ') : t('errors.generic', { detail: error.message })}</p>`}
        <div class="table-card">
          <table class="grid consignments-table">
            <thead><tr>
              <th>${t('consignmentsPages.list.id')}</th><th>${t('consignmentsPages.list.mode')}</th><th>${t('consignmentsPages.list.status')}</th>
              <th>${t('consignmentsPages.list.route')}</th><th>${t('consignmentsPages.list.offices')}</th><th class="num">${t('consignmentsPages.list.boxes')}</th>
              <th>${t('consignmentsPages.list.updated')}</th>
            </tr></thead>
            <tbody>
              ${rows.map(c => html`
                <tr data-consignment=${c.id} class=${c.onHold ? 'held' : ''}>
                  <td><a href=${`/consignments/${encodeURIComponent(c.id)}`}><b>${c.id}</b></a><br /><span class="muted">${c.tenant}</span></td>
                  <td><span class="tag mode-${c.mode}">${t(`modes.${c.mode}`)}</span></td>
                  <td><span class="tag status" data-status=${c.status}>${t(`status.${c.status}`)}</span>${c.onHold ? html` <span class="tag warning">${t('status.onHold')}</span>` : ''}</td>
                  <td>${c.origin} → ${c.destination}</td>
                  <td class="muted">${(c.offices ?? []).join(', ')}</td>
                  <td class="num">${formatNumber(c.containers)}</td>
                  <td class="muted">${formatDateTime(c.updatedAt)}</td>
                </tr>`)}
            </tbody>
          </table>
          ${first && rows.length === 0 && html`<p class="empty muted">${t('consignmentsPages.list.none')}</p>`}
          ${!first && !error && html`<p class="empty muted">${t('details.loading')}</p>`}
        </div>
        ${next && html`<button type="button" class="secondary more" data-action="more" disabled=${busy} onClick=${loadMore}>${t('consignmentsPages.list.more')}</button>`}
      </main>
    </div>`;
}
