// An enterprise's start page: its own containers, the list it works from every day. A number is
// looked up with the header's search; another tenant's number answers like an unknown one.
import { html } from '../html.js';
import { MyContainers } from './containers/my-containers.js';

export function EnterpriseHome() {
  return html`<${MyContainers} view="enterprise" />`;
}
