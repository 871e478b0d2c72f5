// Which page a path shows, and who may see it. A page opened with a token in sessionStorage is
// signed in; without one, or with an expired one, it goes to sign-in and says why.
import { html, useEffect } from '../html.js';
import { endSession, get } from '../api/client.js';
import * as session from '../auth/session.js';
import { SignIn } from '../auth/sign-in.js';
import { useLanguage } from '../i18n/i18n.js';
import { flowViews, navigate, usePath } from '../router.js';
import { ControlCenter } from './control-center.js';
import { EnterpriseHome } from './enterprise-home.js';
import { NotFound } from './not-found.js';

export function App() {
  const path = usePath();
  useLanguage();
  const view = flowViews[path];
  const enterprise = session.claims()?.role === 'enterprise';
  const redirect = path === '/sign-in' ? null
    : !session.token() ? 'signIn'
    : session.expired() ? 'expired'
    : enterprise && view && path !== '/' ? 'home'
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
  return html`<${NotFound} />`;
}
