import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import type { JoinLinkDto } from '../api/types';
import { JoinLinkList } from '../features/people/JoinLinkList';
import { FormAlert, LoadError, Loading, TextField } from '../components/Form';
import { useAction, useLoad, useTitle } from '../components/hooks';
import { t } from '../i18n';
import { useOrganization } from './OrganizationLayout';

/** Staff invitation links: create with expiry and a use limit, copy, see who used them, revoke. */
export function LinksPage() {
  useTitle(t('links.title'));
  const { organization } = useOrganization();
  const base = `/api/organizations/${organization.id}/join-links`;
  const links = useLoad(() => api.get<JoinLinkDto[]>(base), base);
  const [days, setDays] = useState('14');
  const [maxUses, setMaxUses] = useState('');
  const { error, run } = useAction({ onDone: links.reload });
  const reload = links.reload;


  const create = (event: FormEvent) => {
    event.preventDefault();
    void run(() => api.post(base, { kind: 'staff', expiresInDays: Number(days), maxUses: maxUses ? Number(maxUses) : null }));
  };

  return (
    <article>
      <h2>{t('links.title')}</h2>
      <p>{t('links.intro')}</p>
      <FormAlert problem={error} shown={['expiresInDays', 'maxUses']} />
      <form onSubmit={create} className="inline-form" noValidate>
        <TextField label={t('links.days')} type="number" min={1} max={90} inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value)} error={error?.field('expiresInDays')} />
        <TextField label={t('links.maxUses')} hint={t('links.maxUses.hint')} type="number" min={1} max={2000} inputMode="numeric" value={maxUses}
          onChange={(e) => setMaxUses(e.target.value)} error={error?.field('maxUses')} />
        <button type="submit" className="button">
          {t('links.create')}
        </button>
      </form>
      {links.state === 'loading' && <Loading />}
      {links.state === 'error' && <LoadError title={links.error.title} />}
      {links.state === 'ready' &&
        (links.data.filter((l) => l.kind === 'staff').length === 0 ? (
          <p className="empty">{t('links.empty')}</p>
        ) : (
          <JoinLinkList links={links.data.filter((l) => l.kind === 'staff')} revokeUrl={(l) => `${base}/${l.id}/revoke`} printUrl={(l) => `/org/${organization.id}/links/${l.id}/print`} onChanged={reload} />
        ))}
    </article>
  );
}
