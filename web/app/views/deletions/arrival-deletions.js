// Online arrival-report deletion: each role's page (apply, confirm, approve).
import { html, useEffect } from '../../html.js';
import { Header } from '../../components/header.js';

export function ArrivalDeletions(props) {
  useEffect(() => {
    document.body.dataset.view = 'arrival-deletions';
  }, []);

  return html`<div class="page"><${Header} /><main class="message-page" data-page="arrival-deletions"></main></div>`;
}
