import { useNavigate, useParams } from 'react-router-dom';
import { api } from '../api/client';
import type { JoinLinkDto } from '../api/types';
import { formatDateTime } from '../components/format';
import { LoadError, Loading } from '../components/Form';
import { useLoad, useTitle } from '../components/hooks';
import { t } from '../i18n';
import { useOrganization } from './OrganizationLayout';

/** A printable sheet for a meeting: the school, whom the link invites, a large QR code and the address. */
export function PrintLinkPage() {
  useTitle(t('print.title'));
  const { linkId = '' } = useParams();
  const { organization } = useOrganization();
  const navigate = useNavigate();
  const base = `/api/organizations/${organization.id}/join-links`;
  const links = useLoad(() => api.get<JoinLinkDto[]>(base), base);
  if (links.state === 'loading') return <Loading />;
  if (links.state === 'error') return <LoadError title={links.error.title} />;
  const link = links.data.find((l) => l.id === linkId);
  if (!link) return <LoadError title={t('print.notFound')} />;
  const url = `${window.location.origin}/join/${link.token}`;
  return (
    <article className="print-sheet">
      <p className="no-print actions">
        <button type="button" className="button-secondary" onClick={() => navigate(-1)}>
          {t('print.back')}
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('print.button')}
        </button>
      </p>
      <h2>{organization.fullName}</h2>
      <p className="lead">
        <strong>{t(`links.kind.${link.kind}`, { className: link.className ?? '' })}</strong>
      </p>
      <img className="qr" src={`${base}/${link.id}/qr.svg`} alt={t('print.qrAlt')} />
      <p>{t('print.scan')}</p>
      <p className="tracking-link">{url}</p>
      <p className="muted">{t('print.until', { date: formatDateTime(link.expiresAt) })}</p>
    </article>
  );
}
