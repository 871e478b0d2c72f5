// Where the container stands: customs, seal and battery, carrier, transit, ETA, last position and
// terminal step. The carrier links to its transit's page for customs and control (an enterprise
// follows its boxes, not the investigation).
import { html } from '../../html.js';
import * as session from '../../auth/session.js';
import { formatAgo, formatDateTime, formatNumber, t, tMaybe } from '../../i18n/i18n.js';

const SEAL_TONE = { sealed: 'ok', opened: 'danger', tampered: 'danger' };
const CUSTOMS_TONE = { HELD: 'danger', INSPECTION: 'warning', SCAN: 'warning', RELEASED: 'ok' };

export function ContainerFacts({ container: c, transit, consignmentId }) {
  const mayOpenTransit = session.claims()?.role !== 'enterprise';
  const seal = c.seal ?? {};
  const battery = seal.batteryPct;
  const transitLink = id => (mayOpenTransit ? html`<a href=${`/consignments/${encodeURIComponent(id)}`} data-link="consignment">${id}</a>` : id);
  return html`
    <dl class="facts">
      <dt>${t('details.customs')}</dt>
      <dd data-fact="customs">
        <span class="tag ${CUSTOMS_TONE[c.customs?.summary] ?? ''}">${t(`customs.${c.customs?.summary ?? 'NONE'}`)}</span>
        ${c.customs?.arrivalReported && html` <span class="tag ok">${t('customs.arrivalReported')}</span>`}
      </dd>
      <dt>${t('details.seal')}</dt>
      <dd data-fact="seal">
        <span class="tag ${SEAL_TONE[seal.state] ?? ''}">${t(`seal.${seal.state ?? 'unknown'}`)}</span>
        ${seal.lockId && html` <span class="muted">${t('details.lock')} ${seal.lockId}</span>`}
      </dd>
      <dt>${t('details.battery')}</dt>
      <dd data-fact="battery">
        ${battery == null ? '–' : html`
          <span class="battery ${seal.batteryLow || battery < 20 ? 'low' : ''}" title=${t('units.percent', { v: formatNumber(battery) })}>
            <span class="battery-level" data-level=${Math.round(battery / 10) * 10}></span>
          </span>
          ${t('units.percent', { v: formatNumber(battery, { maximumFractionDigits: 0 }) })}
          ${(seal.batteryLow || battery < 20) && html` <span class="tag warning">${t('containersPages.batteryLow')}</span>`}`}
      </dd>
      <dt>${t('details.carrier')}</dt>
      <dd data-fact="carrier">
        ${c.carrier
          ? html`${t(`kinds.${c.carrier.kind.toLowerCase()}`)} <b>${c.carrier.id}</b>${consignmentId && mayOpenTransit ? html` · ${transitLink(consignmentId)}` : ''}`
          : '–'}
      </dd>
      <dt>${t('details.consignment')}</dt>
      <dd data-fact="transit">
        ${consignmentId ? html`${transitLink(consignmentId)}${transit?.status ? html` <span class="tag">${t(`status.${transit.status}`)}</span>` : ''}${transit?.onHold ? html` <span class="tag danger">${t('status.onHold')}</span>` : ''}` : '–'}
      </dd>
      <dt>${t('details.eta')}</dt>
      <dd data-fact="eta">${c.eta ? html`<time datetime=${c.eta}>${formatDateTime(c.eta)}</time>` : '–'}</dd>
      <dt>${t('details.lastFix')}</dt>
      <dd data-fact="position">
        ${c.position ? html`<time datetime=${c.position.time}>${formatDateTime(c.position.time)}</time> <span class="muted">(${formatAgo(c.position.time)})</span>
          <div class="muted coords">${c.position.lat.toFixed(4)}, ${c.position.lon.toFixed(4)}</div>` : '–'}
      </dd>
      <dt>${t('details.terminal')}</dt>
      <dd data-fact="terminal">${terminal(c)}</dd>
    </dl>`;
}

function terminal(c) {
  const code = c.terminal?.lastCode;
  if (!code) return '–';
  const where = [c.terminal.unLocode, c.terminal.facility].filter(Boolean).join(' ');
  return `${tMaybe(`events.${code}`) ?? code}${where ? ` · ${where}` : ''}`;
}
