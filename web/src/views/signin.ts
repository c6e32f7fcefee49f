/** Sign-in page: POST /api/auth/login sets the session cookie. */
import { h } from '../core/dom';
import { ApiError } from '../core/http';
import { signIn } from '../core/session';
import { getLang, setLang, t } from '../i18n';

function message(err: unknown): string {
  if (!(err instanceof ApiError)) return (err as Error).message;
  if (err.status === 401) return t('signin.failed');
  if (err.status === 429) return t('signin.throttled', { minutes: Math.max(1, Math.ceil((err.retryAfter ?? 60) / 60)) });
  if (err.status === 0) return t('common.network');
  return err.message;
}

export function signInView(onSignedIn: () => void, onLangChange: () => void = () => undefined): HTMLElement {
  const error = h('p', { class: 'form-error', role: 'alert', hidden: true });
  const username = h('input', { id: 'username', name: 'username', autocomplete: 'username', required: true });
  const password = h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const submit = h('button', { class: 'btn btn-primary', type: 'submit' }, t('signin.submit'));

  const form = h(
    'form',
    { class: 'signin-card', 'aria-labelledby': 'signin-title' },
    h(
      'div',
      { class: 'signin-top' },
      h('div', { class: 'brand brand-large' }, h('span', { class: 'brand-mark' }, 'y'), h('span', null, t('app.title'))),
      h(
        'button',
        {
          class: 'btn btn-ghost btn-small',
          type: 'button',
          'data-testid': 'lang-switch',
          onclick: () => {
            setLang(getLang() === 'tr' ? 'en' : 'tr');
            onLangChange();
          },
        },
        t('lang.switch'),
      ),
    ),
    h('h1', { id: 'signin-title' }, t('signin.title')),
    h('p', { class: 'muted' }, t('signin.lead')),
    h('label', { for: 'username' }, t('signin.username')),
    username,
    h('label', { for: 'password' }, t('signin.password')),
    password,
    error,
    submit,
  );
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    error.hidden = true;
    submit.disabled = true;
    submit.textContent = t('signin.busy');
    try {
      await signIn(username.value.trim(), password.value);
      onSignedIn();
    } catch (err) {
      error.textContent = message(err);
      error.hidden = false;
      submit.disabled = false;
      submit.textContent = t('signin.submit');
    }
  });
  return h('main', { class: 'signin-page' }, form);
}
