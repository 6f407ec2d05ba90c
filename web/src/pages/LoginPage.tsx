import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../api/client';
import type { ExternalProviderDto, SessionDto } from '../api/types';
import { FormAlert, SelectField, TextField } from '../components/Form';
import { useAction, useLoad, useTitle } from '../components/hooks';
import { t } from '../i18n';
import { homeOf, useSession } from '../session';

type Method = 'authenticator' | 'sms' | 'email' | 'recovery';

/** Sign-in: phone or e-mail and password, then the second factor when the account has one (ID-5). */
export function LoginPage() {
  useTitle(t('login.title'));
  const { setSession } = useSession();
  const navigate = useNavigate();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [params] = useSearchParams();
  const external = params.get('external');
  // A page that needed a signed-in person (a chat invitation) sends them back there; only paths of this site.
  const next = params.get('next');
  const returnTo = next && next.startsWith('/') && !next.startsWith('//') ? next : null;
  const providers = useLoad(() => api.get<ExternalProviderDto[]>('/api/session/external'), 'providers');
  // An external provider's sign-in of an account with a second factor continues here.
  const [secondStep, setSecondStep] = useState(params.get('second-factor') === '1');
  const [method, setMethod] = useState<Method>('authenticator');
  const [code, setCode] = useState('');
  // Which channel a code was last sent by, so the confirmation matches the method chosen.
  const [sentBy, setSentBy] = useState<Method>();
  const { error, busy, run } = useAction({});

  const finish = (session: SessionDto) => {
    setSession(session);
    if (session.twoFactorRequired) setSecondStep(true);
    else navigate(returnTo ?? homeOf(session));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => finish(await api.post<SessionDto>('/api/session/sign-in', { login, password })));
  };
  const confirm = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => finish(await api.post<SessionDto>('/api/session/two-factor', { method, code })));
  };

  return (
    <article className="narrow">
      <h1>{secondStep ? t('login.secondFactor') : t('login.title')}</h1>
      {params.get('expired') === '1' && returnTo && !secondStep && <p className="notice">{t('login.expired')}</p>}
      <FormAlert problem={error} shown={['login', 'password', 'code']} title={external === 'unknown' ? t('login.external.unknown')
        : external === 'failed' ? t('login.external.failed') : external === 'locked' ? t('login.external.locked') : undefined} />
      {!secondStep ? (
        <form onSubmit={submit} className="form" noValidate>
          <TextField label={t('login.login')} value={login} onChange={(e) => setLogin(e.target.value)} autoComplete="username" error={error?.field('login')} required />
          <TextField label={t('login.password')} type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" error={error?.field('password')} required />
          <button type="submit" className="button" disabled={busy}>
            {t('login.submit')}
          </button>
          {providers.state === 'ready' && providers.data.map((p) => (
            <p key={p.name}>
              {t('login.or')}{' '}
              <a className="button-secondary" href={`/api/session/external/${p.name}`}>
                {t('login.external', { name: p.displayName })}
              </a>
            </p>
          ))}
        </form>
      ) : (
        <form onSubmit={confirm} className="form" noValidate>
          <SelectField label={t('login.method')} value={method} onChange={(e) => setMethod(e.target.value as Method)}>
            <option value="authenticator">{t('login.method.authenticator')}</option>
            <option value="sms">{t('login.method.sms')}</option>
            <option value="email">{t('login.method.email')}</option>
            <option value="recovery">{t('login.method.recovery')}</option>
          </SelectField>
          {(method === 'sms' || method === 'email') && (
            <p>
              <button type="button" className="button-secondary" disabled={busy}
                onClick={() => void run(async () => { await api.post(`/api/session/two-factor/${method}`); setSentBy(method); })}>
                {method === 'sms' ? t('login.sendSms') : t('login.sendEmail')}
              </button>{' '}
              <span role="status">{sentBy === method ? t(method === 'sms' ? 'login.smsSent' : 'login.emailSent') : ''}</span>
            </p>
          )}
          <TextField label={t('login.code')} value={code} onChange={(e) => setCode(e.target.value)} inputMode={method === 'recovery' ? 'text' : 'numeric'}
            autoComplete="one-time-code" error={error?.field('code')} required />
          <button type="submit" className="button" disabled={busy}>
            {t('login.confirm')}
          </button>
        </form>
      )}
    </article>
  );
}
