// The live hub connection (/hubs/live). It reconnects by itself with exponential backoff and
// jitter, never giving up while the page is open, and after every (re)connection subscribes
// again to the views the page shows, so each reconnect brings a fresh snapshot.
import * as session from '../auth/session.js';
import { Emitter } from '../events.js';

const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 30_000;

/** After this long without a connection the indicator says "disconnected" (it still retries). */
const OFFLINE_AFTER_MS = 20_000;

export class LiveConnection {
  state = 'disconnected';
  retryAt = null;
  stateChanged = new Emitter();

  #views = new Set();
  #handlers;
  #connection = null;
  #stopped = false;
  #retryTimer = null;
  #attempt = 0;
  #lostAt = null;

  /**
   * @param handlers {snapshot(view, items), deltas(view, items), alert(alert), refused(reason), failed(view, error)}
   */
  constructor(handlers) {
    this.#handlers = handlers;
  }

  start() {
    const signalR = window.signalR;
    this.#connection = new signalR.HubConnectionBuilder()
      .withUrl('/hubs/live', { accessTokenFactory: () => session.token() ?? '' })
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: context => this.#nextDelay(context.retryReason) })
      .configureLogging(signalR.LogLevel.None)
      .build();
    const c = this.#connection;
    c.on('snapshot', (view, items) => this.#handlers.snapshot(view, items));
    c.on('deltas', (view, items) => this.#handlers.deltas(view, items));
    c.on('alert', alert => this.#handlers.alert(alert));
    c.on('arrivalDeletion', request => this.#handlers.arrivalDeletion?.(request));
    c.onreconnecting(() => this.#setState('reconnecting'));
    c.onreconnected(() => this.#connected());
    c.onclose(error => {
      // The automatic reconnect gave up (a refused token) or never started: start over ourselves.
      if (!this.#stopped && !this.#refusedBy(error)) this.#scheduleStart();
    });
    this.#connect();
  }

  async stop() {
    this.#stopped = true;
    clearTimeout(this.#retryTimer);
    await this.#connection?.stop();
    this.#setState('disconnected');
  }

  /** Watches a view: subscribes now if connected, and again after every reconnect. */
  async subscribe(view) {
    this.#views.add(view);
    if (this.state === 'connected') await this.#invoke('Subscribe', view);
  }

  async unsubscribe(view) {
    this.#views.delete(view);
    if (this.state === 'connected') await this.#invoke('Unsubscribe', view);
  }

  /** Tries at once instead of waiting for the next backoff step. */
  retryNow() {
    if (this.state === 'connected') return;
    clearTimeout(this.#retryTimer);
    this.#attempt = 0;
    if (this.#connection.state === window.signalR.HubConnectionState.Disconnected) this.#connect();
  }

  async #connect() {
    if (this.#stopped) return;
    if (session.expired()) {
      this.#handlers.refused('expired');
      return;
    }

    try {
      await this.#connection.start();
      await this.#connected();
    } catch (error) {
      if (!this.#refusedBy(error)) this.#scheduleStart();
    }
  }

  async #connected() {
    this.#attempt = 0;
    this.#lostAt = null;
    this.retryAt = null;
    this.#setState('connected');
    for (const view of this.#views) await this.#invoke('Subscribe', view);
  }

  async #invoke(method, view) {
    try {
      await this.#connection.invoke(method, view);
    } catch (error) {
      this.#handlers.failed?.(view, error);
    }
  }

  #scheduleStart() {
    const delay = this.#nextDelay();
    this.#retryTimer = setTimeout(() => this.#connect(), delay);
  }

  /** Exponential backoff with full jitter; null (stop) when the server refused the token. */
  #nextDelay(reason) {
    if (this.#refusedBy(reason)) return null;
    this.#lostAt ??= Date.now();
    const ceiling = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** this.#attempt++);
    const delay = ceiling / 2 + Math.random() * (ceiling / 2);
    this.retryAt = Date.now() + delay;
    this.#setState(Date.now() - this.#lostAt > OFFLINE_AFTER_MS ? 'disconnected' : 'reconnecting');
    return delay;
  }

  #refusedBy(error) {
    const refused = error?.statusCode === 401 || /\b401\b|Unauthorized/.test(error?.message ?? '');
    if (refused || session.expired()) {
      this.#stopped = true;
      this.#handlers.refused(session.expired() ? 'expired' : 'refused');
      return true;
    }

    return false;
  }

  #setState(state) {
    if (state === this.state && state !== 'disconnected') return;
    this.state = state;
    this.stateChanged.emit(state);
  }
}
