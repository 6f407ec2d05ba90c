import { useState, type FormEvent } from 'react';
import { api } from '../../../api/client';
import type { ClassDto, GroupDto, PersonDto } from '../../../api/types';
import type { components } from '../../../api/schema';
import { FormAlert, LoadError, Loading, SelectField, TextField } from '../../../components/Form';
import { useAction, useLoad } from '../../../components/hooks';
import { MemberPicker } from '../../../components/MemberPicker';
import { t } from '../../../i18n';

type ChatSummaryDto = components['schemas']['ChatSummaryDto'];
type Audience = 'students' | 'parents' | 'everyone';

interface Props {
  organizationId: string;
  isStaff: boolean;
  isAdministrator: boolean;
  me: string;
  onOpened: (chatId: string) => void;
}

/**
 * Starting a chat: a class chat for the class teacher (or an administrator), a group chat for staff, a
 * direct chat for anyone with someone they can see. Refusals come back as the server's Russian text.
 */
export function NewChatPanel({ organizationId, isStaff, isAdministrator, me, onOpened }: Props) {
  const base = `/api/organizations/${organizationId}`;
  const people = useLoad(() => api.get<PersonDto[]>(`${base}/people`), `people-${organizationId}`);
  const classes = useLoad(
    () => (isStaff ? api.get<ClassDto[]>(`${base}/classes`) : Promise.resolve([] as ClassDto[])),
    `classes-${organizationId}-${isStaff}`,
  );
  if (people.state === 'loading' || classes.state === 'loading') return <Loading />;
  if (people.state === 'error') return <LoadError title={people.error.title} onRetry={people.reload} />;
  const myClasses = classes.state === 'ready' ? classes.data.filter((c) => isAdministrator || c.classTeacherId === me) : [];
  // One person may hold two roles (a teacher who is also a parent): list them once.
  const unique = [...new Map(people.data.map((p) => [p.accountId, p])).values()];
  return (
    <div className="new-chat">
      {isStaff && <ClassChatForm base={base} classes={myClasses} onOpened={onOpened} />}
      {isStaff && <GroupChatForm base={base} people={unique} onOpened={onOpened} />}
      {isAdministrator && <TeamChatForm base={base} onOpened={onOpened} />}
      <DirectChatForm base={base} people={unique} onOpened={onOpened} />
    </div>
  );
}

function ClassChatForm({ base, classes, onOpened }: { base: string; classes: ClassDto[]; onOpened: (id: string) => void }) {
  const [classId, setClassId] = useState(classes[0]?.id ?? '');
  const [audience, setAudience] = useState<Audience>('students');
  const { error, busy, run } = useAction();
  function submit(event: FormEvent) {
    event.preventDefault();
    void run(async () => onOpened((await api.post<ChatSummaryDto>(`${base}/chats/class`, { classId, audience })).id));
  }
  return (
    <form className="form card" onSubmit={submit}>
      <h3>{t('chats.create.classTitle')}</h3>
      {classes.length === 0 ? (
        <p className="muted">{t('chats.create.noClasses')}</p>
      ) : (
        <>
          <FormAlert problem={error} />
          <SelectField label={t('chats.create.class')} value={classId} onChange={(e) => setClassId(e.target.value)}>
            {classes.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('chats.create.audience')} value={audience} onChange={(e) => setAudience(e.target.value as Audience)}>
            {(['students', 'parents', 'everyone'] as const).map((a) => (
              <option key={a} value={a}>
                {t(`chats.create.audience.${a}`)}
              </option>
            ))}
          </SelectField>
          <button type="submit" disabled={busy}>
            {t('chats.create.openClass')}
          </button>
        </>
      )}
    </form>
  );
}

function GroupChatForm({ base, people, onOpened }: { base: string; people: PersonDto[]; onOpened: (id: string) => void }) {
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const { error, busy, run } = useAction();
  function submit(event: FormEvent) {
    event.preventDefault();
    void run(async () =>
      onOpened((await api.post<ChatSummaryDto>(`${base}/chats/group`, { title, description: description || null, memberIds: chosen })).id),
    );
  }
  return (
    <form className="form card" onSubmit={submit}>
      <h3>{t('chats.create.groupTitle')}</h3>
      <FormAlert problem={error} shown={['title', 'memberIds', 'description']} />
      <TextField label={t('chats.create.groupName')} value={title} onChange={(e) => setTitle(e.target.value)} error={error?.field('title')} />
      <TextField label={t('chats.create.groupDescription')} value={description} onChange={(e) => setDescription(e.target.value)} error={error?.field('description')} />
      <fieldset>
        <legend>{t('chats.create.members')}</legend>
        <p className="hint">{t('chats.create.membersHint')}</p>
        {error?.field('memberIds') && <p className="field-error">{error.field('memberIds')}</p>}
        <MemberPicker people={people} chosen={chosen} setChosen={setChosen} />
      </fieldset>
      <button type="submit" disabled={busy}>
        {t('chats.create.createGroup')}
      </button>
    </form>
  );
}

/** For administrators: the chat of a staff group, a methodological association, a club or the parents' committee (one per group). */
function TeamChatForm({ base, onOpened }: { base: string; onOpened: (id: string) => void }) {
  const groups = useLoad(() => api.get<GroupDto[]>(`${base}/groups`), `${base}/groups/team-chat`);
  const [groupId, setGroupId] = useState('');
  const { error, busy, run } = useAction();
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!groupId) return;
    void run(async () => onOpened((await api.post<ChatSummaryDto>(`${base}/chats/team`, { groupId })).id));
  }
  return (
    <form className="form card" onSubmit={submit}>
      <h3>{t('chats.create.teamTitle')}</h3>
      {groups.state === 'loading' ? (
        <Loading />
      ) : groups.state === 'error' ? (
        <LoadError title={groups.error.title} onRetry={groups.reload} />
      ) : groups.data.length === 0 ? (
        <p className="muted">{t('chats.create.noGroups')}</p>
      ) : (
        <>
          <p className="hint">{t('chats.create.teamHint')}</p>
          <FormAlert problem={error} />
          <SelectField label={t('chats.create.group')} value={groupId} onChange={(e) => setGroupId(e.target.value)}>
            <option value="">{t('chats.create.choose')}</option>
            {groups.data.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name} · {t(`groupKind.${g.kind}`)}
              </option>
            ))}
          </SelectField>
          <button type="submit" disabled={busy || !groupId}>
            {t('chats.create.openTeam')}
          </button>
        </>
      )}
    </form>
  );
}

function DirectChatForm({ base, people, onOpened }: { base: string; people: PersonDto[]; onOpened: (id: string) => void }) {
  const [accountId, setAccountId] = useState('');
  const { error, busy, run } = useAction();
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!accountId) return;
    void run(async () => onOpened((await api.post<ChatSummaryDto>(`${base}/chats/direct`, { accountId })).id));
  }
  return (
    <form className="form card" onSubmit={submit}>
      <h3>{t('chats.create.directTitle')}</h3>
      {people.length === 0 ? (
        <p className="muted">{t('chats.create.noPeople')}</p>
      ) : (
        <>
          <FormAlert problem={error} />
          <SelectField label={t('chats.create.person')} value={accountId} onChange={(e) => setAccountId(e.target.value)}>
            <option value="">{t('chats.create.choose')}</option>
            {people.map((p) => (
              <option key={p.accountId} value={p.accountId}>
                {p.fullName} · {t(`org.role.${p.role}`)}
              </option>
            ))}
          </SelectField>
          <button type="submit" disabled={busy || !accountId}>
            {t('chats.create.openDirect')}
          </button>
        </>
      )}
    </form>
  );
}
