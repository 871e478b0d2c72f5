// The customs facts of a container as steps with their times: what has happened is marked done,
// what has not is greyed, and a hold or a selection for scan or inspection stands out.
import { html } from '../../html.js';
import { formatDateTime, t } from '../../i18n/i18n.js';

const STEPS = [
  ['declaredAt', 'declared', ''],
  ['selectedForScanAt', 'scan', 'warning'],
  ['selectedForInspectionAt', 'inspection', 'warning'],
  ['heldAt', 'held', 'danger'],
  ['releasedAt', 'released', 'ok'],
  ['arrivalReportedAt', 'arrivalReported', 'ok'],
  ['arrivalReportDeletedAt', 'arrivalDeleted', 'warning'],
];

export function CustomsSteps({ customs }) {
  return html`
    <ul class="customs-steps">
      ${STEPS.map(([field, name, tone]) => {
        const at = customs?.[field];
        return html`
          <li key=${name} data-step=${name} class=${at ? `done ${tone}` : 'pending'}>
            <span class="check" aria-hidden="true">${at ? '●' : '○'}</span>
            <span class="step-name">${t(`containersPages.customs.${name}`)}</span>
            <time datetime=${at ?? ''}>${at ? formatDateTime(at) : '–'}</time>
          </li>`;
      })}
    </ul>`;
}
