import { useEffect, useState } from 'react';
import { api, ApiError } from '../../../api/client';
import type { components } from '../../../api/schema';
import { FormAlert } from '../../../components/Form';
import { t } from '../../../i18n';
import { when } from './when';

type AcknowledgementsDto = components['schemas']['AcknowledgementsDto'];

/** The sender's «ознакомились N из M», opening who has and who has not, with «Напомнить» for the rest. */
export function Acknowledgements({ base, count, of }: { base: string; count: number; of: number }) {
  const [open, setOpen] = useState(false);
  const [list, setList] = useState<AcknowledgementsDto | null>(null);
  const [reminded, setReminded] = useState<number | null>(null);
  const [error, setError] = useState<ApiError>();

  async function load() {
    try {
      setList(await api.get<AcknowledgementsDto>(`${base}/acknowledgements`));
      setError(undefined);
    } catch (failure) {
      if (failure instanceof ApiError) setError(failure);
    }
  }

  // The counter moves live; an open list follows it.
  useEffect(() => {
    if (open) void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, count]);

  async function remind() {
    try {
      const result = await api.post<{ reminded: number | string }>(`${base}/acknowledgements/remind`, {});
      setReminded(Number(result.reminded));
    } catch (failure) {
      if (failure instanceof ApiError) setError(failure);
    }
  }

  const id = `ack-${base.replace(/[^a-z0-9]/gi, '')}`;
  return (
    <div className="ack-row">
      <button type="button" className="link-button ack-count" aria-expanded={open} aria-controls={id} onClick={() => setOpen((v) => !v)}>
        {t('chats.ackCount', { count: String(count), of: String(of) })}
      </button>
      {open && (
        <div className="readers" id={id} role="region" aria-label={t('chats.ackTitle')}>
          {error && <FormAlert problem={error} />}
          {list && (
            <>
              <p>
                <strong>{t('chats.ackWho')}:</strong>{' '}
                {list.acknowledged.length > 0 ? list.acknowledged.map((a) => `${a.name} (${when(a.acknowledgedAt)})`).join(', ') : t('chats.ackNobody')}
              </p>
              <p>
                <strong>{t('chats.ackPending')}:</strong> {list.pending.length > 0 ? list.pending.map((p) => p.name).join(', ') : t('chats.ackEveryone')}
              </p>
              {list.pending.length > 0 && (
                <p>
                  <button type="button" className="button-secondary button-small" onClick={() => void remind()}>
                    {t('chats.ackRemind')}
                  </button>
                </p>
              )}
              {reminded !== null && (
                <p role="status">{t('chats.ackReminded', { count: String(reminded) })}</p>
              )}
            </>
          )}
        </div>
      )}
    </div>
  );
}
