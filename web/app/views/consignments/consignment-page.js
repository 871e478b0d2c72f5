// One transit: corridor, tracks, carrier, lifecycle, containers, alerts, playback (props.id).
import { html, useEffect } from '../../html.js';
import { Header } from '../../components/header.js';

export function ConsignmentPage(props) {
  useEffect(() => {
    document.body.dataset.view = 'consignment';
  }, []);

  return html`<div class="page"><${Header} /><main class="message-page" data-page="consignment"></main></div>`;
}
