import { problemText } from './problem-wording.js';

// A refusal of the API (problem+json naming each bad field) as messages per form field, so that
// each shows next to its field; what names no field shows above the form.
export function fieldErrors(error, known = []) {
  const result = {};
  const errors = error?.problem?.errors;
  if (errors && typeof errors === 'object') {
    for (const [name, messages] of Object.entries(errors)) {
      // "attachments[1].contentType" belongs to the attachments field.
      const root = name.split(/[.[]/)[0];
      const field = known.length === 0 || known.includes(root) ? root || 'form' : 'form';
      result[field] = [...(result[field] ?? []), ...[].concat(messages).map(problemText)];
    }
  }

  if (Object.keys(result).length === 0 && error) result.form = [problemText(error.problem?.detail ?? error.problem?.title ?? error.message)];
  return result;
}
