import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError } from '../api/client';
import type { ProfileDto, TimeZoneDto } from '../api/types';
import { formatDateTime } from '../components/format';
import { CheckboxField, FormAlert, LoadError, Loading, SelectField, TextField } from '../components/Form';
import { useLoad, useTitle } from '../components/hooks';
import { t } from '../i18n';
import { useOrganization } from './OrganizationLayout';
import { StudentContactRules } from '../features/organizations/StudentContactRules';

const days = [1, 2, 3, 4, 5, 6, 7] as const;

/** ORG-3 profile, the structure-complete mark (ORG-4) and more administrators. */
export function ProfilePage() {
  useTitle(t('profile.title'));
  const { organization, isAdministrator } = useOrganization();
  const base = `/api/organizations/${organization.id}`;
  const loaded = useLoad(() => api.get<ProfileDto>(`${base}/profile`), base);
  const zones = useLoad(() => api.get<TimeZoneDto[]>('/api/reference/time-zones'), 'zones');
  const [profile, setProfile] = useState<ProfileDto>();
  const [error, setError] = useState<ApiError>();
  const [notice, setNotice] = useState('');
  const [admin, setAdmin] = useState({ fullName: '', phone: '', email: '' });
  const [adminError, setAdminError] = useState<ApiError>();

  const data = loaded.state === 'ready' ? loaded.data : undefined;
  useEffect(() => {
    if (data) setProfile(data);
  }, [data]);

  if (loaded.state === 'error') return <LoadError title={loaded.error.title} />;
  if (!profile) return <Loading />;

  const set = <K extends keyof ProfileDto>(name: K, value: ProfileDto[K]) => setProfile({ ...profile, [name]: value });
  async function save(action: () => Promise<ProfileDto>, done: string) {
    setError(undefined);
    setNotice('');
    try {
      setProfile(await action());
      setNotice(done);
    } catch (failure) {
      if (!(failure instanceof ApiError)) throw failure;
      setError(failure);
    }
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(() => api.request<ProfileDto>('PUT', `${base}/profile`, profile), t('profile.saved'));
  };
  const inviteAdmin = async (event: FormEvent) => {
    event.preventDefault();
    setAdminError(undefined);
    try {
      await api.post(`${base}/administrators`, admin);
      setAdmin({ fullName: '', phone: '', email: '' });
      setNotice(t('profile.admins.sent'));
    } catch (failure) {
      if (!(failure instanceof ApiError)) throw failure;
      setAdminError(failure);
    }
  };

  return (
    <article>
      <h2>{t('profile.title')}</h2>
      <FormAlert problem={error} shown={['address', 'eJournalUrl', 'timeZone', 'website', 'workdayEnd', 'workdayStart', 'workingDays']} />
      <p role="status">{notice}</p>
      <form onSubmit={submit} className="form" noValidate>
        <fieldset disabled={!isAdministrator}>
          <TextField label={t('profile.address')} value={profile.address ?? ''} onChange={(e) => set('address', e.target.value)} error={error?.field('address')} autoComplete="street-address" />
          <TextField label={t('profile.website')} hint={t('profile.website.hint')} type="url" value={profile.website ?? ''} onChange={(e) => set('website', e.target.value)} error={error?.field('website')} />
          <TextField label={t('profile.journal')} hint={t('profile.journal.hint')} type="url" value={profile.eJournalUrl ?? ''} onChange={(e) => set('eJournalUrl', e.target.value)} error={error?.field('eJournalUrl')} />
          <SelectField label={t('profile.timeZone')} value={profile.timeZone} onChange={(e) => set('timeZone', e.target.value)} error={error?.field('timeZone')}>
            {zones.state === 'ready' && zones.data.map((z) => (
              <option key={z.id} value={z.id}>
                {z.name}
              </option>
            ))}
          </SelectField>
          <div className="inline-form">
            <TextField label={t('profile.workdayStart')} type="time" value={profile.workdayStart} onChange={(e) => set('workdayStart', e.target.value)} error={error?.field('workdayStart')} />
            <TextField label={t('profile.workdayEnd')} type="time" value={profile.workdayEnd} onChange={(e) => set('workdayEnd', e.target.value)} error={error?.field('workdayEnd')} />
          </div>
          <p className="hint">{t('profile.hours.hint')}</p>
          <fieldset className={error?.field('workingDays') ? 'field field-invalid' : 'field'}>
            <legend className="label">{t('profile.days')}</legend>
            <div className="days">
              {days.map((day) => (
                <label key={day} className="choice">
                  <input type="checkbox" checked={profile.workingDays.includes(day)}
                    onChange={() => set('workingDays', profile.workingDays.includes(day) ? profile.workingDays.filter((d) => d !== day) : [...profile.workingDays, day].sort())} />
                  {t(`day.${day}`)}
                </label>
              ))}
            </div>
            {error?.field('workingDays') && <p className="field-error">{error.field('workingDays')}</p>}
          </fieldset>
          <CheckboxField label={t('profile.primary')} hint={t('profile.primary.hint')} checked={profile.primaryGradesOpen} onChange={(checked) => set('primaryGradesOpen', checked)} />
          <StudentContactRules profile={profile} set={set} />
          {isAdministrator && (
            <button type="submit" className="button">
              {t('profile.save')}
            </button>
          )}
        </fieldset>
      </form>
      <section aria-labelledby="structure-heading">
        <h2 id="structure-heading">{t('profile.structure')}</h2>
        {profile.structureCompletedAt ? (
          <p>{t('profile.structure.done', { date: formatDateTime(profile.structureCompletedAt) })}</p>
        ) : (
          <>
            <p>{t('profile.structure.text')}</p>
            {isAdministrator && (
              <button type="button" className="button-secondary" onClick={() => void save(() => api.post<ProfileDto>(`${base}/structure/complete`), '')}>
                {t('profile.structure.complete')}
              </button>
            )}
          </>
        )}
      </section>
      {isAdministrator && (
        <section aria-labelledby="admins-heading">
          <h2 id="admins-heading">{t('profile.admins')}</h2>
          <p>{t('profile.admins.text')}</p>
          <FormAlert problem={adminError} shown={['fullName', 'email', 'phone']} />
          <form onSubmit={inviteAdmin} className="form" noValidate>
            <TextField label={t('profile.admins.fullName')} value={admin.fullName} onChange={(e) => setAdmin({ ...admin, fullName: e.target.value })} error={adminError?.field('fullName')} />
            <TextField label={t('profile.admins.phone')} type="tel" inputMode="tel" value={admin.phone} onChange={(e) => setAdmin({ ...admin, phone: e.target.value })} error={adminError?.field('phone')} />
            <TextField label={t('profile.admins.email')} type="email" value={admin.email} onChange={(e) => setAdmin({ ...admin, email: e.target.value })} error={adminError?.field('email')} />
            <button type="submit" className="button">
              {t('profile.admins.submit')}
            </button>
          </form>
        </section>
      )}
    </article>
  );
}
