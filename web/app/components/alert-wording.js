// An alert in one line, composed here from its fields so that it reads in the chosen language.
import { formatDuration, formatMeters, t, tMaybe } from '../i18n/i18n.js';

export function alertLine(alert) {
  const parts = [t(`alerts.types.${alert.type}`)];
  const evidence = alert.evidence ?? {};
  // Rules that measure nothing (a seal opened, a port call) leave these at zero: say nothing then.
  if (evidence.distanceFromCorridorMeters > 0) parts.push(formatMeters(evidence.distanceFromCorridorMeters));
  if (evidence.durationSeconds >= 60) parts.push(formatDuration(evidence.durationSeconds));
  return parts.join(' · ');
}

export function alertSubject(alert) {
  const boxes = alert.containers?.length ? ` · ${alert.containers.slice(0, 2).join(', ')}${alert.containers.length > 2 ? '…' : ''}` : '';
  return `${t('alerts.consignment', { id: alert.consignmentId })}${boxes}`;
}

/**
 * The alert's summary as a sentence in the chosen language. The server's own sentence is English
 * (it is the record); this one is built from the measures, so a Chinese page reads Chinese.
 */
export function alertSentence(alert) {
  const evidence = alert.evidence ?? {};
  const needs = t(`alertsPages.sentences.${alert.type}`);
  const d = evidence.distanceFromCorridorMeters > 0 ? formatMeters(evidence.distanceFromCorridorMeters) : null;
  const duration = evidence.durationSeconds > 0 ? formatDuration(evidence.durationSeconds) : null;
  // A sentence that needs a measure the rule did not record would read wrong: fall back to the one-liner.
  if ((needs.includes('{d}') && !d) || (needs.includes('{t}') && !duration)) return alertLine(alert);
  return t(`alertsPages.sentences.${alert.type}`, { d, t: duration });
}

/** What the alert's position marks (the deviation, the stop, where the seal opened), for the map. */
export function alertPointLabel(alert) {
  return tMaybe(`alertsPages.points.${alert.type}`) ?? t('alertsPages.map.point');
}
