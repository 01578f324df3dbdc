import { LIMITS } from '@hiwar/protocol';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { errorMessage } from '../../lib/errors';
import { SignUpNotSignedIn, useAuthStore } from './auth-store';

type Field = 'name' | 'email' | 'password';

/** The sign-in and sign-up form; sign-up adds a name and checks the password length before sending. */
export function AuthForm({ mode }: { mode: 'sign-in' | 'sign-up' }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { signIn, signUp } = useAuthStore();
  const [values, setValues] = useState({ name: '', email: '', password: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const signingUp = mode === 'sign-up';
  // Only same-site paths, so that a crafted link cannot send people elsewhere after signing in.
  const next = params.get('next');
  const target = next?.startsWith('/') && !next.startsWith('//') ? next : '/';

  const validate = () => {
    const found: Partial<Record<Field, string>> = {};
    if (signingUp && !values.name.trim()) found.name = t('validation.required');
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) found.email = t('validation.email');
    if (!values.password) found.password = t('validation.required');
    else if (signingUp && values.password.length < LIMITS.passwordMin) {
      found.password = t('validation.passwordLength', { count: LIMITS.passwordMin });
    }
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setPending(true);
    setFormError(null);
    try {
      const email = values.email.trim();
      if (signingUp) await signUp({ email, password: values.password, name: values.name.trim() });
      else await signIn({ email, password: values.password });
      navigate(target, { replace: true });
    } catch (err) {
      setFormError(err instanceof SignUpNotSignedIn ? t('auth.signUpNotSignedIn') : errorMessage(t, err));
    } finally {
      setPending(false);
    }
  };

  const field = (name: Field, type: string, autoComplete: string) => (
    <div className="field">
      <label htmlFor={`auth-${name}`}>{t(`auth.${name}`)}</label>
      {name === 'password' && signingUp ? (
        <p className="hint" id="auth-password-hint">
          {t('validation.passwordLength', { count: LIMITS.passwordMin })} {t('account.passwordHint')}
        </p>
      ) : null}
      <input
        id={`auth-${name}`}
        type={type}
        autoComplete={autoComplete}
        dir={name === 'email' ? 'ltr' : 'auto'}
        value={values[name]}
        onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `auth-${name}-error` : undefined}
      />
      {errors[name] ? (
        <p className="field-error" id={`auth-${name}-error`}>
          {errors[name]}
        </p>
      ) : null}
    </div>
  );

  return (
    <section className="card narrow" aria-labelledby="auth-title">
      <h1 id="auth-title">{t(signingUp ? 'auth.signUpTitle' : 'auth.signInTitle')}</h1>
      <form className="form" onSubmit={submit} noValidate>
        {signingUp ? field('name', 'text', 'name') : null}
        {field('email', 'email', 'email')}
        {field('password', 'password', signingUp ? 'new-password' : 'current-password')}
        {formError ? (
          <p className="banner banner-error" role="alert">
            {formError}
          </p>
        ) : null}
        <button type="submit" className="button button-primary" disabled={pending}>
          {t(signingUp ? 'auth.signUp' : 'auth.signIn')}
        </button>
      </form>
      <p>
        {signingUp ? (
          <Link to="/sign-in">{t('auth.haveAccount')}</Link>
        ) : (
          <Link to="/sign-up">{t('auth.noAccount')}</Link>
        )}
      </p>
      <p className="muted">{t('auth.participantsNote')}</p>
    </section>
  );
}
