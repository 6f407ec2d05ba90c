import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import type { JoinLinkDto } from '../../api/types';
import { formatDateTime } from '../../components/format';
import { t } from '../../i18n';

/** Invitation links with their state, use count and expiry; active ones can be copied and revoked. */
interface Props {
  links: JoinLinkDto[];
  revokeUrl: (link: JoinLinkDto) => string;
  printUrl: (link: JoinLinkDto) => string;
  onChanged: () => void;
}

export function JoinLinkList({ links, revokeUrl, printUrl, onChanged }: Props) {
  const [copied, setCopied] = useState<string>();
  const urlOf = (link: JoinLinkDto) => `${window.location.origin}/join/${link.token}`;
  return (
    <ul className="cards">
      {links.map((link) => (
        <li key={link.id} className="card">
          <p>
            <strong>{t(`links.kind.${link.kind}`, { className: link.className ?? '' })}</strong>{' '}
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
              <button type="button" className="button-secondary" onClick={() => navigator.clipboard?.writeText(urlOf(link)).then(() => setCopied(link.id))}>
                {t('links.copy')}
              </button>
              <button type="button" className="button-secondary" onClick={() => void api.post(revokeUrl(link)).then(onChanged)}>
                {t('links.revoke')}
              </button>
              <Link className="button-secondary" to={printUrl(link)}>
                {t('links.print')}
              </Link>
              <span role="status">{copied === link.id ? t('links.copied') : ''}</span>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
