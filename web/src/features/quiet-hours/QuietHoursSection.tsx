import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { FormAlert } from '../../components/Form';
import { t } from '../../i18n';
import { isQuietNow, timeOfDay } from '../chats/messenger/notifications';
import type { QuietHours } from '../chats/messenger/useMessenger';
import { momentIn, zoneName } from '../chats/scheduling/zones';

/** MSG-6 for teachers: their working hours (the school's unless they set their own), shown beside the chat list. */
export function QuietHoursSection({ quiet, onSave }: { quiet: QuietHours; onSave: (start: string | null, end: string | null) => Promise<void> }) {
  const [start, setStart] = useState(timeOfDay(quiet.workdayStart));
  const [end, setEnd] = useState(timeOfDay(quiet.workdayEnd));
  const [error, setError] = useState<ApiError>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setStart(timeOfDay(quiet.workdayStart));
    setEnd(timeOfDay(quiet.workdayEnd));
  }, [quiet.workdayStart, quiet.workdayEnd]);

  async function save(own: boolean, event?: FormEvent) {
    event?.preventDefault();
    setBusy(true);
    setError(undefined);
    setSaved(false);
    try {
      await onSave(own ? `${start}:00` : null, own ? `${end}:00` : null);
      setSaved(true);
    } catch (failure) {
      if (failure instanceof ApiError) setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const values = { start: timeOfDay(quiet.workdayStart), end: timeOfDay(quiet.workdayEnd), zone: zoneName(quiet.timeZone) };
  return (
    <details className="quiet-hours">
      <summary>{t('chats.quietTitle')}</summary>
      <p className="hint">{t('chats.quietHint')}</p>
      <p>{t(quiet.own ? 'chats.quietOwn' : 'chats.quietSchool', values)}</p>
      {isQuietNow(quiet, new Date()) && quiet.quietUntil && <p className="muted">{t('chats.quietNow', { time: momentIn(quiet.timeZone, quiet.quietUntil) })}</p>}
      <form onSubmit={(e) => void save(true, e)} className="quiet-form">
        {error && <FormAlert problem={error} />}
        <label htmlFor="quiet-start">{t('chats.quietStart')}</label>
        <input id="quiet-start" type="time" required value={start} onChange={(e) => setStart(e.target.value)} />
        <label htmlFor="quiet-end">{t('chats.quietEnd')}</label>
        <input id="quiet-end" type="time" required value={end} onChange={(e) => setEnd(e.target.value)} />
        <div className="composer-row">
          <button type="submit" className="button-small" disabled={busy}>
            {t('chats.quietSave')}
          </button>
          {quiet.own && (
            <button type="button" className="button-secondary button-small" disabled={busy} onClick={() => void save(false)}>
              {t('chats.quietReset')}
            </button>
          )}
        </div>
        {saved && <p role="status">{t('chats.quietSaved')}</p>}
      </form>
    </details>
  );
}
