// Online deletion of an export arrival report (出口运抵删除), one page for every party: the
// enterprise applies and follows its requests, the terminal confirms or refuses those of its
// facility, customs approves or rejects, control watches. Every step reaches the other parties
// live (hub view "arrival-deletions", client method arrivalDeletion).
import { html, useEffect, useRef, useState } from '../../html.js';
import { endSession, get } from '../../api/client.js';
import { refresher } from '../../api/refresher.js';
import * as session from '../../auth/session.js';
import { Header } from '../../components/header.js';
import { t, useLanguage } from '../../i18n/i18n.js';
import { LiveConnection } from '../../live/hub.js';
import { ApplyForm } from './apply-form.js';
import { DeletionStats } from './deletion-stats.js';
import { RequestDetail } from './request-detail.js';
import { RequestList } from './request-list.js';

const REFRESH_MS = 30_000;
const VIEW = 'arrival-deletions';
const WATCHING = ['customs', 'control', 'admin'];

export function ArrivalDeletions() {
  useLanguage();
  const role = session.claims()?.role ?? '';
  const [filters, setFilters] = useState({ status: '', container: '' });
  const [requests, setRequests] = useState(null);
  const [next, setNext] = useState(null);
  const [selected, setSelected] = useState(null);
  const [detail, setDetail] = useState(null);
  const [stats, setStats] = useState(null);
  const [live, setLive] = useState(null);
  const [error, setError] = useState(null);
  const filtersRef = useRef(filters);
  const selectedRef = useRef(selected);
  const statsRef = useRef(null);
  filtersRef.current = filters;
  selectedRef.current = selected;

  const query = page => {
    const q = new URLSearchParams();
    if (filters.status) q.set('status', filters.status);
    if (filters.container) q.set('container', filters.container);
    if (page) q.set('page', page);
    return `/arrival-deletions?${q}`;
  };

  // A request as it changed (a step here, or pushed by the hub) replaces its row and its detail.
  const upsert = request => {
    const f = filtersRef.current;
    const matches = (!f.status || request.status === f.status) && (!f.container || request.container === f.container);
    setRequests(list => {
      const rest = (list ?? []).filter(r => r.id !== request.id);
      if (!matches) return rest;
      const known = (list ?? []).some(r => r.id === request.id);
      return known ? (list ?? []).map(r => (r.id === request.id ? request : r)) : [request, ...rest];
    });
    if (request.id === selectedRef.current) setDetail(request);
    statsRef.current?.soon(500);
  };

  useEffect(() => {
    document.body.dataset.view = 'arrival-deletions';
    const connection = new LiveConnection({
      snapshot: () => {}, deltas: () => {}, alert: () => {},
      arrivalDeletion: upsert,
      refused: reason => endSession(reason),
      failed: (v, e) => setError(`${v}: ${e.message ?? e}`),
    });
    const offState = connection.stateChanged.on(state => (document.body.dataset.connection = state));
    connection.start();
    connection.subscribe(VIEW);
    setLive(connection);
    if (WATCHING.includes(role)) statsRef.current = refresher(() => get('/stats/arrival-deletions'), setStats, REFRESH_MS);
    return () => {
      offState();
      connection.stop();
      statsRef.current?.stop();
    };
  }, []);

  useEffect(() => {
    // A failed fetch keeps the list as shown and says why; the next refresh tries again.
    const list = refresher(() => get(query()).catch(e => {
      setError(e.message);
      setRequests(r => r ?? []);
      throw e;
    }), result => {
      setError(null);
      setRequests(result.items);
      setNext(result.next ?? null);
    }, REFRESH_MS);
    return () => list.stop();
  }, [filters.status, filters.container]);

  useEffect(() => {
    setDetail(requests?.find(r => r.id === selected) ?? null);
    if (!selected) return;
    // The list's row may be a summary: the detail (history, attachments) comes from the request itself.
    get(`/arrival-deletions/${encodeURIComponent(selected)}`).then(setDetail, e => setError(e.message));
  }, [selected]);

  const more = async () => {
    const result = await get(query(next));
    setRequests(list => [...(list ?? []), ...result.items.filter(r => !(list ?? []).some(k => k.id === r.id))]);
    setNext(result.next ?? null);
  };

  const changed = request => {
    upsert(request);
    setSelected(request.id);
    setDetail(request);
  };

  return html`
    <div class="page">
      <${Header} live=${live} />
      <main class="deletions-page" data-page="arrival-deletions" data-role=${role}>
        <header class="deletions-head">
          <div>
            <h1>${t('deletionsPages.title')}</h1>
            <p class="intro">${t(`deletionsPages.intro.${role}`)}</p>
          </div>
          <${FlowSteps} />
        </header>
        ${WATCHING.includes(role) && html`<${DeletionStats} stats=${stats} />`}
        ${error && html`<p class="error" role="alert">${t('errors.generic', { detail: error })}</p>`}
        <div class="deletions-columns">
          <div class="deletions-left">
            ${role === 'enterprise' && html`<${ApplyForm} onApplied=${changed} />`}
            <${RequestList} role=${role} requests=${requests} selected=${selected} onSelect=${setSelected}
              filters=${filters} onFilters=${setFilters} next=${next} onMore=${more} />
          </div>
          <div class="deletions-right">
            <${RequestDetail} role=${role} request=${detail} onChanged=${changed} />
          </div>
        </div>
      </main>
    </div>`;
}

/** The three steps of the workflow, for orientation: enterprise applies, terminal confirms, customs approves. */
function FlowSteps() {
  return html`
    <ol class="flow-steps">
      ${['apply', 'confirm', 'approve'].map((step, i) => html`<li><span class="step-no">${i + 1}</span>${t(`deletionsPages.flow.${step}`)}</li>`)}
    </ol>`;
}
