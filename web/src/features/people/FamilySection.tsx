import { useState } from 'react';
import { api } from '../../api/client';
import type { FamilyDto } from '../../api/types';
import { FormAlert, LoadError, Loading, SelectField } from '../../components/Form';
import { useAction, useLoad } from '../../components/hooks';
import { t } from '../../i18n';

/** ID-4 for students and parents: a parent picks their child in each class; a student confirms their parents. */
export function FamilySection({ organizationId }: { organizationId: string }) {
  const base = `/api/organizations/${organizationId}`;
  const family = useLoad(() => api.get<FamilyDto>(`${base}/family`), base);
  const [choice, setChoice] = useState<Record<string, string>>({});
  const [consent, setConsent] = useState(false);
  const { error, run } = useAction({ onDone: family.reload });
  if (family.state === 'loading') return <Loading />;
  if (family.state === 'error') return <LoadError title={family.error.title} />;
  const data = family.data;

  const myChildren = data.links.filter((l) => data.parentOf.length > 0 && l.studentMembershipId !== data.studentMembershipId);
  const requests = data.links.filter((l) => l.studentMembershipId === data.studentMembershipId);

  return (
    <section aria-labelledby="family-heading" className="empty-state">
      <h2 id="family-heading">{t('family.title')}</h2>
      <FormAlert problem={error} shown={['consent', 'studentMembershipId']} />
      {data.studentClassName && <p>{t('family.studentClass', { className: data.studentClassName })}</p>}
      {requests.length > 0 && (
        <>
          <h3>{t('family.requests')}</h3>
          <p>{t('family.requests.text')}</p>
          <ul className="cards">
            {requests.map((r) => (
              <li key={r.guardianshipId} className="card">
                <strong>{r.parentName}</strong> — {t(`guardianship.${r.status}`)}{' '}
                {r.status === 'pending' && (
                  <button type="button" className="button" onClick={() => void run(() => api.post(`${base}/guardianships/${r.guardianshipId}/confirm`))}>
                    {t('family.confirm')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {myChildren.length > 0 && (
        <>
          <h3>{t('family.children')}</h3>
          <ul>
            {myChildren.map((c) => (
              <li key={c.guardianshipId}>
                {c.studentName} — {t(`guardianship.${c.status}`)}
              </li>
            ))}
          </ul>
        </>
      )}
      {data.parentOf.map((c) => {
        const candidates = c.students.filter((s) => !myChildren.some((l) => l.studentMembershipId === s.membershipId));
        return candidates.length === 0 && c.students.length > 0 ? null : (
          <div key={c.classId}>
            <h3>{t('family.class', { className: c.className })}</h3>
            {c.students.length === 0 ? (
              <p>{t('family.noStudents', { className: c.className })}</p>
            ) : (
              <form className="inline-form" noValidate onSubmit={(event) => {
                event.preventDefault();
                void run(() => api.post(`${base}/guardianships`, { studentMembershipId: choice[c.classId], consent }));
              }}>
                <SelectField label={t('family.pickChild', { className: c.className })} value={choice[c.classId] ?? ''}
                  onChange={(e) => setChoice({ ...choice, [c.classId]: e.target.value })} error={error?.field('studentMembershipId')}>
                  <option value="">{t('family.pickChild.choose')}</option>
                  {candidates.map((s) => (
                    <option key={s.membershipId} value={s.membershipId}>
                      {s.fullName}
                    </option>
                  ))}
                </SelectField>
                <label className="choice">
                  <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} aria-invalid={error?.field('consent') ? true : undefined} />
                  {t('family.consent')}
                </label>
                {error?.field('consent') && <p className="field-error">{error.field('consent')}</p>}
                <button type="submit" className="button">
                  {t('family.pickChild.submit')}
                </button>
              </form>
            )}
          </div>
        );
      })}
      {!data.studentClassName && data.parentOf.length === 0 && <p>{t('family.nothing')}</p>}
    </section>
  );
}
