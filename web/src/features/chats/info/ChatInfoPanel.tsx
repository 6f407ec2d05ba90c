import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { api } from '../../../api/client';
import type { components } from '../../../api/schema';
import type { PersonDto } from '../../../api/types';
import { FormAlert, focusFirstInvalid, LoadError, Loading, SelectField, TextArea, TextField } from '../../../components/Form';
import { useAction, useLoad } from '../../../components/hooks';
import { MemberPicker } from '../../../components/MemberPicker';
import { t, type MessageKey } from '../../../i18n';
import { ChatAvatar } from '../list/ChatAvatar';
import { AvatarEditor } from './AvatarEditor';
import type { ChatSummary } from '../messenger/chatList';
import '../chat-ui.css';

type ChatMemberDto = components['schemas']['ChatMemberDto'];
type ChatMembersDto = components['schemas']['ChatMembersDto'];
type ChatPermission = components['schemas']['ChatPermission'];

interface Props {
  organizationId: string;
  chat: ChatSummary;
  me: string;
  isAdministrator: boolean;
  onClose: () => void;
  /** After the caller left the chat. */
  onLeft: () => void;
}

/**
 * MSG-1/MSG-2: what the chat is and who is in it. The rights mirror the server: settings and the photo for the
 * chat's admins and the school's administrators (never in a direct chat); adding people in group chats for admins,
 * or everyone when the chat lets members invite; removing for admins; leaving for members of group chats.
 */
