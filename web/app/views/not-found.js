import { html, useEffect } from '../html.js';
import { t } from '../i18n/i18n.js';
import { Header } from '../components/header.js';

export function NotFound({ forbidden = false }) {
  useEffect(() => {
    document.body.dataset.view = 'not-found';
  }, []);

  return html`
    <div class="page">
      <${Header} />
      <main class="message-page">
        <h1>${forbidden ? t('errors.forbidden') : t('notFound.title')}</h1>
        <p><a href="/">${t('notFound.back')}</a></p>
      </main>
    </div>`;
}
