// Sign-in. With Auth:DevTokens on, a role picker: control, customs with an office, enterprise
// with a tenant, terminal with a facility, admin (the offices, tenants and facilities offered are
// those the declared transits name).
// Always, a field to paste a bearer token. Messages say why the user is here (expired, refused).
import { html, useEffect, useState } from '../html.js';
import { ApiError, post } from '../api/client.js';
import * as session from './session.js';
import { t } from '../i18n/i18n.js';
import { navigate } from '../router.js';
import { Header } from '../components/header.js';

const ROLES = [
  { role: 'control' },
  { role: 'customs', scope: 'office' },
  { role: 'enterprise', scope: 'tenant' },
  { role: 'terminal', scope: 'facility' },
  { role: 'admin' },
];

export function SignIn() {
  const params = new URLSearchParams(location.search);
  const reason = params.get('reason');
  const next = safeNext(params.get('next'));
  const [parties, setParties] = useState(undefined);

  useEffect(() => {
    document.body.dataset.view = 'sign-in';
    document.body.dataset.connection = 'disconnected';
    fetch('/api/v1/dev/parties', { headers: { accept: 'application/json' } })
      .then(r => (r.ok ? r.json() : null))
      .then(setParties, () => setParties(null));
  }, []);

  const done = token => {
    session.store(token);
    navigate(next, { replace: true });
  };

  return html`
    <div class="page sign-in-page">
      <${Header} />
      <main class="sign-in">
        <h1>${t('signIn.title')}</h1>
        ${reason && html`<p class="notice ${reason === 'signedOut' ? '' : 'warning'}" role="alert" data-reason=${reason}>${t(`session.${reason}`)}</p>`}
        ${parties && html`<${RolePicker} parties=${parties} onToken=${done} />`}
        <${TokenForm} onToken=${done} />
      </main>
    </div>`;
}

function RolePicker({ parties, onToken }) {
  return html`
    <section class="role-picker">
      <p class="intro">${t('signIn.intro')}</p>
      <div class="roles">
        ${ROLES.map(r => html`<${RoleCard} ...${r} choices=${choicesOf(parties, r.scope)} onToken=${onToken} />`)}
      </div>
    </section>`;
}

/** The names a scope's field offers; a host from before the terminal role answers no facilities. */
function choicesOf(parties, scope) {
  if (scope === 'office') return parties.offices ?? [];
  if (scope === 'tenant') return parties.tenants ?? [];
  if (scope === 'facility') return parties.facilities ?? [];
  return [];
}

function RoleCard({ role, scope, choices, onToken }) {
  const [value, setValue] = useState(choices[0] ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const roleName = t(`roles.${role}`);

  const submit = async event => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = { role, ...(scope ? { [scope]: value.trim() } : {}) };
      const answer = await post('/dev/token', body, { anonymous: true });
      onToken(answer.token);
    } catch (e) {
      setError(e instanceof ApiError ? problemText(e) : String(e.message ?? e));
      setBusy(false);
    }
  };

  return html`
    <form class="role-card" data-role=${role} onSubmit=${submit}>
      <h2>${roleName}</h2>
      <p>${t(`signIn.${role}`)}</p>
      ${scope && html`
        <label>
          <span>${t(`signIn.${scope}`)}</span>
          <input name=${scope} list=${`${role}-choices`} value=${value} required placeholder=${t('signIn.other')}
            onInput=${e => setValue(e.currentTarget.value)} />
          <datalist id=${`${role}-choices`}>${choices.map(c => html`<option value=${c} />`)}</datalist>
        </label>`}
      <button type="submit" class="primary" disabled=${busy}>${busy ? t('signIn.busy') : t('signIn.go', { role: roleName })}</button>
      ${error && html`<p class="error" role="alert">${t('signIn.failed', { reason: error })}</p>`}
    </form>`;
}

function TokenForm({ onToken }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState(null);
  const submit = event => {
    event.preventDefault();
    const token = value.trim();
    if (!token) return setError(t('signIn.tokenMissing'));
    if (!session.looksLikeJwt(token)) return setError(t('signIn.tokenMalformed'));
    // The server judges the token on the first call; a refused one comes back here with a message.
    return onToken(token);
  };

  return html`
    <form class="token-form" onSubmit=${submit}>
      <h2>${t('signIn.tokenTitle')}</h2>
      <p>${t('signIn.tokenIntro')}</p>
      <label>
        <span>${t('signIn.token')}</span>
        <textarea name="token" rows="3" spellcheck="false" autocomplete="off" value=${value} onInput=${e => setValue(e.currentTarget.value)}></textarea>
      </label>
      <button type="submit" class="primary">${t('signIn.tokenGo')}</button>
      ${error && html`<p class="error" role="alert">${error}</p>`}
    </form>`;
}

function problemText(error) {
  const errors = error.problem?.errors;
  if (errors) return Object.entries(errors).map(([field, messages]) => `${field}: ${messages.join(', ')}`).join('; ');
  return error.message;
}

/** Only a path of this app: never another origin (an open redirect). */
function safeNext(next) {
  return next && next.startsWith('/') && !next.startsWith('//') && next !== '/sign-in' ? next : '/';
}
