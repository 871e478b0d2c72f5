// An enterprise's start page: look up one of its own containers by number. Another tenant's
// number answers exactly like an unknown one.
import { html, useEffect, useState } from '../html.js';
import { ApiError, get } from '../api/client.js';
import { formatDateTime, t, tMaybe } from '../i18n/i18n.js';
import { Header } from '../components/header.js';

export function EnterpriseHome() {
  const [number, setNumber] = useState('');
  const [result, setResult] = useState(null);
  useEffect(() => {
    document.body.dataset.view = 'enterprise';
  }, []);

  const find = async event => {
    event.preventDefault();
    const wanted = number.trim().toUpperCase();
    try {
      setResult({ container: await get(`/containers/${encodeURIComponent(wanted)}`) });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const reason = e.problem?.errors ? Object.values(e.problem.errors).flat().join(' ') : null;
      setResult({ message: e.status === 400 ? t('enterprise.invalid', { reason }) : t('enterprise.notFound', { n: wanted }) });
    }
  };

  const c = result?.container;
  return html`
    <div class="page">
      <${Header} />
      <main class="message-page enterprise">
        <h1>${t('enterprise.title')}</h1>
        <p>${t('enterprise.intro')}</p>
        <form class="lookup" onSubmit=${find}>
          <label><span>${t('enterprise.number')}</span>
            <input name="number" value=${number} onInput=${e => setNumber(e.currentTarget.value)} autocomplete="off" spellcheck="false" /></label>
          <button type="submit" class="primary">${t('enterprise.find')}</button>
        </form>
        ${result?.message && html`<p class="notice warning" role="alert">${result.message}</p>`}
        ${c && html`
          <dl class="container-card" data-container=${c.number}>
            <dt>${t('details.container')}</dt><dd>${c.number}</dd>
            <dt>${t('details.customs')}</dt><dd>${t(`customs.${c.customs.summary}`)}</dd>
            <dt>${t('details.seal')}</dt><dd>${t(`seal.${c.seal?.state ?? 'unknown'}`)}</dd>
            <dt>${t('details.eta')}</dt><dd>${formatDateTime(c.eta)}</dd>
            <dt>${t('details.lastFix')}</dt><dd>${formatDateTime(c.position?.time)}</dd>
            <dt>${t('details.terminal')}</dt><dd>${c.terminal?.lastCode ? tMaybe(`events.${c.terminal.lastCode}`) ?? c.terminal.lastCode : '–'}</dd>
          </dl>`}
      </main>
    </div>`;
}
