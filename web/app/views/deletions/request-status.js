// A deletion request's status as a coloured tag, and which step each role takes next.
import { html } from '../../html.js';
import { t } from '../../i18n/i18n.js';

export const STATUSES = ['REQUESTED', 'TERMINAL_CONFIRMED', 'APPROVED', 'REFUSED', 'REJECTED'];

export function StatusTag({ status }) {
  return html`<span class="tag deletion-status status-${status}" data-status=${status}>${t(`deletionsPages.status.${status}`)}</span>`;
}

/** The steps this role may take on a request in this status: [{action, needsNote, tone}]. */
export function stepsFor(role, status) {
  if (role === 'terminal' && status === 'REQUESTED') {
    return [{ action: 'confirm', needsNote: false, tone: 'primary' }, { action: 'refuse', needsNote: true, tone: 'danger' }];
  }

  if (role === 'customs' && status === 'TERMINAL_CONFIRMED') {
    return [{ action: 'approve', needsNote: false, tone: 'primary' }, { action: 'reject', needsNote: true, tone: 'danger' }];
  }

  return [];
}

/** Whether the request waits on this role (its row is marked so). */
export function waitsOn(role, status) {
  return stepsFor(role, status).length > 0;
}
