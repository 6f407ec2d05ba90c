import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { api, ApiError } from '../api/client';
import type { ClassDto, SubjectDto } from '../api/types';
import { FormAlert, LoadError, Loading, SelectField, TextField } from '../components/Form';
import { useLoad, useTitle } from '../components/hooks';
import { t } from '../i18n';
import { GroupsSection } from '../features/structure/GroupsSection';
import { useOrganization } from './OrganizationLayout';

const grades = Array.from({ length: 11 }, (_, i) => i + 1);

/** ORG-4: classes and subjects. Administrators build them; confirmed teachers see them. */
export function StructurePage() {
  useTitle(t('org.nav.structure'));
  const { organization, isAdministrator } = useOrganization();
  const base = `/api/organizations/${organization.id}`;
  const classes = useLoad(() => api.get<ClassDto[]>(`${base}/classes`), `${base}/classes`);
  const subjects = useLoad(() => api.get<SubjectDto[]>(`${base}/subjects`), `${base}/subjects`);
  const [grade, setGrade] = useState('5');
  const [letter, setLetter] = useState('');
  const [groupName, setGroupName] = useState('');
  const [subjectName, setSubjectName] = useState('');
  const [error, setError] = useState<{ form: string; problem: ApiError }>();

  async function send(form: string, action: () => Promise<unknown>, reload: () => void, reset: () => void) {
    setError(undefined);
    try {
      await action();
      reset();
      reload();
    } catch (failure) {
      if (!(failure instanceof ApiError)) throw failure;
      setError({ form, problem: failure });
    }
  }
  const fieldError = (form: string, field: string) => (error?.form === form ? error.problem.field(field) : undefined);
  const reloadClasses = classes.reload;
  const reloadSubjects = subjects.reload;

  const addClass = (event: FormEvent) => {
    event.preventDefault();
    void send('class', () => api.post(`${base}/classes`, { grade: Number(grade), letter }), reloadClasses, () => setLetter(''));
  };
  const addGroup = (event: FormEvent) => {
    event.preventDefault();
    void send('group', () => api.post(`${base}/classes`, { name: groupName }), reloadClasses, () => setGroupName(''));
  };
  const addSubject = (event: FormEvent) => {
    event.preventDefault();
    void send('subject', () => api.post(`${base}/subjects`, { name: subjectName }), reloadSubjects, () => setSubjectName(''));
  };

  return (
    <article>
      <FormAlert problem={error?.problem} shown={['grade', 'letter', 'name']} />
      <section aria-labelledby="classes-heading">
        <h2 id="classes-heading">{t('structure.classes')}</h2>
        {classes.state === 'loading' && <Loading />}
        {classes.state === 'error' && <LoadError title={classes.error.title} />}
        {classes.state === 'ready' &&
          (classes.data.length === 0 ? (
            <p className="empty">{t('structure.classes.empty')}</p>
          ) : (
            <ul className="chips">
              {classes.data.map((c) => (
                <li key={c.id} className="chip">
                  <Link to={`/org/${organization.id}/classes/${c.id}`}>{c.name}</Link>
                  {c.classTeacherName && <span className="muted"> · {c.classTeacherName}</span>}
                  {isAdministrator && (
                    <button type="button" className="chip-remove" aria-label={t('structure.deleteNamed', { name: c.name })}
                      onClick={() => void send('delete', () => api.request('DELETE', `${base}/classes/${c.id}`), reloadClasses, () => {})}>
                      ×
                    </button>
                  )}
                </li>
              ))}
            </ul>
          ))}
        {isAdministrator && (
          <div className="inline-forms">
            <form onSubmit={addClass} className="inline-form" noValidate>
              <SelectField label={t('structure.class.grade')} value={grade} onChange={(e) => setGrade(e.target.value)} error={fieldError('class', 'grade')}>
                {grades.map((g) => (
                  <option key={g} value={g}>
                    {g}
                  </option>
                ))}
              </SelectField>
              <TextField label={t('structure.class.letter')} hint={t('structure.class.letter.hint')} value={letter} maxLength={1}
                onChange={(e) => setLetter(e.target.value)} error={fieldError('class', 'letter') ?? fieldError('class', 'name')} />
              <button type="submit" className="button">
                {t('structure.class.add')}
              </button>
            </form>
            <form onSubmit={addGroup} className="inline-form" noValidate>
              <TextField label={t('structure.group.name')} hint={t('structure.group.name.hint')} value={groupName}
                onChange={(e) => setGroupName(e.target.value)} error={fieldError('group', 'name')} />
              <button type="submit" className="button-secondary">
                {t('structure.group.add')}
              </button>
            </form>
          </div>
        )}
      </section>
      <section aria-labelledby="subjects-heading">
        <h2 id="subjects-heading">{t('structure.subjects')}</h2>
        {subjects.state === 'ready' &&
          (subjects.data.length === 0 ? (
            <p className="empty">{t('structure.subjects.empty')}</p>
          ) : (
            <ul className="chips">
              {subjects.data.map((s) => (
                <li key={s.id} className="chip">
                  <span>{s.name}</span>
                  {isAdministrator && (
                    <button type="button" className="chip-remove" aria-label={t('structure.deleteNamed', { name: s.name })}
                      onClick={() => void send('delete', () => api.request('DELETE', `${base}/subjects/${s.id}`), reloadSubjects, () => {})}>
                      ×
                    </button>
                  )}
                </li>
              ))}
            </ul>
          ))}
        {isAdministrator && (
          <form onSubmit={addSubject} className="inline-form" noValidate>
            <TextField label={t('structure.subject.name')} value={subjectName} onChange={(e) => setSubjectName(e.target.value)} error={fieldError('subject', 'name')} />
            <button type="submit" className="button">
              {t('structure.subject.add')}
            </button>
          </form>
        )}
      </section>
      <GroupsSection organizationId={organization.id} isAdministrator={isAdministrator} />
    </article>
  );
}
