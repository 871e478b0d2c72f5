// The console's list of alerts, newest first. A new HIGH or CRITICAL alert flashes (unless the
// user asked for reduced motion: see alerts.css); the selected one is outlined.
import { html } from '../../html.js';
import { formatDateTime, formatWhen, t } from '../../i18n/i18n.js';
import { alertLine } from '../../components/alert-wording.js';

export function AlertRows({ alerts, selected, fresh, onSelect }) {
  return html`
    <ol class="alert-rows" data-count=${alerts.length}>
      ${alerts.map(a => html`
        <li key=${a.id}>
          <button type="button" data-alert=${a.id} data-type=${a.type} data-status=${a.status} data-severity=${a.severity}
            aria-current=${selected === a.id ? 'true' : undefined}
            class="alert-row severity-${a.severity.toLowerCase()} status-${a.status.toLowerCase()} ${fresh.has(a.id) ? 'fresh' : ''} ${selected === a.id ? 'selected' : ''}"
            onClick=${() => onSelect(a.id)}>
            <span class="row-top">
              <span class="sev-dot" aria-hidden="true"></span>
              <b class="row-title">${alertLine(a)}</b>
              <time datetime=${a.raisedAt} title=${formatDateTime(a.raisedAt)}>${formatWhen(a.raisedAt)}</time>
            </span>
            <span class="row-sub">${t('alerts.consignment', { id: a.consignmentId })}${a.containers?.length ? ` · ${a.containers.slice(0, 2).join(', ')}${a.containers.length > 2 ? '…' : ''}` : ''}</span>
            <span class="row-tags">
              <span class="tag severity sev-${a.severity.toLowerCase()}">${t(`alerts.severity.${a.severity}`)}</span>
              <span class="tag status-${a.status.toLowerCase()}">${t(`alerts.status.${a.status}`)}</span>
            </span>
          </button>
        </li>`)}
    </ol>`;
}
