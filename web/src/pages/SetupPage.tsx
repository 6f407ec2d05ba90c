import { useRef, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { api, ApiError } from '../api/client';
import type { SessionDto, SetupTokenStatusDto } from '../api/types';
import { focusFirstInvalid, FormAlert, LoadError, Loading, TextField } from '../components/Form';
import { useLoad, useTitle } from '../components/hooks';
import { PasswordPair } from '../components/PasswordPair';
import { t } from '../i18n';
import { useSession } from '../session';

/** First start: the one-time link printed by the server creates the first operator. */
export function SetupPage() {
  useTitle(t('setup.title'));
  const { token = '' } = useParams();
  const { setSession } = useSession();
  const navigate = useNavigate();
  const check = useLoad(() => api.get<SetupTokenStatusDto>(`/api/setup/operator/${encodeURIComponent(token)}`), token);
  const [fields, setFields] = useState({ fullName: '', email: '', phone: '', password: '' });
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<ApiError>();
  const [mismatch, setMismatch] = useState(false);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  if (check.state === 'loading') return <Loading />;
  if (check.state === 'error') return <LoadError title={t('setup.invalid')} />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMismatch(fields.password !== repeat);
    if (fields.password !== repeat) return focusFirstInvalid(form.current);
    setBusy(true);
    setError(undefined);
    try {
      const session = await api.post<SessionDto>('/api/setup/operator', { token, ...fields });
      setSession(session);
      navigate('/operator');
    } catch (failure) {
      if (!(failure instanceof ApiError)) throw failure;
      setError(failure);
      focusFirstInvalid(form.current);
    } finally {
      setBusy(false);
    }
  }

  const change = (name: keyof typeof fields) => (value: string) => setFields((current) => ({ ...current, [name]: value }));
  return (
    <article className="narrow">
      <h1>{t('setup.title')}</h1>
      <p>{t('setup.intro')}</p>
      <FormAlert problem={error} shown={['email', 'fullName', 'password', 'phone']} />
      <form ref={form} onSubmit={submit} className="form" noValidate>
        <TextField label={t('setup.fullName')} value={fields.fullName} onChange={(e) => change('fullName')(e.target.value)} autoComplete="name" error={error?.field('fullName')} required />
        <TextField label={t('setup.email')} type="email" value={fields.email} onChange={(e) => change('email')(e.target.value)} autoComplete="email" error={error?.field('email')} required />
        <TextField label={t('setup.phone')} type="tel" inputMode="tel" value={fields.phone} onChange={(e) => change('phone')(e.target.value)} autoComplete="tel" error={error?.field('phone')} required />
        <PasswordPair
          password={fields.password}
          repeat={repeat}
          onPassword={change('password')}
          onRepeat={setRepeat}
          label="setup.password"
          repeatLabel="setup.passwordRepeat"
          hint="setup.password.hint"
          error={error?.field('password')}
          repeatError={mismatch ? t('setup.passwordMismatch') : undefined}
        />
        <button type="submit" className="button" disabled={busy}>
          {t('setup.submit')}
        </button>
      </form>
    </article>
  );
}
