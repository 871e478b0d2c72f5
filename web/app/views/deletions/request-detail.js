// One deletion request: what was asked, its history (each step: status, who, in which role,
// when, the note), its attachments (downloaded with the token), and the step the signed-in role
// may take now (terminal: confirm or refuse; customs: approve or reject; a refusal needs a note).
import { html, useState } from '../../html.js';
import { post } from '../../api/client.js';
import { formatDateTime, t, tMaybe } from '../../i18n/i18n.js';
import { download, formatSize } from './attachments.js';
import { fieldErrors } from './field-errors.js';
import { StatusTag, stepsFor } from './request-status.js';

export function RequestDetail({ role, request, onChanged }) {
  if (!request) {
    return html`<section class="card request-detail empty"><p class="muted">${t('deletionsPages.detail.pick')}</p></section>`;
  }

  const r = request;
  return html`
    <section class="card request-detail" data-request=${r.id} data-status=${r.status}>
      <header class="detail-head">
        <div>
          <h3>${t('deletionsPages.detail.title')}</h3>
          <h2><a href=${`/containers/${encodeURIComponent(r.container)}`}>${r.container}</a> <${StatusTag} status=${r.status} /></h2>
        </div>
        <span class="muted small">${r.id}</span>
      </header>
      <dl class="facts">
        <dt>${t('deletionsPages.detail.tenant')}</dt><dd>${r.tenant}</dd>
        <dt>${t('deletionsPages.detail.facility')}</dt><dd>${r.facility ?? '–'}</dd>
        ${r.consignmentId && html`<dt>${t('deletionsPages.detail.consignment')}</dt><dd>${r.consignmentId}</dd>`}
        <dt>${t('deletionsPages.detail.offices')}</dt><dd>${(r.offices ?? []).join(', ') || '–'}</dd>
        <dt>${t('deletionsPages.detail.reason')}</dt><dd class="reason">${r.reason}</dd>
        <dt>${t('deletionsPages.detail.resendLabel')}</dt><dd>${r.resend ? t('deletionsPages.detail.yes') : t('deletionsPages.detail.no')}</dd>
        <dt>${t('deletionsPages.detail.requestedAt')}</dt><dd>${formatDateTime(r.requestedAt)}</dd>
      </dl>
      <${Actions} role=${role} request=${r} onChanged=${onChanged} />
      <h3 class="section-title">${t('deletionsPages.detail.history')}</h3>
      <ol class="timeline history">
        ${(r.history ?? []).map(h => html`
          <li data-status=${h.status} class="step-${h.status}">
            <span class="dot"></span>
            <div>
              <b>${t(`deletionsPages.historyStep.${h.status}`)}</b>
              <span class="muted"> · ${h.by}${h.role ? ` (${tMaybe(`roles.${String(h.role).toLowerCase()}`) ?? h.role})` : ''}</span>
              <br /><time class="muted small" datetime=${h.at}>${formatDateTime(h.at)}</time>
              ${h.note && html`<p class="note">${h.note}</p>`}
            </div>
          </li>`)}
      </ol>
      <h3 class="section-title">${t('deletionsPages.detail.attachments', { n: r.attachments?.length ?? 0 })}</h3>
      ${(r.attachments ?? []).length === 0 && html`<p class="muted">${t('deletionsPages.detail.noAttachments')}</p>`}
      <ul class="attachments">
        ${(r.attachments ?? []).map(a => html`<${Attachment} key=${a.id} requestId=${r.id} attachment=${a} />`)}
      </ul>
    </section>`;
}

function Attachment({ requestId, attachment: a }) {
  const [failed, setFailed] = useState(null);
  const save = () => download(requestId, a).then(() => setFailed(null), e => setFailed(e.message));
  return html`
    <li data-attachment=${a.id}>
      <span class="file-icon">${a.contentType === 'application/pdf' ? 'PDF' : 'IMG'}</span>
      <span class="file-name">${a.name} <span class="muted small">${formatSize(a.size)}</span></span>
      <button type="button" class="secondary" data-action="download" onClick=${save}>${t('deletionsPages.detail.download')}</button>
      ${failed && html`<span class="error small">${t('errors.generic', { detail: failed })}</span>`}
    </li>`;
}

function Actions({ role, request, onChanged }) {
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState({});
  const [busy, setBusy] = useState(false);
  const steps = stepsFor(role, request.status);
  if (steps.length === 0) {
    return role === 'control' || role === 'admin'
      ? html`<p class="notice small">${t('deletionsPages.detail.readOnly')}</p>`
      : null;
  }

  const act = async step => {
    if (step.needsNote && !note.trim()) {
      setErrors({ note: [t('deletionsPages.detail.noteRequired')] });
      return;
    }

    setBusy(true);
    setErrors({});
    try {
      const body = note.trim() ? { note: note.trim() } : {};
      const updated = await post(`/arrival-deletions/${encodeURIComponent(request.id)}/${step.action}`, body);
      setNote('');
      onChanged(updated);
    } catch (error) {
      setErrors(fieldErrors(error, ['note']));
    } finally {
      setBusy(false);
    }
  };

  return html`
    <div class="actions-box" data-actions=${role}>
      <p class="small"><b>${t(`deletionsPages.detail.yourStep.${role}`)}</b></p>
      <label><span>${t('deletionsPages.detail.note')}</span>
        <textarea name="note" rows="2" value=${note} placeholder=${t('deletionsPages.detail.noteHint')} onInput=${e => setNote(e.target.value)}></textarea>
      </label>
      ${errors.note && html`<p class="field-error" data-error-for="note" role="alert">${errors.note.join(' ')}</p>`}
      ${errors.form && html`<p class="field-error" role="alert">${errors.form.join(' ')}</p>`}
      <div class="form-actions">
        ${steps.map(step => html`
          <button type="button" class=${step.tone === 'danger' ? 'danger' : 'primary'} data-action=${step.action} disabled=${busy}
            onClick=${() => act(step)}>${t(`deletionsPages.actions.${step.action}`)}</button>`)}
      </div>
    </div>`;
}
