// Why the transit changed status, in the chosen language.
import { t, tMaybe } from '../../i18n/i18n.js';

// The causes the transit grain writes (TransferConsignmentGrain): English sentences with ids in
// them, matched here so that each reads in the chosen language. An unknown one shows as sent.
const CAUSES = [
  [/^first fix of lock (\S+) en route$/, m => t('consignmentsPages.lifecycle.causes.firstLockFix', { id: m[1] })],
  [/^first fix of (\S+) en route$/, m => t('consignmentsPages.lifecycle.causes.firstFix', { id: m[1] })],
  [/^lock (\S+) inside the unsealing zone$/, m => t('consignmentsPages.lifecycle.causes.unsealZone', { id: m[1] })],
  [/^gate-in \S+ at (\S+)$/, m => t('consignmentsPages.lifecycle.causes.gateIn', { place: m[1] })],
  [/^(.*), seal opened there$/, m => t('consignmentsPages.lifecycle.causes.sealOpened', { cause: causeText(m[1]) })],
];

/** A cause that starts with an event code ("TSTR RT-1.TSTR") reads as the event's name; others by their pattern. */
export function causeText(cause) {
  const [code] = cause.split(' ');
  const event = tMaybe(`events.${code}`);
  if (event) return event;
  if (cause === 'declared') return t('consignmentsPages.lifecycle.causes.declared');
  for (const [pattern, say] of CAUSES) {
    const match = pattern.exec(cause);
    if (match) return say(match);
  }

  return cause;
}
