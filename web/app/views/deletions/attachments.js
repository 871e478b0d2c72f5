// Attachments of a deletion request: files picked in the browser are checked and read as base64
// here (the API takes them inline in the JSON), and a stored one is downloaded with the bearer
// token (a plain link would not carry it) and handed to the browser to save.
import * as session from '../../auth/session.js';
import { endSession } from '../../api/client.js';

export const MAX_FILES = 5;
export const MAX_BYTES = 5 * 1024 * 1024;
export const TYPES = ['application/pdf', 'image/jpeg', 'image/png'];

/** The problem with these files as an i18n key and values, or null when they may be sent. */
export function checkFiles(files) {
  if (files.length > MAX_FILES) return { key: 'deletionsPages.apply.tooManyFiles', values: { n: MAX_FILES } };
  for (const file of files) {
    if (!TYPES.includes(file.type)) return { key: 'deletionsPages.apply.badType', values: { name: file.name } };
    if (file.size > MAX_BYTES) return { key: 'deletionsPages.apply.tooLarge', values: { name: file.name, mb: MAX_BYTES / 1024 / 1024 } };
  }

  return null;
}

/** {name, contentType, dataBase64} of a picked file. */
export function readFile(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve({ name: file.name, contentType: file.type, dataBase64: url.slice(url.indexOf(',') + 1) });
    };
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** Fetches a stored attachment with the session's token and saves it under its own name. */
export async function download(requestId, attachment) {
  const response = await fetch(`/api/v1/arrival-deletions/${encodeURIComponent(requestId)}/attachments/${encodeURIComponent(attachment.id)}`, {
    headers: { authorization: `Bearer ${session.token()}` },
  });
  if (response.status === 401) throw endSession(session.expired() ? 'expired' : 'refused');
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = attachment.name;
  // Clicked while detached from the page: in it, the app's router would take the same-origin blob: link for a page.
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function formatSize(bytes) {
  if (bytes == null) return '';
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