export function ChatInfoPanel({ organizationId, chat, me, isAdministrator, onClose, onLeft }: Props) {
  const base = `/api/organizations/${organizationId}/chats/${chat.id}`;
  const canModerate = chat.isAdmin || isAdministrator;
  const canEdit = canModerate && chat.kind !== 'direct';
  const isGroup = chat.kind === 'group';
  const canInvite = isGroup && (chat.whoMayInvite === 'everyone' || canModerate);
  const members = useLoad(() => api.get<ChatMembersDto>(`${base}/members`), `members-${chat.id}`);
  const panel = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState('');
  const leave = useAction({ onDone: onLeft });
  const removal = useAction({ onDone: members.reload });

  // Focus moves into the panel and comes back to the button that opened it.
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    panel.current?.querySelector<HTMLElement>('.chat-info-close')?.focus();
    return () => opener?.focus();
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
  }

  function remove(member: ChatMemberDto) {
    if (!window.confirm(t('chats.info.removeConfirm', { name: member.fullName }))) return;
    void removal.run(async () => {
      await api.request('DELETE', `${base}/members/${member.accountId}`);
      setNotice(t('chats.info.removed', { name: member.fullName }));
    });
  }

  return (
    <div className="chat-info-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div className="chat-info" role="dialog" aria-modal="true" aria-labelledby={titleId} ref={panel} onKeyDown={onKeyDown}>
        <div className="chat-info-head">
          <h2 id={titleId}>{t('chats.info.title')}</h2>
          <button type="button" className="button-secondary button-small chat-info-close" onClick={onClose}>
            {t('chats.info.close')}
          </button>
        </div>
        <p className="sr-only" role="status">
          {notice}
        </p>
        <div className="chat-info-summary">
          <ChatAvatar chat={chat} large />
          <div>
            <p className="chat-info-name">{chat.title}</p>
            <p className="muted">{t(`chats.kind.${chat.kind}` as MessageKey)}</p>
            {chat.description && <p className="prewrap">{chat.description}</p>}
          </div>
        </div>
        {canEdit && <AvatarEditor base={base} hasAvatar={Boolean(chat.avatarUrl)} onChanged={setNotice} />}
        {canEdit && <SettingsForm base={base} chat={chat} onSaved={() => setNotice(t('chats.info.saved'))} />}

        <section aria-labelledby={`${titleId}-members`}>
          <h3 id={`${titleId}-members`}>
            {t('chats.info.members')}
            {members.state === 'ready' && <span className="muted"> · {members.data.count}</span>}
          </h3>
          {canInvite && !adding && (
            <button type="button" className="button-secondary button-small" onClick={() => setAdding(true)}>
              {t('chats.info.add')}
            </button>
          )}
          {adding && members.state === 'ready' && (
            <AddMembers
              organizationId={organizationId}
              base={base}
              present={members.data.members.map((m) => m.accountId)}
              onCancel={() => setAdding(false)}
              onAdded={(count) => {
                setAdding(false);
                setNotice(t('chats.info.added', { count: String(count) }));
                members.reload();
              }}
            />
          )}
          {!isGroup && chat.kind !== 'direct' && <p className="hint">{t(chat.kind === 'channel' ? 'chats.info.channelRoster' : 'chats.info.roster')}</p>}
          {removal.error && <FormAlert problem={removal.error} />}
          {members.state === 'loading' ? (
            <Loading />
          ) : members.state === 'error' ? (
            <LoadError title={members.error.title} onRetry={members.reload} />
          ) : (
            <>
            {!members.data.complete && <p className="hint">{t('chats.info.largeChat', { count: String(members.data.count) })}</p>}
            <ul className="chat-members" aria-label={members.data.complete ? undefined : t('chats.info.admins')}>
              {members.data.members.map((member) => (
                <li key={member.accountId}>
                  <span className="chat-member-name">
                    {member.fullName}
                    {member.accountId === me && <span className="muted"> ({t('chats.you')})</span>}
                  </span>
                  <span className="chat-member-badges">
                    <span className="badge badge-small">{t(`org.role.${member.role}` as MessageKey)}</span>
                    {member.isAdmin && <span className="badge badge-small badge-admin">{t('chats.info.admin')}</span>}
                    {member.verifiedTeacher && <span className="badge badge-small badge-verified">✓ {t('chats.verifiedTeacher')}</span>}
                  </span>
                  {isGroup && canModerate && member.accountId !== me && (
                    <button type="button" className="link-button link-danger" aria-label={t('chats.info.removeNamed', { name: member.fullName })} onClick={() => remove(member)}>
                      {t('chats.info.remove')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
            </>
          )}
        </section>

        {isGroup && (
          <section className="chat-info-leave">
            {leave.error && <FormAlert problem={leave.error} />}
            <button
              type="button"
              className="button-secondary link-danger"
              disabled={leave.busy}
              onClick={() => {
                if (window.confirm(t('chats.info.leaveConfirm'))) void leave.run(() => api.request('DELETE', `${base}/members/${me}`));
              }}
            >
              {t('chats.info.leave')}
            </button>
          </section>
        )}
      </div>
    </div>
  );
}

function SettingsForm({ base, chat, onSaved }: { base: string; chat: ChatSummary; onSaved: () => void }) {
  const [title, setTitle] = useState(chat.title);
  const [description, setDescription] = useState(chat.description ?? '');
  const [whoMayWrite, setWhoMayWrite] = useState<ChatPermission>(chat.whoMayWrite);
  const [whoMayInvite, setWhoMayInvite] = useState<ChatPermission>(chat.whoMayInvite);
  const [history, setHistory] = useState(chat.newMembersSeeHistory);
  const form = useRef<HTMLFormElement>(null);
  const { error, busy, run } = useAction({ onDone: onSaved, onError: () => focusFirstInvalid(form.current) });
  const isGroup = chat.kind === 'group';
  function submit(event: FormEvent) {
    event.preventDefault();
    void run(() =>
      api.request('PATCH', base, {
        title,
        description,
        whoMayWrite: chat.kind === 'channel' ? null : whoMayWrite,
        whoMayInvite: isGroup ? whoMayInvite : null,
        newMembersSeeHistory: isGroup ? history : null,
      }),
    );
  }
  return (
    <form className="form chat-settings" ref={form} onSubmit={submit}>
      <h3>{t('chats.info.settings')}</h3>
      <FormAlert problem={error} shown={['title', 'description']} />
      <TextField label={t('chats.info.name')} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} error={error?.field('title')} />
      <TextArea label={t('chats.info.description')} value={description} rows={2} onChange={(e) => setDescription(e.target.value)} error={error?.field('description')} />
      {chat.kind !== 'channel' && (
        <SelectField label={t('chats.info.whoMayWrite')} value={whoMayWrite} onChange={(e) => setWhoMayWrite(e.target.value as ChatPermission)} error={error?.field('whoMayWrite')}>
          <option value="everyone">{t('chats.info.everyone')}</option>
          <option value="admins">{t('chats.info.adminsOnly')}</option>
        </SelectField>
      )}
      {isGroup && (
        <>
          <SelectField label={t('chats.info.whoMayInvite')} value={whoMayInvite} onChange={(e) => setWhoMayInvite(e.target.value as ChatPermission)} error={error?.field('whoMayInvite')}>
            <option value="everyone">{t('chats.info.everyone')}</option>
            <option value="admins">{t('chats.info.adminsOnly')}</option>
          </SelectField>
          <label className="choice">
            <input type="checkbox" checked={history} onChange={(e) => setHistory(e.target.checked)} /> {t('chats.info.history')}
          </label>
        </>
      )}
      <button type="submit" disabled={busy}>
        {t('chats.info.save')}
      </button>
    </form>
  );
}

/** A people picker over the organization's people not yet in the chat; the server refuses whom the caller may not add. */
function AddMembers({ organizationId, base, present, onCancel, onAdded }: {
  organizationId: string;
  base: string;
  present: string[];
  onCancel: () => void;
  onAdded: (count: number) => void;
}) {
  const people = useLoad(() => api.get<PersonDto[]>(`/api/organizations/${organizationId}/people`), `people-${organizationId}`);
  const [chosen, setChosen] = useState<string[]>([]);
  const { error, busy, run } = useAction();
  if (people.state === 'loading') return <Loading />;
  if (people.state === 'error') return <LoadError title={people.error.title} onRetry={people.reload} />;
  const candidates = [...new Map(people.data.filter((p) => !present.includes(p.accountId)).map((p) => [p.accountId, p])).values()];

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      await api.post(`${base}/members`, { accountIds: chosen });
      onAdded(chosen.length);
    });
  }

  return (
    <form className="form chat-add-members" onSubmit={submit}>
      <fieldset>
        <legend>{t('chats.info.addTitle')}</legend>
        {error && <FormAlert problem={error} />}
        {candidates.length === 0 ? (
          <p className="empty-state">{t('chats.info.nobodyToAdd')}</p>
        ) : (
          <>
            <MemberPicker people={candidates} chosen={chosen} setChosen={setChosen} />
          </>
        )}
      </fieldset>
      <div className="composer-row">
        <button type="submit" disabled={busy || chosen.length === 0}>
          {chosen.length > 0 ? t('chats.info.addChosen', { count: String(chosen.length) }) : t('chats.info.addNone')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('chats.cancel')}
        </button>
      </div>
    </form>
  );
}
