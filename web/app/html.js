// One place that binds htm to preact, so components write html`<div>…</div>` with no build step.
import { h, render, Fragment } from '/lib/preact/preact.module.js';
import htm from '/lib/htm/htm.module.js';

export { render, Fragment };
export { useState, useEffect, useRef, useMemo, useCallback, useReducer } from '/lib/preact/hooks.module.js';
export const html = htm.bind(h);
