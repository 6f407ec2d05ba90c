import { useRef, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { PhoneChangeCodesDto, SessionDto } from '../../api/types';
import { focusFirstInvalid, FormAlert, TextField } from '../../components/Form';
import { useAction } from '../../components/hooks';
import { t } from '../../i18n';
import { useSession } from '../../session';

/**
 * ID-6: changing the phone. First the new number (codes go to the current and the new one), then both
 * codes; an account without a phone gets, and enters, only the new number's code.
 */
export function PhoneSection() {
  const { setSession } = useSession();
  const [newPhone, setNewPhone] = useState('');
  // Set once the codes are sent: the masked current phone, or null when the account has none.
  const [sent, setSent] = useState<PhoneChangeCodesDto>();
  const [currentPhoneCode, setCurrentPhoneCode] = useState('');
  const [newPhoneCode, setNewPhoneCode] = useState('');
  const [done, setDone] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const { error, busy, run } = useAction({ onError: () => focusFirstInvalid(form.current) });
  const hasCurrent = sent?.maskedCurrentPhone != null;

  const sendCodes = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setDone(false);
      setSent(await api.post<PhoneChangeCodesDto>('/api/account/phone/codes', { newPhone }));
    });
  };
  const confirm = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setSession(await api.post<SessionDto>('/api/account/phone', { newPhone, currentPhoneCode: hasCurrent ? currentPhoneCode : null, newPhoneCode }));
      setSent(undefined);
      setNewPhone('');
      setCurrentPhoneCode('');
      setNewPhoneCode('');
      setDone(true);
    });
  };

  return (
    <section aria-labelledby="phone-heading">
      <h2 id="phone-heading">{t('account.phone')}</h2>
      <p>{t('account.phone.intro')}</p>
      <FormAlert problem={error} shown={['currentPhoneCode', 'newPhone', 'newPhoneCode']} />
      <p role="status">
        {done ? t('account.phone.done')
          : sent ? (hasCurrent ? t('account.phone.sentBoth', { phone: sent.maskedCurrentPhone ?? '' }) : t('account.phone.sentNew')) : ''}
      </p>
      <form ref={form} onSubmit={sent ? confirm : sendCodes} className="form" noValidate>
        <TextField label={t('account.phone.new')} hint={t('account.phone.new.hint')} type="tel" autoComplete="tel" value={newPhone}
          onChange={(e) => { setNewPhone(e.target.value); setSent(undefined); }} error={error?.field('newPhone')} required />
        {sent && hasCurrent && (
          <TextField label={t('account.phone.currentCode')} value={currentPhoneCode} onChange={(e) => setCurrentPhoneCode(e.target.value)}
            inputMode="numeric" autoComplete="one-time-code" maxLength={6} error={error?.field('currentPhoneCode')} required />
        )}
        {sent && (
          <TextField label={t('account.phone.newCode')} value={newPhoneCode} onChange={(e) => setNewPhoneCode(e.target.value)}
            inputMode="numeric" autoComplete="one-time-code" maxLength={6} error={error?.field('newPhoneCode')} required />
        )}
        <p>
          <button type="submit" className="button" disabled={busy}>
            {sent ? t('account.phone.submit') : t('account.phone.send')}
          </button>{' '}
          {sent && (
            <button type="button" className="button-secondary" disabled={busy}
              onClick={() => void run(async () => setSent(await api.post<PhoneChangeCodesDto>('/api/account/phone/codes', { newPhone })))}>
              {t('account.phone.sendAgain')}
            </button>
          )}
        </p>
      </form>
    </section>
  );
}
