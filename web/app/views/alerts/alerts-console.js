// The customs console: the office's alerts, live, with detail and actions.
import { html, useEffect } from '../../html.js';
import { Header } from '../../components/header.js';

export function AlertsConsole(props) {
  useEffect(() => {
    document.body.dataset.view = 'alerts';
  }, []);

  return html`<div class="page"><${Header} /><main class="message-page" data-page="alerts"></main></div>`;
}
