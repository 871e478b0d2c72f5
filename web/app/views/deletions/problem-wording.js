// The API words its refusals in English (ArrivalDeletionEndpoints, AttachmentCheck). The messages
// this workflow can meet are matched here so that a Chinese page shows them in Chinese; one not
// known shows as sent.
import { t } from '../../i18n/i18n.js';

const say = (key, values) => t(`deletionsPages.problems.${key}`, values);

const MESSAGES = [
  [/^is required$/, () => say('required')],
  [/^must be at most (\d+) characters$/, m => say('tooLong', { n: m[1] })],
  [/^no container (\S+) of yours is known$/, m => say('unknownContainer', { box: m[1] })],
  [/^no consignment of yours carries (\S+)$/, m => say('notCarried', { box: m[1] })],
  [/^(\S+) has no arrival report in force$/, m => say('noReport', { box: m[1] })],
  [/^(\S+) is at no terminal facility that could confirm the deletion$/, m => say('noFacility', { box: m[1] })],
  [/^Request (\S+) to delete the arrival report of (\S+) is still open\.$/, m => say('stillOpen', { id: m[1], box: m[2] })],
  [/^is required to (\w+): say why$/, m => say('noteNeeded', { step: m[1] })],
  [/^at most (\d+) files$/, m => say('tooMany', { n: m[1] })],
  [/^must be one of /, () => say('badType')],
  [/^is not a (\S+) file$/, m => say('notThatType', { type: m[1] })],
  [/^must be at most (\d+) MB decoded$/, m => say('tooBig', { n: m[1] })],
  [/^is not valid base64$/, () => say('badBase64')],
  [/^must not be empty$/, () => say('empty')],
];

export function problemText(message) {
  for (const [pattern, wording] of MESSAGES) {
    const match = pattern.exec(message);
    if (match) return wording(match);
  }

  return message;
}
