// What a refused request says, in the API's own words: the fields it names, else its detail or title.
import { ApiError } from '../../api/client.js';
import { t } from '../../i18n/i18n.js';

export function problemText(error) {
  if (!(error instanceof ApiError)) return t('errors.generic', { detail: error?.message ?? String(error) });
  const fields = error.problem?.errors ? Object.entries(error.problem.errors).map(([field, messages]) => `${field}: ${[messages].flat().join(' ')}`) : [];
  return fields.length > 0 ? fields.join(' · ') : error.problem?.detail ?? error.problem?.title ?? error.message;
}
