import { html } from '../html.js';
import { language, setLanguage, t } from '../i18n/i18n.js';

export function LanguageSwitch() {
  const current = language();
  return html`
    <div class="language-switch" role="group" aria-label=${t('language.label')}>
      ${['en', 'zh'].map(lang => html`
        <button type="button" lang=${lang === 'zh' ? 'zh-CN' : 'en'} class=${lang === current ? 'active' : ''}
          aria-pressed=${lang === current} data-lang=${lang} onClick=${() => setLanguage(lang)}>${t(`language.${lang}`)}</button>`)}
    </div>`;
}
