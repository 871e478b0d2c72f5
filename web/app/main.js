// The app's entry: language first (so the first paint is in the right one), then the page.
import { html, render } from './html.js';
import { applyToDocument } from './i18n/i18n.js';
import { onLinkClick } from './router.js';
import { App } from './views/app.js';

applyToDocument();
document.addEventListener('click', onLinkClick);
render(html`<${App} />`, document.getElementById('app'));
