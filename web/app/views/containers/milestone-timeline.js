// The container's milestones, oldest first as the API gives them. Actual events are solid; an
// estimated or planned one is drawn hollow and tagged, so a plan never reads as a fact.
import { html } from '../../html.js';
import { formatDateTime, t, tMaybe } from '../../i18n/i18n.js';

export function MilestoneTimeline({ timeline, fresh }) {
  if (!timeline?.length) return html`<p class="muted empty" data-timeline-empty>${t('containersPages.timeline.empty')}</p>`;
  const lastActual = [...timeline].reverse().find(m => m.classifier === 'ACT')?.eventId;
  return html`
    <ol class="timeline" data-count=${timeline.length}>
      ${timeline.map(m => html`
        <li key=${m.eventId} data-event=${m.eventId} data-code=${m.code} data-classifier=${m.classifier}
          class="milestone ${m.classifier.toLowerCase()} ${m.eventId === lastActual ? 'latest' : ''} ${fresh.has(m.eventId) ? 'fresh' : ''}">
          <span class="dot" aria-hidden="true"></span>
          <div class="milestone-body">
            <div class="milestone-head">
              <b>${tMaybe(`events.${m.code}`) ?? m.code}</b>
              <span class="code">${m.code}</span>
              ${m.classifier !== 'ACT' && html`<span class="tag classifier">${t(`containersPages.classifier.${m.classifier}`)}</span>`}
            </div>
            <div class="milestone-meta">
              <time datetime=${m.time}>${formatDateTime(m.time)}</time>
              ${place(m) && html`<span>${place(m)}</span>`}
              ${carrierOf(m) && html`<span>${carrierOf(m)}</span>`}
            </div>
          </div>
        </li>`)}
    </ol>`;
}

function place(m) {
  return [m.unLocode, m.facility].filter(Boolean).join(' ');
}

function carrierOf(m) {
  if (m.vesselImo) return `${t('kinds.vessel')} ${m.vesselImo}`;
  if (m.trainId) return `${t('kinds.train')} ${m.trainId}`;
  if (m.vehicleId) return `${t('kinds.truck')} ${m.vehicleId}`;
  return null;
}
