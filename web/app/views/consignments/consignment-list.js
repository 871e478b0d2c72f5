// The transits customs and control may see, filtered by mode, status and office.
import { html, useEffect } from '../../html.js';
import { Header } from '../../components/header.js';

export function ConsignmentList(props) {
  useEffect(() => {
    document.body.dataset.view = 'consignments';
  }, []);

  return html`<div class="page"><${Header} /><main class="message-page" data-page="consignments"></main></div>`;
}
