// The transit's lifecycle: each status it reached (declared, sealed, departed, in transit,
// arrived, unsealed, closed) and each hold, with its time and the report that caused it.
import { html } from '../../html.js';
import { formatDateTime, t } from '../../i18n/i18n.js';
import { causeText } from './cause-wording.js';

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
              ${step.cause && html` <span class="muted cause" title=${step.cause}>· ${causeText(step.cause)}</span>`}
            </div>
          </li>`)}
      </ol>
    </section>`;
}
