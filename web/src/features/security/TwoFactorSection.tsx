import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { AuthenticatorEnrolmentDto, RecoveryCodesDto, TwoFactorStatusDto } from '../../api/types';
import { FormAlert, TextField } from '../../components/Form';
import { useAction, useLoad } from '../../components/hooks';
import { t } from '../../i18n';
import { useSession } from '../../session';

/** ID-5 for the person: enrol an authenticator app by QR code, keep recovery codes, or switch the factor off. */
export function TwoFactorSection() {
  const status = useLoad(() => api.get<TwoFactorStatusDto>('/api/account/two-factor'), 'two-factor');
  const { refresh } = useSession();
  const [enrolment, setEnrolment] = useState<AuthenticatorEnrolmentDto>();
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [recovery, setRecovery] = useState<string[]>();
  const { error, run } = useAction({ onDone: () => { status.reload(); void refresh(); } });

  const enable = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setRecovery((await api.post<RecoveryCodesDto>('/api/account/two-factor/enable', { code })).recoveryCodes);
      setEnrolment(undefined);
      setCode('');
    });
  };
  const disable = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await api.post('/api/account/two-factor/disable', { password });
      setPassword('');
      setRecovery(undefined);
    });
  };

  return (
    <section aria-labelledby="two-factor-heading">
      <h2 id="two-factor-heading">{t('twoFactor.title')}</h2>
      <FormAlert problem={error} shown={['code', 'password']} />
      {status.state === 'ready' && <p>{status.data.enabled ? t('twoFactor.on', { count: String(status.data.recoveryCodesLeft) }) : t('twoFactor.off')}</p>}
      {recovery && (
        <div className="empty" role="status">
          <p>{t('twoFactor.recovery')}</p>
          <ul className="recovery-codes">
            {recovery.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {status.state === 'ready' && !status.data.enabled && !enrolment && (
        <button type="button" className="button" onClick={() => void run(async () => setEnrolment(await api.post<AuthenticatorEnrolmentDto>('/api/account/two-factor/authenticator')))}>
          {t('twoFactor.start')}
        </button>
      )}
      {enrolment && (
        <form onSubmit={enable} className="form" noValidate>
          <p>{t('twoFactor.scan')}</p>
          <img className="qr" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.qrSvg)}`} alt={t('twoFactor.qrAlt')} />
          <p>
            <code className="secret">{enrolment.sharedKey}</code>
          </p>
          <TextField label={t('twoFactor.code')} inputMode="numeric" autoComplete="one-time-code" value={code} onChange={(e) => setCode(e.target.value)} error={error?.field('code')} />
          <button type="submit" className="button">
            {t('twoFactor.enable')}
          </button>
        </form>
      )}
      {status.state === 'ready' && status.data.enabled && (
        <form onSubmit={disable} className="form" noValidate>
          <TextField label={t('twoFactor.disablePassword')} type="password" autoComplete="current-password" value={password}
            onChange={(e) => setPassword(e.target.value)} error={error?.field('password')} />
          <button type="submit" className="button-secondary">
            {t('twoFactor.disable')}
          </button>
        </form>
      )}
    </section>
  );
}
