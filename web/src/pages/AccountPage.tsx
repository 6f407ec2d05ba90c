import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../api/client';
import type { EndedSessionsDto, SessionDto, SessionInfoDto } from '../api/types';
import { formatDateTime } from '../components/format';
import { FormAlert, LoadError, Loading, TextField } from '../components/Form';
import { useLoad, useTitle } from '../components/hooks';
import { PasswordPair } from '../components/PasswordPair';
import { t } from '../i18n';
import { useSession } from '../session';
import { AccountDataSection } from '../features/security/AccountDataSection';
import { PhoneSection } from '../features/security/PhoneSection';
import { TwoFactorSection } from '../features/security/TwoFactorSection';

/** ID-6: the person's sessions (end one or all others), the password change and the phone change. */
export function AccountPage() {
  useTitle(t('account.title'));
  const { session, setSession } = useSession();
  const sessions = useLoad(() => api.get<SessionInfoDto[]>('/api/account/sessions'), 'sessions');
  const [error, setError] = useState<ApiError>();
  const [notice, setNotice] = useState('');
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const reload = sessions.reload;

  if (session && !session.authenticated) return <LoadError title={t('operator.noAccess')} />;

  async function run(action: () => Promise<string>) {
    setError(undefined);
    setNotice('');
    try {
      setNotice(await action());
      reload();
    } catch (failure) {
      if (!(failure instanceof ApiError)) throw failure;
      setError(failure);
    }
  }
  const changePassword = (event: FormEvent) => {
    event.preventDefault();
    setMismatch(password !== repeat);
    if (password !== repeat) return;
    void run(async () => {
      setSession(await api.post<SessionDto>('/api/account/password', { currentPassword: current, newPassword: password }));
      setCurrent('');
      setPassword('');
      setRepeat('');
      return t('account.password.done');
    });
  };

  return (
    <article>
      <h1>{t('account.title')}</h1>
      <FormAlert problem={error} shown={['currentPassword', 'newPassword']} />
      <p role="status">{notice}</p>
      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">{t('account.sessions')}</h2>
        <p>{t('account.sessions.intro')}</p>
        {sessions.state === 'loading' && <Loading />}
        {sessions.state === 'error' && <LoadError title={sessions.error.title} />}
        {sessions.state === 'ready' && (
          <ul className="cards">
            {sessions.data.map((s) => (
              <li key={s.id} className="card">
                <h3>
                  {s.device} {s.current && <span className="badge badge-verified">{t('account.session.current')}</span>}
                </h3>
                <p className="muted">
                  {[s.ipAddress, t('account.session.lastSeen', { date: formatDateTime(s.lastSeenAt) })].filter(Boolean).join(' · ')}
                </p>
                {!s.current && (
                  <button type="button" className="button-secondary" aria-label={t('account.session.endNamed', { device: s.device })}
                    onClick={() => void run(async () => {
                      await api.request('DELETE', `/api/account/sessions/${s.id}`);
                      return t('account.sessions.ended', { count: '1' });
                    })}>
                    {t('account.session.end')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {sessions.state === 'ready' && sessions.data.length > 1 && (
          <p>
            <button type="button" className="button-secondary" onClick={() => void run(async () => {
              const ended = await api.post<EndedSessionsDto>('/api/account/sessions/end-others');
              return t('account.sessions.ended', { count: String(ended.ended) });
            })}>
              {t('account.sessions.endOthers')}
            </button>
          </p>
        )}
      </section>
      <section aria-labelledby="password-heading">
        <h2 id="password-heading">{t('account.password')}</h2>
        <p>{t('account.password.intro')}</p>
        <form onSubmit={changePassword} className="form" noValidate>
          <TextField label={t('account.password.current')} type="password" autoComplete="current-password" value={current}
            onChange={(e) => setCurrent(e.target.value)} error={error?.field('currentPassword')} required />
          <PasswordPair password={password} repeat={repeat} onPassword={setPassword} onRepeat={setRepeat} label="account.password.new"
            repeatLabel="account.password.repeat" hint="setup.password.hint" error={error?.field('newPassword')}
            repeatError={mismatch ? t('setup.passwordMismatch') : undefined} />
          <button type="submit" className="button">
            {t('account.password.submit')}
          </button>
        </form>
      </section>
      <PhoneSection />
      <TwoFactorSection />
      <AccountDataSection />
    </article>
  );
}
