// The app's two languages. The choice is remembered between visits; the first visit follows the
// browser. Every label, status, code, date and number goes through here, and <html lang> follows.
import { Emitter } from '../events.js';
import { useEffect, useState } from '../html.js';
import en from './en.js';
import zh from './zh.js';

const STORAGE_KEY = 'tracker.lang';
const dictionaries = { en, zh };
const locales = { en: 'en-GB', zh: 'zh-CN' };
const changed = new Emitter();

let current = initial();

function initial() {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved in dictionaries) return saved;
  const browser = (navigator.languages?.[0] ?? navigator.language ?? 'en').toLowerCase();
  return browser.startsWith('zh') ? 'zh' : 'en';
}

export function language() {
  return current;
}

export function setLanguage(lang) {
  if (!(lang in dictionaries) || lang === current) return;
  current = lang;
  localStorage.setItem(STORAGE_KEY, lang);
  applyToDocument();
  changed.emit(lang);
}

export function applyToDocument() {
  document.documentElement.lang = current === 'zh' ? 'zh-CN' : 'en';
  document.title = t('app.title');
}

/** Re-renders a component when the language changes. */
export function useLanguage() {
  const [lang, setLang] = useState(current);
  useEffect(() => changed.on(setLang), []);
  return lang;
}

/**
 * The text for a key such as "status.IN_TRANSIT", with {name} placeholders filled. A key missing
 * from Chinese falls back to English, and one missing from both shows the key itself, so a gap
 * is visible rather than blank (the browser tests look for such gaps).
 */
export function t(key, values) {
  const text = lookup(dictionaries[current], key) ?? lookup(en, key) ?? key;
  return values ? text.replace(/\{(\w+)\}/g, (_, name) => format(values[name])) : text;
}

/** Like t, but answers undefined for an unknown key (codes the dictionary does not know). */
export function tMaybe(key) {
  return lookup(dictionaries[current], key) ?? lookup(en, key);
}

function lookup(dictionary, key) {
  let node = dictionary;
  for (const part of key.split('.')) {
    node = node?.[part];
    if (node === undefined) return undefined;
  }
  return typeof node === 'string' ? node : undefined;
}

function format(value) {
  return typeof value === 'number' ? formatNumber(value) : String(value ?? '');
}

export function formatNumber(value, options) {
  return new Intl.NumberFormat(locales[current], options).format(value);
}

export function formatDateTime(value) {
  if (!value) return '–';
  return new Intl.DateTimeFormat(locales[current], { dateStyle: 'short', timeStyle: 'medium' }).format(new Date(value));
}

/** A time near now as hours and minutes; a further one with its date. */
export function formatWhen(value, now = Date.now()) {
  if (!value) return '–';
  const date = new Date(value);
  const near = Math.abs(date.getTime() - now) < 12 * 3600_000;
  return new Intl.DateTimeFormat(locales[current], near ? { timeStyle: 'short' } : { dateStyle: 'short', timeStyle: 'short' }).format(date);
}

export function formatTime(value) {
  if (!value) return '–';
  return new Intl.DateTimeFormat(locales[current], { timeStyle: 'medium' }).format(new Date(value));
}

/** A duration in seconds as hours and minutes ("2 h 05 min" / "2小时05分"), signed. */
export function formatDuration(seconds) {
  if (seconds == null || Number.isNaN(seconds)) return '–';
  const sign = seconds < 0 ? '−' : '';
  const total = Math.round(Math.abs(seconds) / 60);
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  return sign + (hours > 0 ? t('units.hoursMinutes', { h: hours, m: String(minutes).padStart(2, '0') }) : t('units.minutes', { m: minutes }));
}

/** How long ago, in words ("3 min ago" / "3分钟前"). */
export function formatAgo(value, now = Date.now()) {
  if (!value) return '–';
  const seconds = Math.max(0, (now - new Date(value).getTime()) / 1000);
  if (seconds < 60) return t('units.secondsAgo', { s: Math.round(seconds) });
  if (seconds < 3600) return t('units.minutesAgo', { m: Math.round(seconds / 60) });
  return t('units.hoursAgo', { h: formatNumber(seconds / 3600, { maximumFractionDigits: 1 }) });
}

export function formatSpeed(kmh) {
  return kmh == null ? '–' : t('units.kmh', { v: formatNumber(kmh, { maximumFractionDigits: 0 }) });
}

export function formatKnots(kmh) {
  return kmh == null ? '–' : t('units.knots', { v: formatNumber(kmh / 1.852, { maximumFractionDigits: 1 }) });
}

export function formatMeters(meters) {
  if (meters == null) return '–';
  return meters >= 1000
    ? t('units.km', { v: formatNumber(meters / 1000, { maximumFractionDigits: 1 }) })
    : t('units.m', { v: formatNumber(meters, { maximumFractionDigits: 0 }) });
}

/** A bilingual place name {en, zh}: the chosen language's, and the other as a second line. */
export function localName(name) {
  if (!name) return { primary: '', secondary: '' };
  return current === 'zh' ? { primary: name.zh, secondary: name.en } : { primary: name.en, secondary: name.zh };
}
