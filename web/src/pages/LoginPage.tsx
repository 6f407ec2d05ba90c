import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, ApiError } from '../api/client';
import type { SessionDto } from '../api/types';
import { FormAlert, TextField } from '../components/Form';
import { useTitle } from '../components/hooks';
import { t } from '../i18n';
import { homeOf, useSession } from '../session';

export function LoginPage() {
  useTitle(t('login.title'));
  const { setSession } = useSession();
  const navigate = useNavigate();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const session = await api.post<SessionDto>('/api/session/sign-in', { login, password });
      setSession(session);
      navigate(homeOf(session));
    } catch (failure) {
      if (failure instanceof ApiError) setError(failure);
      else throw failure;
    } finally {
      setBusy(false);
    }
  }

  return (
    <article className="narrow">
      <h1>{t('login.title')}</h1>
      <FormAlert title={error?.title} detail={error?.detail} />
      <form onSubmit={submit} className="form" noValidate>
        <TextField label={t('login.login')} value={login} onChange={(e) => setLogin(e.target.value)} autoComplete="username" error={error?.field('login')} required />
        <TextField label={t('login.password')} type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" error={error?.field('password')} required />
        <button type="submit" className="button" disabled={busy}>
          {t('login.submit')}
        </button>
      </form>
    </article>
  );
}
