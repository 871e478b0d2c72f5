// Which page a path shows, and who may see it. A page opened with a token in sessionStorage is
// signed in; without one, or with an expired one, it goes to sign-in and says why.
import { html, useEffect } from '../html.js';
import { endSession, get } from '../api/client.js';
import * as session from '../auth/session.js';
import { SignIn } from '../auth/sign-in.js';
import { useLanguage } from '../i18n/i18n.js';
import { flowViews, navigate, usePath } from '../router.js';
import { AlertsConsole } from './alerts/alerts-console.js';
import { ConsignmentList } from './consignments/consignment-list.js';
import { ConsignmentPage } from './consignments/consignment-page.js';
import { ContainerPage } from './containers/container-page.js';
import { MyContainers } from './containers/my-containers.js';
import { ControlCenter } from './control-center.js';
import { ArrivalDeletions } from './deletions/arrival-deletions.js';
import { EnterpriseHome } from './enterprise-home.js';
import { NotFound } from './not-found.js';

const WATCHERS = ['control', 'customs', 'admin'];
const TRACKERS = [...WATCHERS, 'enterprise'];

/** The pages besides the flow views: a path pattern, the roles it is open to, and the page. */
const PAGES = [
  [/^\/containers$/, TRACKERS, () => html`<${MyContainers} />`],
  [/^\/containers\/([^/]+)$/, TRACKERS, ([number]) => html`<${ContainerPage} number=${decodeURIComponent(number)} />`],
  [/^\/alerts$/, WATCHERS, () => html`<${AlertsConsole} />`],
  [/^\/consignments$/, WATCHERS, () => html`<${ConsignmentList} />`],
  [/^\/consignments\/([^/]+)$/, TRACKERS, ([id]) => html`<${ConsignmentPage} id=${decodeURIComponent(id)} />`],
  [/^\/arrival-deletions$/, [...TRACKERS, 'terminal'], () => html`<${ArrivalDeletions} />`],
];

/** Each role's start page, for roles whose start is not the control center's map. */
const HOMES = { terminal: '/arrival-deletions' };

export function App() {
  const path = usePath();
  useLanguage();
  const view = flowViews[path];
  const role = session.claims()?.role;
  const enterprise = role === 'enterprise';
  const redirect = path === '/sign-in' ? null
    : !session.token() ? 'signIn'
    : session.expired() ? 'expired'
    : enterprise && view && path !== '/' ? 'home'
    : path === '/' && HOMES[role] ? 'roleHome'
    : null;

  // The server is the judge of a stored or pasted token: a refused one ends the session at once.
  const signedIn = !redirect && path !== '/sign-in';
  useEffect(() => {
    if (signedIn) get('/me').catch(() => {});
  }, [signedIn, session.token()]);

  // A page left open (a control room's wall) ends its session when the token expires, not at the next click.
  useEffect(() => {
    const exp = session.claims()?.exp;
    if (!signedIn || typeof exp !== 'number') return undefined;
    const timer = setTimeout(() => endSession('expired'), Math.max(0, exp * 1000 - Date.now()));
    return () => clearTimeout(timer);
  }, [signedIn, session.token()]);

  useEffect(() => {
    if (redirect === 'signIn') navigate(`/sign-in?next=${encodeURIComponent(path)}`, { replace: true });
    // The flow views are for control and customs: an enterprise's start is its own page.
    if (redirect === 'home') navigate('/', { replace: true });
    if (redirect === 'roleHome') navigate(HOMES[role], { replace: true });
    if (redirect === 'expired') {
      session.clear();
      navigate('/sign-in?reason=expired', { replace: true });
    }
  }, [redirect, path]);

  if (path === '/sign-in') return html`<${SignIn} />`;
  if (redirect) return null;
  if (view && session.watchesFlows()) return html`<${ControlCenter} view=${view} />`;
  if (path === '/' && enterprise) return html`<${EnterpriseHome} />`;
  if (view) return html`<${NotFound} forbidden=${true} />`;
  for (const [pattern, roles, page] of PAGES) {
    const match = pattern.exec(path);
    if (match) return roles.includes(role) ? page(match.slice(1)) : html`<${NotFound} forbidden=${true} />`;
  }

  return html`<${NotFound} />`;
}
