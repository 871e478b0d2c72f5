// The enterprise's containers in open and recent transits.
import { html, useEffect } from '../../html.js';
import { Header } from '../../components/header.js';

export function MyContainers(props) {
  useEffect(() => {
    document.body.dataset.view = 'containers';
  }, []);

  return html`<div class="page"><${Header} /><main class="message-page" data-page="containers"></main></div>`;
}
