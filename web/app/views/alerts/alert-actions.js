// What an officer does with an alert: acknowledge it (taking it in hand, with an optional note),
// then resolve it with the disposition found on verification and a note. A refusal (someone else
// acted first, a bad field) shows the API's problem message.
import { html, useState } from '../../html.js';
import { post } from '../../api/client.js';
import { t } from '../../i18n/i18n.js';
import { problemText } from '../containers/problem-text.js';

const DISPOSITIONS = ['CONFIRMED', 'JUSTIFIED', 'EQUIPMENT_FAULT', 'FALSE_ALARM'];

export function AlertActions({ alert, onDone }) {
  const [ackNote, setAckNote] = useState('');
  const [disposition, setDisposition] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);

  const act = async (action, body) => {
    setBusy(true);
    setProblem(null);
    try {
      const updated = await post(`/alerts/${encodeURIComponent(alert.id)}/${action}`, body);
      setAckNote('');
      setNote('');
      setDisposition('');
      onDone(updated);
    } catch (e) {
      setProblem(problemText(e));
    } finally {
      setBusy(false);
    }
  };

  if (alert.status === 'RESOLVED') return null;
  return html`
    <section class="alert-actions" aria-label=${t('alertsPages.actions.title')}>
      <h3>${t('alertsPages.actions.title')}</h3>
      ${alert.status === 'OPEN' && html`
        <form class="action acknowledge" onSubmit=${e => { e.preventDefault(); act('acknowledge', ackNote.trim() ? { note: ackNote.trim() } : {}); }}>
          <label><span>${t('alertsPages.actions.ackNote')}</span>
            <input name="ackNote" value=${ackNote} maxlength="2000" placeholder=${t('alertsPages.actions.ackHint')} onInput=${e => setAckNote(e.currentTarget.value)} /></label>
          <button type="submit" class="primary" data-action="acknowledge" disabled=${busy}>${t('alertsPages.actions.acknowledge')}</button>
        </form>`}
      <form class="action resolve" onSubmit=${e => {
        e.preventDefault();
        if (!disposition) {
          setProblem(t('alertsPages.actions.chooseDisposition'));
          return;
        }
        act('resolve', { disposition, note: note.trim() || undefined });
      }}>
        <label><span>${t('alertsPages.actions.disposition')}</span>
          <select name="disposition" value=${disposition} onChange=${e => setDisposition(e.currentTarget.value)}>
            <option value="">${t('alertsPages.actions.choose')}</option>
            ${DISPOSITIONS.map(d => html`<option value=${d}>${t(`alertsPages.dispositions.${d}`)}</option>`)}
          </select></label>
        <label><span>${t('alertsPages.actions.note')}</span>
          <textarea name="note" rows="2" maxlength="2000" value=${note} placeholder=${t('alertsPages.actions.noteHint')} onInput=${e => setNote(e.currentTarget.value)}></textarea></label>
        <button type="submit" class="primary resolve-button" data-action="resolve" disabled=${busy}>${t('alertsPages.actions.resolve')}</button>
      </form>
      ${problem && html`<p class="notice warning" role="alert" data-problem>${problem}</p>`}
    </section>`;
}
