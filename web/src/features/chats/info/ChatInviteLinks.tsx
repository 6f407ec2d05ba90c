import { useState, type FormEvent } from 'react';
import { api } from '../../../api/client';
import type { components } from '../../../api/schema';
import { Dialog } from '../../../components/Dialog';
import { FormAlert, LoadError, Loading, SelectField, TextField } from '../../../components/Form';
import { useAction, useLoad } from '../../../components/hooks';
import { t, type MessageKey } from '../../../i18n';
import type { ChatSummary } from '../messenger/chatList';

type ChatInviteLinkDto = components['schemas']['ChatInviteLinkDto'];

const EXPIRY_DAYS = { day: 1, week: 7, month: 30, never: 0 } as const;
type Expiry = keyof typeof EXPIRY_DAYS;
const date = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });

/** MSG-2: «Пригласить по ссылке» in a group chat's header, for those the chat lets invite. */
export function ChatInviteLinks({ organizationId, chat, canModerate }: { organizationId: string; chat: ChatSummary; canModerate: boolean }) {
  const [open, setOpen] = useState(false);
  if (chat.kind !== 'group' || (chat.whoMayInvite !== 'everyone' && !canModerate)) return null;
  return (
    <>
      <button type="button" className="button-secondary button-small" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('chatInvite.open')}
      </button>
      {open && <InviteDialog base={`/api/organizations/${organizationId}/chats/${chat.id}/invite-links`} onClose={() => setOpen(false)} />}
    </>
  );
}

function InviteDialog({ base, onClose }: { base: string; onClose: () => void }) {
  const links = useLoad(() => api.get<ChatInviteLinkDto[]>(base), base);
  const [expiry, setExpiry] = useState<Expiry>('week');
  const [maxUses, setMaxUses] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const { error, busy, run } = useAction({ onDone: links.reload });

  const create = (event: FormEvent) => {
    event.preventDefault();
    const days = EXPIRY_DAYS[expiry];
    return run(async () => {
      const link = await api.post<ChatInviteLinkDto>(base, {
        expiresAt: days ? new Date(Date.now() + days * 86_400_000).toISOString() : null,
        maxUses: maxUses.trim() ? Number(maxUses) : null,
      });
      setCreated(link.url ?? null);
      setCopied(false);
    });
  };
  const copy = async () => {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created);
      setCopied(true);
    } catch {
      // No clipboard (an insecure page): the link stays selected in its field for copying by hand.
    }
  };
  const revoke = (link: ChatInviteLinkDto) => {
    if (window.confirm(t('chatInvite.revokeConfirm'))) void run(() => api.request('DELETE', `${base}/${link.id}`));
  };

  return (
    <Dialog title={t('chatInvite.title')} onClose={onClose}>
      <p className="hint">{t('chatInvite.intro')}</p>
      <form className="form" onSubmit={(e) => void create(e)} noValidate>
        <SelectField label={t('chatInvite.expiry')} value={expiry} onChange={(e) => setExpiry(e.target.value as Expiry)}>
          {(Object.keys(EXPIRY_DAYS) as Expiry[]).map((key) => (
            <option key={key} value={key}>
              {t(`chatInvite.expiry.${key}` as MessageKey)}
            </option>
          ))}
        </SelectField>
        <TextField label={t('chatInvite.maxUses')} hint={t('chatInvite.maxUses.hint')} type="number" min={1} inputMode="numeric" value={maxUses}
          onChange={(e) => setMaxUses(e.target.value)} error={error?.field('maxUses') ?? error?.field('expiresAt')} />
        <FormAlert problem={error} shown={['maxUses', 'expiresAt']} />
        <button type="submit" className="button" disabled={busy}>
          {t('chatInvite.create')}
        </button>
      </form>
      {created && (
        <div className="invite-created" role="status">
          <p>{t('chatInvite.created')}</p>
          <TextField label={t('chatInvite.link')} value={created} readOnly onFocus={(e) => e.target.select()} />
          <button type="button" className="button-secondary" onClick={() => void copy()}>
            {t('chatInvite.copy')}
          </button>{' '}
          <span aria-live="polite">{copied ? t('chatInvite.copied') : ''}</span>
        </div>
      )}
      <h3>{t('chatInvite.list')}</h3>
      {links.state === 'loading' ? (
        <Loading />
      ) : links.state === 'error' ? (
        <LoadError title={links.error.title} onRetry={links.reload} />
      ) : links.data.length === 0 ? (
        <p className="empty-state">{t('chatInvite.empty')}</p>
      ) : (
        <ul className="invite-links">
          {links.data.map((link) => (
            <li key={link.id}>
              <span>
                {t('chatInvite.row', {
                  creator: link.createdByName,
                  created: date.format(new Date(link.createdAt)),
                  uses: String(link.uses),
                  max: link.maxUses ? t('chatInvite.rowMax', { max: String(link.maxUses) }) : '',
                })}
                {link.expiresAt && link.state === 'active' && <>, {t('chatInvite.until', { date: date.format(new Date(link.expiresAt)) })}</>} —{' '}
                <strong>{t(`chatInvite.state.${link.state}` as MessageKey)}</strong>
              </span>
              {/* An inactive link wakes up if its maker may invite again: it can be revoked for good. */}
              {(link.state === 'active' || link.state === 'inactive') && (
                <button type="button" className="link-button link-danger" disabled={busy} onClick={() => revoke(link)}>
                  {t('chatInvite.revoke')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
