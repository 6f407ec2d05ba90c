import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { zoneName } from './zones';
import { api, ApiError } from '../../../api/client';
import type { components } from '../../../api/schema';
import { FormAlert } from '../../../components/Form';
import { t } from '../../../i18n';
import { newClientId } from '../messenger/messages';
import { plainText } from '../messages/markup';
import { browserZone, fromInputValue, quickChoices, toInputValue, type QuickChoiceKey } from './schedule';
import '../chat-ui.css';

type ScheduledMessageDto = components['schemas']['ScheduledMessageDto'];

export interface Scheduled {
  /** The zone the times are read and shown in (the organization's, else the browser's), and that said in words. */
  zone: string;
  zoneNote: string;
  /** What just happened, for screen readers. */
  notice: string;
  items: ScheduledMessageDto[];
  schedule: (text: string, requiresAcknowledgement: boolean, sendAt: Date) => Promise<void>;
  cancel: (id: string) => Promise<void>;
}

/**
 * The caller's messages waiting in this chat. Reloaded when the chat's newest message changes (the sender may just
 * have sent one) and shortly after the soonest one is due.
 */
export function useScheduledMessages(organizationId: string, chatId: string, organizationZone: string | undefined, lastSeq: number): Scheduled {
  const base = `/api/organizations/${organizationId}/chats/${chatId}/scheduled`;
  const [items, setItems] = useState<ScheduledMessageDto[]>([]);
  const [notice, setNotice] = useState('');
  const load = useCallback(async () => {
    try {
      setItems(await api.get<ScheduledMessageDto[]>(base));
    } catch {
      // The line above the composer simply stays as it was.
    }
  }, [base]);

  useEffect(() => void load(), [load, lastSeq]);

  const soonest = items[0]?.sendAt;
  useEffect(() => {
    if (!soonest) return;
    const wait = Math.max(new Date(soonest).getTime() - Date.now(), 0) + 5000;
    const timer = setTimeout(() => void load(), Math.min(wait, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [soonest, load]);

  const zone = organizationZone ?? browserZone();
  return {
    zone,
    zoneNote: t(organizationZone ? 'chats.scheduledZone' : 'chats.scheduledZoneDevice', { zone: zoneName(zone) }),
    notice,
    items,
    schedule: async (text, requiresAcknowledgement, sendAt) => {
      await api.post<ScheduledMessageDto>(base, { clientId: newClientId(), text, requiresAcknowledgement, sendAt: sendAt.toISOString() });
      setNotice(t('chats.scheduledDone'));
      await load();
    },
    cancel: async (id) => {
      try {
        await api.request('DELETE', `${base}/${id}`);
        setNotice(t('chats.scheduledCancelled'));
      } catch (failure) {
        // Already sent: the list below catches up either way.
        if (!(failure instanceof ApiError) || failure.code !== 'scheduled_not_found') throw failure;
      } finally {
        await load();
      }
    },
  };
}

function formatIn(zone: string, moment: string | Date): string {
  return new Intl.DateTimeFormat('ru-RU', { timeZone: zone, weekday: 'short', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }).format(new Date(moment));
}


/** «Запланировано: N» above the composer, opening the list with time, text and «Отменить». */
export function ScheduledBar({ scheduled }: { scheduled: Scheduled }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<ApiError>();
  const listId = useId();
  const count = scheduled.items.length;

  async function cancel(id: string) {
    setError(undefined);
    try {
      await scheduled.cancel(id);
    } catch (failure) {
      if (failure instanceof ApiError) setError(failure);
    }
  }

  return (
    <div className="scheduled-bar">
      {count > 0 && (
        <button type="button" className="link-button" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((v) => !v)}>
          {t('chats.scheduledCount', { count: String(count) })}
        </button>
      )}
      <span className="sr-only" role="status">
        {scheduled.notice}
      </span>
      {open && count > 0 && (
        <div id={listId}>
          {error && <FormAlert problem={error} />}
          <ul className="scheduled-list">
            {scheduled.items.map((item) => (
              <li key={item.id}>
                <time dateTime={item.sendAt} className="scheduled-time">
                  {formatIn(scheduled.zone, item.sendAt)}
                </time>
                <span className="scheduled-text">{plainText(item.text)}</span>
                <button type="button" className="link-button link-danger" aria-label={t('chats.scheduledCancelNamed', { time: formatIn(scheduled.zone, item.sendAt) })} onClick={() => void cancel(item.id)}>
                  {t('chats.scheduledCancel')}
                </button>
              </li>
            ))}
          </ul>
          <p className="hint">{scheduled.zoneNote}</p>
        </div>
      )}
    </div>
  );
}

interface PickerProps {
  scheduled: Scheduled;
  /** The composer's text at the moment of choosing; empty disables the button. */
  text: string;
  requiresAcknowledgement: boolean;
  onScheduled: () => void;
  /** Shows a text error from the server beside the composer. */
  onTextError: (error: ApiError) => void;
}

/** «Отправить позже»: quick choices and a date and time, in the school's time zone. */
export function SchedulePicker({ scheduled, text, requiresAcknowledgement, onScheduled, onTextError }: PickerProps) {
  const [open, setOpen] = useState(false);
  const [custom, setCustom] = useState('');
  const [error, setError] = useState<ApiError>();
  const [sendAtError, setSendAtError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const inputId = useId();
  const errorId = useId();

  useEffect(() => {
    if (open) panel.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [open]);

  function close() {
    setOpen(false);
    setError(undefined);
    setSendAtError(undefined);
    trigger.current?.focus();
  }

  async function pick(at: Date | null) {
    if (!at) return setSendAtError(t('chats.scheduleNeedTime'));
    setBusy(true);
    setError(undefined);
    setSendAtError(undefined);
    try {
      await scheduled.schedule(text.trim(), requiresAcknowledgement, at);
      setOpen(false);
      setCustom('');
      onScheduled();
    } catch (failure) {
      if (!(failure instanceof ApiError)) throw failure;
      if (failure.field('sendAt')) setSendAtError(failure.field('sendAt'));
      else if (failure.field('text')) {
        setOpen(false);
        onTextError(failure);
      } else setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const labels: Record<QuickChoiceKey, string> = {
    today: t('chats.scheduleToday'),
    tomorrow: t('chats.scheduleTomorrow'),
    monday: t('chats.scheduleMonday'),
  };
  const now = new Date();

  return (
    <div className="schedule">
      <button ref={trigger} type="button" className="button-secondary" aria-expanded={open} aria-haspopup="dialog" disabled={!text.trim()} onClick={() => (open ? close() : setOpen(true))}>
        {t('chats.scheduleLater')}
      </button>
      {open && (
        <div
          ref={panel}
          className="schedule-popover"
          role="dialog"
          aria-labelledby={titleId}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              close();
            }
          }}
        >
          <h3 id={titleId}>{t('chats.scheduleTitle')}</h3>
          {error && <FormAlert problem={error} />}
          <ul className="schedule-choices">
            {quickChoices(now, scheduled.zone).map((choice) => (
              <li key={choice.key}>
                <button type="button" className="button-secondary" disabled={busy} onClick={() => void pick(choice.at)}>
                  {labels[choice.key]}
                </button>
              </li>
            ))}
          </ul>
          {/* Not a <form>: the picker sits inside the composer's form. */}
          <div className={sendAtError ? 'field-invalid schedule-custom' : 'schedule-custom'}>
            <label htmlFor={inputId}>{t('chats.scheduleAt')}</label>
            <div className="composer-row">
              <input
                id={inputId}
                type="datetime-local"
                value={custom}
                min={toInputValue(now, scheduled.zone)}
                aria-invalid={sendAtError ? true : undefined}
                aria-describedby={sendAtError ? errorId : undefined}
                onChange={(e) => setCustom(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key !== 'Enter') return;
                  e.preventDefault();
                  void pick(fromInputValue(custom, scheduled.zone));
                }}
              />
              <button type="button" disabled={busy} onClick={() => void pick(fromInputValue(custom, scheduled.zone))}>
                {t('chats.scheduleConfirm')}
              </button>
            </div>
            {sendAtError && (
              <p className="field-error" id={errorId} role="alert">
                {sendAtError}
              </p>
            )}
            <p className="hint">{scheduled.zoneNote}</p>
          </div>
          <button type="button" className="link-button" onClick={close}>
            {t('chats.cancel')}
          </button>
        </div>
      )}
    </div>
  );
}
