import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../api/client';
import type { JoinLinkDto } from '../api/types';
import { formatDateTime } from '../components/format';
import { FormAlert, LoadError, Loading, TextField } from '../components/Form';
import { useLoad, useTitle } from '../components/hooks';
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
  const [error, setError] = useState<ApiError>();
  const [copied, setCopied] = useState<string>();
  const reload = links.reload;

  async function run(action: () => Promise<unknown>) {
    setError(undefined);
    try {
      await action();
      reload();
    } catch (failure) {
      if (!(failure instanceof ApiError)) throw failure;
      setError(failure);
    }
  }

  const create = (event: FormEvent) => {
    event.preventDefault();
    void run(() => api.post(base, { kind: 'staff', expiresInDays: Number(days), maxUses: maxUses ? Number(maxUses) : null }));
  };
  const urlOf = (link: JoinLinkDto) => `${window.location.origin}/join/${link.token}`;

  return (
    <article>
      <h2>{t('links.title')}</h2>
      <p>{t('links.intro')}</p>
      <FormAlert title={error?.title} />
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
        (links.data.length === 0 ? (
          <p className="empty">{t('links.empty')}</p>
        ) : (
          <ul className="cards">
            {links.data.map((link) => (
              <li key={link.id} className="card">
                <p>
                  <span className={`badge badge-link-${link.state}`}>{t(`links.state.${link.state}`)}</span>{' '}
                  <span className="muted">
                    {link.maxUses
                      ? t('links.usesOf', { uses: String(link.uses), max: String(link.maxUses) })
                      : t('links.uses', { uses: String(link.uses) })}{' '}
                    · {t('links.until', { date: formatDateTime(link.expiresAt) })}
                  </span>
                </p>
                <p className="tracking-link">{urlOf(link)}</p>
                {link.state === 'active' && (
                  <p className="actions">
                    <button type="button" className="button-secondary"
                      onClick={() => navigator.clipboard?.writeText(urlOf(link)).then(() => setCopied(link.id))}>
                      {t('links.copy')}
                    </button>
                    <button type="button" className="button-secondary" onClick={() => void run(() => api.post(`${base}/${link.id}/revoke`))}>
                      {t('links.revoke')}
                    </button>
                    <span role="status">{copied === link.id ? t('links.copied') : ''}</span>
                  </p>
                )}
              </li>
            ))}
          </ul>
        ))}
    </article>
  );
}
