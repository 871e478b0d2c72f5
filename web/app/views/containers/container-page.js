// One container: timeline, customs, seal, carrier, ETA, position (props.number).
import { html, useEffect } from '../../html.js';
import { Header } from '../../components/header.js';

export function ContainerPage(props) {
  useEffect(() => {
    document.body.dataset.view = 'container';
  }, []);

  return html`<div class="page"><${Header} /><main class="message-page" data-page="container"></main></div>`;
}
