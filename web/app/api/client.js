// Calls to the v1 API with the session's bearer token. A 401 means the token expired or was
// refused: the session ends and the user is sent to sign in with a message saying which.
import * as session from '../auth/session.js';
import { navigate } from '../router.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

export async function get(path, { signal } = {}) {
  return call('GET', path, undefined, signal);
}

export async function post(path, body, { signal, anonymous = false } = {}) {
  return call('POST', path, body, signal, anonymous);
}

async function call(method, path, body, signal, anonymous = false) {
  const headers = { accept: 'application/json' };
  if (!anonymous) {
    if (session.expired()) throw endSession('expired');
    headers.authorization = `Bearer ${session.token()}`;
  }

  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`/api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal });
  if (response.status === 401 && !anonymous) throw endSession(session.expired() ? 'expired' : 'refused');
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, json);
  return json;
}

/** Ends the session and shows sign-in with the reason; answers an error for the caller to stop on. */
export function endSession(reason) {
  session.clear();
  navigate(`/sign-in?reason=${reason}`, { replace: true });
  return new ApiError(401, { title: reason });
}
