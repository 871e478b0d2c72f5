// The caller's containers in open and recent transits: filter by transit status, search by
// number or transit (debounced, so typing does not fire a request per key), "more" pages on.
import { html, useEffect, useRef, useState } from '../../html.js';
import { get } from '../../api/client.js';
import * as session from '../../auth/session.js';
import { formatAgo, formatDateTime, t } from '../../i18n/i18n.js';
import { problemText } from './problem-text.js';

const STATUSES = ['DECLARED', 'SEALED', 'DEPARTED', 'IN_TRANSIT', 'ARRIVED', 'UNSEALED', 'CLOSED'];
const SEARCH_AFTER_MS = 300;
const SEAL_TONE = { sealed: 'ok', opened: 'danger', tampered: 'danger' };
const CUSTOMS_TONE = { HELD: 'danger', INSPECTION: 'warning', SCAN: 'warning', RELEASED: 'ok' };

export function ContainerList() {
  const [status, setStatus] = useState(() => new URLSearchParams(location.search).get('status') ?? '');
  const [text, setText] = useState(() => new URLSearchParams(location.search).get('q') ?? '');
  const [q, setQ] = useState(text);
  const [list, setList] = useState({ items: [], next: null, loading: true, error: null });
  const generation = useRef(0);
  const mayOpenTransit = session.claims()?.role !== 'enterprise';

  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), SEARCH_AFTER_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const load = async (page, append) => {
    const mine = ++generation.current;
    setList(l => ({ ...l, loading: true, error: null }));
    const query = new URLSearchParams();
    if (status) query.set('status', status);
    if (q) query.set('q', q);
    if (page) query.set('page', page);
    try {
      const qs = query.toString();
      const answer = await get(`/containers${qs ? `?${qs}` : ''}`);
      // An answer to an older filter must not overwrite a newer one's.
      if (mine !== generation.current) return;
      setList(l => ({ items: append ? [...l.items, ...answer.items] : answer.items, next: answer.next ?? null, loading: false, error: null }));
    } catch (e) {
      if (mine === generation.current) setList(l => ({ ...l, loading: false, error: problemText(e) }));
    }
  };

  useEffect(() => {
    load(null, false);
  }, [status, q]);

  return html`
    <section class="card list-card">
      <form class="filters" onSubmit=${e => { e.preventDefault(); setQ(text.trim()); }}>
        <label class="search"><span>${t('containersPages.list.search')}</span>
          <input type="search" name="q" value=${text} placeholder=${t('containersPages.list.searchHint')} autocomplete="off" spellcheck="false"
            onInput=${e => setText(e.currentTarget.value)} /></label>
        <label><span>${t('containersPages.list.status')}</span>
          <select name="status" value=${status} onChange=${e => setStatus(e.currentTarget.value)}>
            <option value="">${t('containersPages.list.anyStatus')}</option>
            ${STATUSES.map(s => html`<option value=${s}>${t(`status.${s}`)}</option>`)}
          </select></label>
      </form>
      ${list.error && html`<p class="notice warning" role="alert" data-error>${list.error}</p>`}
      <table class="data-table containers-table" data-count=${list.items.length} aria-busy=${list.loading ? 'true' : 'false'}>
        <thead><tr>
          <th>${t('details.container')}</th><th>${t('details.consignment')}</th><th>${t('details.mode')}</th>
          <th>${t('containersPages.list.transitStatus')}</th><th>${t('details.customs')}</th><th>${t('details.seal')}</th>
          <th>${t('details.eta')}</th><th>${t('details.lastFix')}</th>
        </tr></thead>
        <tbody>
          ${list.items.map(row => html`
            <tr key=${`${row.number}/${row.consignmentId}`} data-container=${row.number}>
              <td><a class="number" href=${`/containers/${encodeURIComponent(row.number)}`}>${row.number}</a></td>
              <td>${row.consignmentId ? (mayOpenTransit ? html`<a href=${`/consignments/${encodeURIComponent(row.consignmentId)}`}>${row.consignmentId}</a>` : row.consignmentId) : '–'}</td>
              <td>${row.mode ? t(`modes.${row.mode}`) : '–'}</td>
              <td>${row.transitStatus ? html`<span class="tag status">${t(`status.${row.transitStatus}`)}</span>` : '–'}</td>
              <td>${customsTag(row.customs)}</td>
              <td>${sealTag(row.seal)}</td>
              <td>${row.eta ? html`<time datetime=${row.eta}>${formatDateTime(row.eta)}</time>` : '–'}</td>
              <td>${row.lastFixAt ? html`<time datetime=${row.lastFixAt} title=${formatDateTime(row.lastFixAt)}>${formatAgo(row.lastFixAt)}</time>` : '–'}</td>
            </tr>`)}
        </tbody>
      </table>
      ${!list.loading && !list.error && list.items.length === 0 && html`<p class="muted empty" data-empty>${t(status || q ? 'containersPages.list.noMatch' : 'containersPages.list.empty')}</p>`}
      <div class="list-foot">
        ${list.loading && html`<span class="muted">${t('details.loading')}</span>`}
        ${list.next && !list.loading && html`<button type="button" class="secondary" data-action="more" onClick=${() => load(list.next, true)}>${t('containersPages.list.more')}</button>`}
      </div>
    </section>`;
}

function customsTag(customs) {
  const summary = typeof customs === 'string' ? customs : customs?.summary;
  if (!summary) return '–';
  return html`<span class="tag ${CUSTOMS_TONE[summary] ?? ''}">${t(`customs.${summary}`)}</span>`;
}

function sealTag(seal) {
  const state = typeof seal === 'string' ? seal : seal?.state;
  if (!state) return '–';
  return html`<span class="tag ${SEAL_TONE[state] ?? ''}">${t(`seal.${state}`)}</span>`;
}
