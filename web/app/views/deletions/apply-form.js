// The enterprise's application to delete an export arrival report (出口运抵删除): the container,
// the transit if any, the reason, whether to re-send the arrival report in the same request, and
// up to 5 supporting documents. A refusal shows next to the field it names.
import { html, useRef, useState } from '../../html.js';
import { post } from '../../api/client.js';
import { t } from '../../i18n/i18n.js';
import { checkFiles, formatSize, readFile, TYPES } from './attachments.js';
import { fieldErrors } from './field-errors.js';

const FIELDS = ['container', 'consignmentId', 'reason', 'resend', 'attachments'];

export function ApplyForm({ onApplied }) {
  const [container, setContainer] = useState('');
  const [consignmentId, setConsignmentId] = useState('');
  const [reason, setReason] = useState('');
  const [resend, setResend] = useState(false);
  const [files, setFiles] = useState([]);
  const [errors, setErrors] = useState({});
  const [busy, setBusy] = useState(false);
  const fileInput = useRef(null);

  const pick = e => {
    const picked = [...e.target.files];
    const problem = checkFiles(picked);
    setErrors(x => ({ ...x, attachments: problem ? [t(problem.key, problem.values)] : undefined }));
    setFiles(problem ? [] : picked);
    if (problem) e.target.value = '';
  };

  const submit = async e => {
    e.preventDefault();
    setBusy(true);
    setErrors({});
    try {
      const attachments = await Promise.all(files.map(readFile));
      const body = { container: container.trim().toUpperCase(), reason: reason.trim(), resend, attachments };
      if (consignmentId.trim()) body.consignmentId = consignmentId.trim();
      const created = await post('/arrival-deletions', body);
      setContainer('');
      setConsignmentId('');
      setReason('');
      setResend(false);
      setFiles([]);
      if (fileInput.current) fileInput.current.value = '';
      onApplied(created);
    } catch (error) {
      setErrors(fieldErrors(error, FIELDS));
    } finally {
      setBusy(false);
    }
  };

  const problem = name => errors[name]?.length > 0 && html`<p class="field-error" data-error-for=${name} role="alert">${errors[name].join(' ')}</p>`;
  return html`
    <form class="card apply-form" data-form="apply" onSubmit=${submit} novalidate>
      <h2>${t('deletionsPages.apply.title')}</h2>
      <p class="intro">${t('deletionsPages.apply.intro')}</p>
      <div class="form-row">
        <label class=${errors.container ? 'invalid' : ''}><span>${t('deletionsPages.apply.container')}</span>
          <input name="container" value=${container} maxlength="11" placeholder="CSQU3054383" autocomplete="off" required
            onInput=${e => setContainer(e.target.value)} />
          ${problem('container')}
        </label>
        <label class=${errors.consignmentId ? 'invalid' : ''}><span>${t('deletionsPages.apply.consignment')}</span>
          <input name="consignmentId" value=${consignmentId} placeholder=${t('deletionsPages.apply.optional')} autocomplete="off"
            onInput=${e => setConsignmentId(e.target.value)} />
          ${problem('consignmentId')}
        </label>
      </div>
      <label class=${errors.reason ? 'invalid' : ''}><span>${t('deletionsPages.apply.reason')}</span>
        <textarea name="reason" rows="3" value=${reason} placeholder=${t('deletionsPages.apply.reasonHint')} onInput=${e => setReason(e.target.value)}></textarea>
        ${problem('reason')}
      </label>
      <label class="check">
        <input type="checkbox" name="resend" checked=${resend} onChange=${e => setResend(e.target.checked)} />
        ${t('deletionsPages.apply.resend')}
      </label>
      ${problem('resend')}
      <label class=${errors.attachments ? 'invalid' : ''}><span>${t('deletionsPages.apply.attachments')}</span>
        <input type="file" name="attachments" ref=${fileInput} multiple accept=${TYPES.join(',')} onChange=${pick} />
        <small class="muted">${t('deletionsPages.apply.attachmentsHint')}</small>
        ${files.length > 0 && html`<ul class="file-list">${files.map(f => html`<li>📎 ${f.name} <span class="muted">${formatSize(f.size)}</span></li>`)}</ul>`}
        ${problem('attachments')}
      </label>
      ${problem('form')}
      <div class="form-actions">
        <button type="submit" class="primary" data-action="apply" disabled=${busy}>${busy ? t('deletionsPages.apply.sending') : t('deletionsPages.apply.submit')}</button>
      </div>
    </form>`;
}
