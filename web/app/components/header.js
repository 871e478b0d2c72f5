// The bar on every page: the product, the flow views, the live connection, the language and who is signed in.
import { html } from '../html.js';
import * as session from '../auth/session.js';
import { t } from '../i18n/i18n.js';
import { navigate } from '../router.js';
import { ConnectionIndicator } from './connection-indicator.js';
import { LanguageSwitch } from './language-switch.js';

const VIEWS = [['overview', '/'], ['water', '/water'], ['rail', '/rail'], ['road', '/road']];

export function Header({ view = null, live = null }) {
  const who = session.who();
  const signOut = () => {
    session.clear();
    navigate('/sign-in?reason=signedOut', { replace: true });
  };

  return html`
    <header class="app-header">
      <a class="brand" href="/">
        <img src="/favicon.svg" alt="" width="22" height="22" />
        <span>${t('app.name')}</span>
      </a>
      ${who && session.watchesFlows() && html`
        <nav class="views" aria-label=${t('app.tagline')}>
          ${VIEWS.map(([name, href]) => html`
            <a href=${href} class=${name === view ? 'active' : ''} aria-current=${name === view ? 'page' : undefined} data-nav=${name}>${t(`nav.${name}`)}</a>`)}
        </nav>`}
      <div class="header-end">
        ${live && html`<${ConnectionIndicator} live=${live} />`}
        <${LanguageSwitch} />
        ${who && html`
          <span class="who" title=${t('session.signedInAs', { who: who.scope ?? t(`roles.${who.role}`) })}>
            ${t(`roles.${who.role}`)}${who.scope ? html` · <b>${who.scope}</b>` : ''}
          </span>
          <button type="button" class="link-button" data-action="sign-out" onClick=${signOut}>${t('session.signOut')}</button>`}
      </div>
    </header>`;
}
