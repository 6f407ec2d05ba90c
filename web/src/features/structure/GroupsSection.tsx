import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { GroupDto, GroupKind, PersonDto, SubjectDto } from '../../api/types';
import { FormAlert, SelectField, TextField } from '../../components/Form';
import { useAction, useLoad } from '../../components/hooks';
import { t } from '../../i18n';
import { fitsGroup, memberChoiceKey } from './groupMembers';

const kinds: GroupKind[] = ['administration', 'methodAssociation', 'primaryTeachers', 'subjectTeachers', 'additionalEducationTeachers', 'club', 'parentsCommittee'];

/** ORG-4 groups on the structure page: administrators create them and add fitting people. */
export function GroupsSection({ organizationId, isAdministrator }: { organizationId: string; isAdministrator: boolean }) {
  const base = `/api/organizations/${organizationId}`;
  const groups = useLoad(() => api.get<GroupDto[]>(`${base}/groups`), `${base}/groups`);
  const people = useLoad(() => (isAdministrator ? api.get<PersonDto[]>(`${base}/people`) : Promise.resolve([])), `${base}/people`);
  const subjects = useLoad(() => api.get<SubjectDto[]>(`${base}/subjects`), `${base}/subjects/groups`);
  const [kind, setKind] = useState<GroupKind>('administration');
  const [name, setName] = useState('');
  const [subjectId, setSubjectId] = useState('');
  const [choice, setChoice] = useState<Record<string, string>>({});
  const { error, run } = useAction({ onDone: groups.reload });

  const create = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await api.post(`${base}/groups`, { kind, name: name || t(`groupKind.${kind}`), subjectId: kind === 'methodAssociation' ? subjectId : null });
      setName('');
    });
  };

  return (
    <section aria-labelledby="groups-heading">
      <h2 id="groups-heading">{t('groups.title')}</h2>
      <FormAlert problem={error} shown={['kind', 'name', 'subjectId']} />
      {groups.state === 'ready' && groups.data.length === 0 && <p className="empty">{t('groups.empty')}</p>}
      {groups.state === 'ready' && (
        <ul className="cards">
          {groups.data.map((g) => (
            <li key={g.id} className="card">
              <h3>
                {g.name} <span className="muted">· {t(`groupKind.${g.kind}`)}</span>
              </h3>
              <p>{g.members.map((m) => m.fullName).join(', ')}</p>
              {isAdministrator && people.state === 'ready' && (
                <form className="inline-form" noValidate onSubmit={(event) => {
                  event.preventDefault();
                  void run(() => api.post(`${base}/groups/${g.id}/members`, { membershipId: choice[g.id] }));
                }}>
                  <SelectField label={t('groups.addMember', { name: g.name })} value={choice[g.id] ?? ''} onChange={(e) => setChoice({ ...choice, [g.id]: e.target.value })}>
                    <option value="">{t(memberChoiceKey(g.kind))}</option>
                    {people.data.filter((p) => fitsGroup(g.kind, p.role) && !g.members.some((m) => m.membershipId === p.membershipId)).map((p) => (
                      <option key={p.membershipId} value={p.membershipId}>
                        {p.fullName} ({t(`org.role.${p.role}`)})
                      </option>
                    ))}
                  </SelectField>
                  <button type="submit" className="button-secondary">
                    {t('groups.add')}
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
      {isAdministrator && (
        <form onSubmit={create} className="form" noValidate>
          <SelectField label={t('groups.kind')} value={kind} onChange={(e) => setKind(e.target.value as GroupKind)} error={error?.field('kind')}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`groupKind.${k}`)}
              </option>
            ))}
          </SelectField>
          {kind === 'methodAssociation' && subjects.state === 'ready' && (
            <SelectField label={t('groups.subject')} value={subjectId} onChange={(e) => setSubjectId(e.target.value)} error={error?.field('subjectId')}>
              <option value="">{t('groups.chooseSubject')}</option>
              {subjects.data.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </SelectField>
          )}
          <TextField label={t('groups.name')} value={name} placeholder={t(`groupKind.${kind}`)} onChange={(e) => setName(e.target.value)} error={error?.field('name')} />
          <button type="submit" className="button">
            {t('groups.create')}
          </button>
        </form>
      )}
    </section>
  );
}
