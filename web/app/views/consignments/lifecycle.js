// The transit's lifecycle: each status it reached (declared, sealed, departed, in transit,
// arrived, unsealed, closed) and each hold, with its time and the report that caused it.
import { html } from '../../html.js';
import { formatDateTime, t, tMaybe } from '../../i18n/i18n.js';

export function Lifecycle({ history }) {
  return html`
    <section class="card">
      <h2>${t('consignmentsPages.lifecycle.title')}</h2>
      ${history.length === 0 && html`<p class="muted">${t('consignmentsPages.lifecycle.none')}</p>`}
      <ol class="timeline lifecycle">
        ${history.map(step => html`
          <li data-status=${step.status} class=${step.onHold ? 'held' : ''}>
            <span class="dot"></span>
            <div>
              <b>${t(`status.${step.status}`)}</b>${step.onHold ? html` <span class="tag warning">${t('status.onHold')}</span>` : ''}
              <br /><time class="muted" datetime=${step.at}>${formatDateTime(step.at)}</time>
              ${step.cause && html` <span class="muted cause" title=${step.cause}>· ${causeOf(step.cause)}</span>`}
            </div>
          </li>`)}
      </ol>
    </section>`;
}

// The causes the transit grain writes (TransferConsignmentGrain): English sentences with ids in
// them, matched here so that each reads in the chosen language. An unknown one shows as sent.
const CAUSES = [
  [/^first fix of lock (\S+) en route$/, m => t('consignmentsPages.lifecycle.causes.firstLockFix', { id: m[1] })],
  [/^first fix of (\S+) en route$/, m => t('consignmentsPages.lifecycle.causes.firstFix', { id: m[1] })],
  [/^lock (\S+) inside the unsealing zone$/, m => t('consignmentsPages.lifecycle.causes.unsealZone', { id: m[1] })],
  [/^gate-in \S+ at (\S+)$/, m => t('consignmentsPages.lifecycle.causes.gateIn', { place: m[1] })],
  [/^(.*), seal opened there$/, m => t('consignmentsPages.lifecycle.causes.sealOpened', { cause: causeOf(m[1]) })],
];

/** A cause that starts with an event code ("TSTR RT-1.TSTR") reads as the event's name; others by their pattern. */
function causeOf(cause) {
  const [code] = cause.split(' ');
  const event = tMaybe(`events.${code}`);
  if (event) return event;
  if (cause === 'declared') return t('consignmentsPages.lifecycle.causes.declared');
  for (const [pattern, say] of CAUSES) {
    const match = pattern.exec(cause);
    if (match) return say(match);
  }

  return cause;
}
