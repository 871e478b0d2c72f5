// Water-to-water: each feeder against the mainline cut-off its boxes must make, with the margin
// between ETA and cut-off; a row turns red when the connection is at risk (an open CONN alert).
import { html, useEffect, useState } from '../../html.js';
import { get } from '../../api/client.js';
import { refresher } from '../../api/refresher.js';
import { useLive } from '../../live/use-live.js';
import { formatDuration, formatNumber, formatWhen, t } from '../../i18n/i18n.js';
import { Legend } from '../../components/legend.js';
import { alertLine, alertSubject } from '../../components/alert-wording.js';

const REFRESH_MS = 15_000;

export function WaterPanel({ live, highlighted, onHighlight }) {
  const [connections, setConnections] = useState(null);
  useLive(live.store);
  useEffect(() => {
    const list = refresher(() => get('/connections'), setConnections, REFRESH_MS);
    // A water transit that starts, arrives or closes changes the list: reload soon after.
    const off = live.store.changed.on(({ changed }) => {
      if (changed.some(i => i.kind === 'CONSIGNMENT' && i.mode === 'WATER')) list.soon(1000);
    });
    return () => {
      list.stop();
      off();
    };
  }, [live]);

  const alerts = [...live.store.alerts.values()].filter(a => a.type === 'CONN' || a.type === 'UPRT');
  const risky = new Set(alerts.filter(a => a.type === 'CONN').map(a => a.consignmentId));
  const waiting = (connections ?? []).filter(c => c.discharged).reduce((n, c) => n + c.boxes, 0);

  return html`
    <section class="panel-section">
      <h1>${t('panel.water.title')}</h1>
      <p class="intro">${t('panel.water.intro')}</p>
      <h2>${t('panel.water.connections')}</h2>
      ${waiting > 0 && html`<p class="waiting-boxes" data-waiting=${waiting}>${t('panel.water.waitingBoxes', { n: waiting })}</p>`}
      ${connections?.length === 0 && html`<p class="muted">${t('panel.water.none')}</p>`}
      ${connections?.length > 0 && html`
        <table class="connections">
          <thead><tr>
            <th>${t('panel.water.feeder')}</th><th>${t('panel.water.eta')}</th>
            <th>${t('panel.water.mainline')} · ${t('panel.water.cutoff')}</th><th>${t('panel.water.margin')}</th><th>${t('panel.water.boxes')}</th>
          </tr></thead>
          <tbody>
            ${connections.map(c => html`<${ConnectionRow} key=${c.consignmentId} connection=${c} live=${live}
              atRisk=${risky.has(c.consignmentId) || !!c.riskAlertId} picked=${highlighted === c.consignmentId} onPick=${() => onHighlight(c.consignmentId)} />`)}
          </tbody>
        </table>`}
      <h2>${t('panel.water.portCalls')}</h2>
      ${alerts.length === 0 && html`<p class="muted">${t('panel.water.noPortCalls')}</p>`}
      <ul class="plain-list">
        ${alerts.map(a => html`<li data-alert=${a.id} class="alert-row"><b>${alertLine(a)}</b> <span class="muted">${alertSubject(a)}</span></li>`)}
      </ul>
      <${Legend} sprites=${live.map.markers.sprites()} kinds=${['feeder', 'mainline']} />
    </section>`;
}

function ConnectionRow({ connection: c, live, atRisk, picked, onPick }) {
  // The feeder's live ETA beats the list's: the row follows its AIS as it comes in.
  const feeder = live.store.items.get(`vessel:${c.feeder.imo}`);
  const eta = c.discharged ? null : feeder?.eta ?? c.feederEta;
  const margin = eta ? (Date.parse(c.cutoff) - Date.parse(eta)) / 1000 : null;
  const short = margin != null && margin < c.requiredMarginSeconds;
  return html`
    <tr class="${atRisk ? 'at-risk' : short ? 'short' : ''} ${picked ? 'picked' : ''}" data-consignment=${c.consignmentId} data-at-risk=${atRisk} onClick=${onPick}>
      <td><b>${c.feeder.name ?? c.feeder.imo}</b><br /><span class="muted">${c.origin} → ${c.destination}</span></td>
      <td>${c.discharged ? html`<span class="tag">${t('panel.water.waiting')}</span>` : formatWhen(eta)}</td>
      <td>${c.mainline.name ?? c.mainline.imo}<br /><b>${formatWhen(c.cutoff)}</b></td>
      <td>${margin == null ? '–' : formatDuration(margin)}<br /><span class="muted">${t('panel.water.required', { m: formatDuration(c.requiredMarginSeconds) })}</span></td>
      <td>${formatNumber(c.boxes)}${atRisk ? html`<br /><span class="tag danger">${t('panel.water.atRisk')}</span>` : ''}</td>
    </tr>`;
}
