// Connected / reconnecting / disconnected, mirrored on <body data-connection> for tests and operators.
import { html, useEffect, useState } from '../html.js';
import { t } from '../i18n/i18n.js';

export function ConnectionIndicator({ live }) {
  const [state, setState] = useState(live.state);
  const [, tick] = useState(0);
  useEffect(() => live.stateChanged.on(setState), [live]);
  useEffect(() => {
    if (state === 'connected') return undefined;
    const timer = setInterval(() => tick(n => n + 1), 1000);
    return () => clearInterval(timer);
  }, [state]);

  const wait = live.retryAt ? Math.max(0, Math.ceil((live.retryAt - Date.now()) / 1000)) : null;
  return html`
    <div class="connection ${state}" role="status" aria-live="polite" data-state=${state}>
      <span class="dot" aria-hidden="true"></span>
      <span>${t(`connection.${state}`)}</span>
      ${state === 'disconnected' && wait !== null && html`<span class="muted">${t('connection.retryIn', { s: wait })}</span>`}
      ${state !== 'connected' && html`<button type="button" class="link-button" onClick=${() => live.retryNow()}>${t('connection.retryNow')}</button>`}
    </div>`;
}
