// The overview's panel: what the map shows and how to read it.
import { html } from '../../html.js';
import { t } from '../../i18n/i18n.js';
import { Legend } from '../../components/legend.js';

export function OverviewPanel({ live }) {
  return html`
    <section class="panel-section">
      <h1>${t('panel.overview.title')}</h1>
      <p class="intro">${t('panel.overview.intro')}</p>
      <${Legend} sprites=${live.map.markers.sprites()} kinds=${['feeder', 'mainline', 'train', 'truck', 'lock']} />
    </section>`;
}
