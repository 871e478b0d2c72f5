// The bar on every page: the product, the pages of the signed-in role, the container search, the
// unhandled alerts, the live connection, the language and who is signed in.
import { html } from '../html.js';
import * as session from '../auth/session.js';
import { t } from '../i18n/i18n.js';
import { navigate, usePath } from '../router.js';
import { AlertCount } from './alert-count.js';
import { ConnectionIndicator } from './connection-indicator.js';
import { ContainerSearch } from './container-search.js';
import { LanguageSwitch } from './language-switch.js';

/** Each role's pages, in the order the bar shows them: [name, path]. */
const FLOWS = [['overview', '/'], ['water', '/water'], ['rail', '/rail'], ['road', '/road']];
const PAGES = {
  control: [...FLOWS, ['consignments', '/consignments'], ['alerts', '/alerts'], ['deletions', '/arrival-deletions']],
  admin: [...FLOWS, ['consignments', '/consignments'], ['alerts', '/alerts'], ['deletions', '/arrival-deletions']],
  customs: [...FLOWS, ['consignments', '/consignments'], ['alerts', '/alerts'], ['deletions', '/arrival-deletions']],
  enterprise: [['containers', '/containers'], ['deletions', '/arrival-deletions']],
  terminal: [['deletions', '/arrival-deletions']],
};

function isActive(href, path) {
  return href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
}

export function Header({ live = null }) {
  const path = usePath();
  const who = session.who();
  const pages = PAGES[who?.role] ?? [];
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
      ${pages.length > 0 && html`
        <nav class="views" aria-label=${t('app.tagline')}>
          ${pages.map(([name, href]) => {
            const active = isActive(href, path);
            return html`<a href=${href} class=${active ? 'active' : ''} aria-current=${active ? 'page' : undefined} data-nav=${name}>${t(`nav.${name}`)}</a>`;
          })}
        </nav>`}
      <div class="header-end">
        ${who && who.role !== 'terminal' && html`<${ContainerSearch} />`}
        ${who && ['customs', 'control', 'admin'].includes(who.role) && html`<${AlertCount} />`}
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
