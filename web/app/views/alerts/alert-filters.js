// The console's filters: status, type, severity and a time range of when alerts were raised.
import { html } from '../../html.js';
import { t } from '../../i18n/i18n.js';

const STATUSES = ['OPEN', 'ACKNOWLEDGED', 'RESOLVED'];
const TYPES = ['RDEV', 'LSTP', 'OPEN', 'TAMP', 'SLOS', 'OVRD', 'TMIS', 'CONN', 'UPRT'];
const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];

export function AlertFilters({ filters, onChange }) {
  const set = (name, value) => onChange({ ...filters, [name]: value || '' });
  const select = (name, values, label) => html`
    <label><span>${t(`alertsPages.filters.${name}`)}</span>
      <select name=${name} value=${filters[name] ?? ''} onChange=${e => set(name, e.currentTarget.value)}>
        <option value="">${t('alertsPages.filters.any')}</option>
        ${values.map(v => html`<option value=${v}>${label(v)}</option>`)}
      </select></label>`;
  const time = name => html`
    <label><span>${t(`alertsPages.filters.${name}`)}</span>
      <input type="datetime-local" name=${name} value=${toLocalInput(filters[name])} onChange=${e => set(name, fromLocalInput(e.currentTarget.value))} /></label>`;

  const any = Object.values(filters).some(Boolean);
  return html`
    <form class="filters alert-filters" onSubmit=${e => e.preventDefault()}>
      ${select('status', STATUSES, v => t(`alerts.status.${v}`))}
      ${select('type', TYPES, v => t(`alerts.types.${v}`))}
      ${select('severity', SEVERITIES, v => t(`alerts.severity.${v}`))}
      ${time('since')}
      ${time('until')}
      <button type="button" class="link-button clear" disabled=${!any} onClick=${() => onChange({ status: '', type: '', severity: '', since: '', until: '' })}>${t('alertsPages.filters.clear')}</button>
    </form>`;
}

/** An ISO time as a datetime-local input shows it (local time, minutes). */
function toLocalInput(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = n => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function fromLocalInput(value) {
  return value ? new Date(value).toISOString() : '';
}
