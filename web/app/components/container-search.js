// The header's search box: a container number opens its page. The number is trimmed and upper-cased;
// one the API refuses as malformed shows the API's own reason under the box. An unknown number or
// another tenant's opens the page, which says "not found" for both alike.
import { html, useState } from '../html.js';
import { ApiError, get } from '../api/client.js';
import { t } from '../i18n/i18n.js';
import { navigate } from '../router.js';
import { problemText } from '../views/containers/problem-text.js';

export function ContainerSearch() {
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState(null);

  const open = async event => {
    event.preventDefault();
    const number = value.trim().toUpperCase();
    if (!number) return;
    try {
      await get(`/containers/${encodeURIComponent(number)}`);
    } catch (e) {
      if (e instanceof ApiError && e.status === 400) {
        setProblem(problemText(e));
        return;
      }
    }

    setProblem(null);
    setValue('');
    navigate(`/containers/${encodeURIComponent(number)}`);
  };

  return html`
    <form class="container-search" role="search" onSubmit=${open}>
      <input type="search" name="container" value=${value} aria-label=${t('containersPages.search.label')}
        placeholder=${t('containersPages.search.placeholder')} autocomplete="off" spellcheck="false"
        onInput=${e => { setValue(e.currentTarget.value); setProblem(null); }} />
      ${problem && html`<p class="search-problem" role="alert" data-problem>${problem}</p>`}
    </form>`;
}
