// The alert list with its next page. The list answers a plain array and names the next page in its
// Link header (as GitHub's API does), which the shared client does not expose: read it here.
import { ApiError, endSession } from '../../api/client.js';
import * as session from '../../auth/session.js';

export const PAGE_SIZE = 50;

/** @returns {Promise<{items, next}>} next is the path (under /api/v1) of the next page, or null */
export async function listAlerts(pathOrFilters, { signal } = {}) {
  const path = typeof pathOrFilters === 'string' ? pathOrFilters : `/alerts?${query(pathOrFilters)}`;
  if (session.expired()) throw endSession('expired');
  const response = await fetch(`/api/v1${path}`, { headers: { accept: 'application/json', authorization: `Bearer ${session.token()}` }, signal });
  if (response.status === 401) throw endSession(session.expired() ? 'expired' : 'refused');
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, json);
  return { items: Array.isArray(json) ? json : json?.items ?? [], next: nextOf(response.headers.get('link')) };
}

function query({ status, type, severity, since, until }) {
  const q = new URLSearchParams();
  for (const [name, value] of Object.entries({ status, type, severity, since, until })) if (value) q.set(name, value);
  q.set('limit', String(PAGE_SIZE));
  return q.toString();
}

/** The rel="next" address of a Link header, as a path under /api/v1. */
function nextOf(link) {
  const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(link ?? '');
  if (!match) return null;
  const url = new URL(match[1], location.origin);
  return url.pathname.replace(/^\/api\/v1/, '') + url.search;
}

/** Whether a pushed alert belongs in the list as filtered (the server filters the pages the same way). */
export function matches(alert, { status, type, severity, since, until }) {
  return (!status || alert.status === status)
    && (!type || alert.type === type)
    && (!severity || alert.severity === severity)
    && (!since || alert.raisedAt >= since)
    && (!until || alert.raisedAt <= until);
}

export function newestFirst(a, b) {
  return a.raisedAt < b.raisedAt ? 1 : a.raisedAt > b.raisedAt ? -1 : 0;
}
