// How the online deletion performs (customs and control): requests by outcome, and the time from
// application to approval (median, 90th percentile, longest): the reform's "4 hours to minutes".
import { html } from '../../html.js';
import { formatDuration, formatNumber, t } from '../../i18n/i18n.js';

export function DeletionStats({ stats }) {
  if (!stats) return null;
  const m = stats.approvalMinutes ?? {};
  // Approvals inside a minute are the reform's point: say so rather than "0 min".
  const minutes = v => (v == null ? '–' : v > 0 && v < 1 ? t('deletionsPages.stats.underMinute') : formatDuration(v * 60));
  const tiles = [
    ['requested', formatNumber(stats.requested ?? 0)],
    ['open', formatNumber(stats.open ?? 0)],
    ['approved', formatNumber(stats.approved ?? 0)],
    ['rejected', formatNumber((stats.rejected ?? 0) + (stats.refused ?? 0))],
    ['p50', minutes(m.p50)],
    ['p90', minutes(m.p90)],
    ['max', minutes(m.max)],
  ];
  return html`
    <section class="deletion-stats" data-stats=${JSON.stringify(stats)} aria-label=${t('deletionsPages.stats.title')}>
      ${tiles.map(([key, value]) => html`
        <div class="stat stat-${key}" data-stat=${key}>
          <span class="stat-value">${value}</span>
          <span class="stat-label">${t(`deletionsPages.stats.${key}`)}</span>
        </div>`)}
      <p class="stat-note muted small">${t('deletionsPages.stats.note', { n: formatNumber(m.count ?? 0) })}</p>
    </section>`;
}
