// The caller's containers in open and recent transits (/containers; the enterprise's start page too).
import { html, useEffect } from '../../html.js';
import { t, useLanguage } from '../../i18n/i18n.js';
import { Header } from '../../components/header.js';
import { ContainerList } from './container-list.js';

/** @param view what <body data-view> says: "containers" here, "enterprise" as an enterprise's start page */
export function MyContainers({ view = 'containers' }) {
  useLanguage();
  useEffect(() => {
    document.body.dataset.view = view;
  }, [view]);

  return html`
    <div class="page">
      <${Header} />
      <main class="containers-page" data-page="containers">
        <header class="page-head">
          <h1>${t('containersPages.list.title')}</h1>
          <p class="intro">${t('containersPages.list.intro')}</p>
        </header>
        <${ContainerList} />
      </main>
    </div>`;
}
