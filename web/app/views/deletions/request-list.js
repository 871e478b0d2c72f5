// The deletion requests the caller may see, newest first: the status filter, a container
// search, and one row per request (picking one shows its detail).
import { html } from '../../html.js';
import { formatWhen, t } from '../../i18n/i18n.js';
import { STATUSES, StatusTag, waitsOn } from './request-status.js';

export function RequestList({ role, requests, selected, onSelect, filters, onFilters, next, onMore }) {
  return html`
    <section class="card request-list">
      <header class="list-bar">
        <h2>${t(`deletionsPages.list.title.${role}`)}</h2>
        <div class="list-filters">
          <select data-filter="status" value=${filters.status} onChange=${e => onFilters({ ...filters, status: e.target.value })}
            aria-label=${t('deletionsPages.list.status')}>
            <option value="">${t('deletionsPages.list.anyStatus')}</option>
            ${STATUSES.map(s => html`<option value=${s} selected=${filters.status === s}>${t(`deletionsPages.status.${s}`)}</option>`)}
          </select>
          <input data-filter="container" value=${filters.container} placeholder=${t('deletionsPages.list.container')}
            onChange=${e => onFilters({ ...filters, container: e.target.value.trim().toUpperCase() })} />
        </div>
      </header>
      ${requests === null && html`<p class="muted">${t('details.loading')}</p>`}
      ${requests?.length === 0 && html`<p class="muted empty" data-empty="true">${t(`deletionsPages.list.none.${role}`)}</p>`}
      <ul class="requests">
        ${(requests ?? []).map(r => html`
          <li key=${r.id} data-request=${r.id} data-container=${r.container} data-status=${r.status}
            class="${r.id === selected ? 'picked' : ''} ${waitsOn(role, r.status) ? 'waiting' : ''}">
            <button type="button" onClick=${() => onSelect(r.id)}>
              <span class="request-head">
                <b>${r.container}</b>
                <${StatusTag} status=${r.status} />
              </span>
              <span class="muted">${r.tenant}${r.facility ? ` · ${r.facility}` : ''}${r.consignmentId ? ` · ${r.consignmentId}` : ''}</span>
              <span class="muted small">${t('deletionsPages.list.requestedAt', { when: formatWhen(r.requestedAt) })}${r.resend ? ` · ${t('deletionsPages.detail.resend')}` : ''}</span>
            </button>
          </li>`)}
      </ul>
      ${next && html`<button type="button" class="secondary more" data-action="more" onClick=${onMore}>${t('deletionsPages.list.more')}</button>`}
    </section>`;
}
