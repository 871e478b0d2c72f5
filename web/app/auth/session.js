// Who is signed in. The token lives in sessionStorage["tracker.token"] (API.md): a page opened
// with it set is signed in, closing the tab signs out. Its claims are read for display and for
// expiry only; the server checks everything.

const KEY = 'tracker.token';

export function token() {
  return sessionStorage.getItem(KEY);
}

export function store(value) {
  sessionStorage.setItem(KEY, value);
}

export function clear() {
  sessionStorage.removeItem(KEY);
}

/** The token's payload ({role, tenant, office, exp, sub}), or null when there is none or it is not a JWT. */
export function claims(value = token()) {
  const payload = value?.split('.')[1];
  if (!payload) return null;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '=');
    const text = new TextDecoder().decode(Uint8Array.from(atob(base64), c => c.charCodeAt(0)));
    const parsed = JSON.parse(text);
    return typeof parsed === 'object' && parsed ? parsed : null;
  } catch {
    return null;
  }
}

export function looksLikeJwt(value) {
  return /^[\w-]+\.[\w-]+\.[\w-]*$/.test(value ?? '') && claims(value) !== null;
}

/** Expired by its own "exp" claim (seconds since the epoch), with no server round trip. */
export function expired(value = token(), now = Date.now()) {
  const exp = claims(value)?.exp;
  return typeof exp === 'number' && exp * 1000 <= now;
}

/** Whom the header names: the role, and the office, tenant or facility that scopes it. */
export function who(value = token()) {
  const c = claims(value);
  if (!c) return null;
  return { role: c.role ?? '', scope: c.office ?? c.tenant ?? c.facility ?? null };
}

/** The role's own views: control, customs and admin watch the flows; an enterprise its containers. */
export function watchesFlows(value = token()) {
  return ['control', 'customs', 'admin'].includes(claims(value)?.role);
}
