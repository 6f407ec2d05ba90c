import { Link, NavLink, useMatch, useNavigate, useOutletContext, useParams } from 'react-router-dom';
import { api } from '../api/client';
import type { OrganizationDto } from '../api/types';
import { LoadError, Loading, SelectField } from '../components/Form';
import { useLoad, useTitle } from '../components/hooks';
import { RouteOutlet } from '../components/RouteOutlet';
import { t } from '../i18n';
import { useSession } from '../session';
import { AccessClosedPage } from '../features/organizations/AccessClosedPage';

export interface OrganizationContext {
  organization: OrganizationDto;
  isAdministrator: boolean;
  isStaff: boolean;
}

export const useOrganization = () => useOutletContext<OrganizationContext>();

/** The school's space: its name, the caller's role (with the teacher badge), sections by role, a switcher. */
export function OrganizationLayout() {
  const { id = '' } = useParams();
  const { session } = useSession();
  const navigate = useNavigate();
  // The messenger is an app shell (ISSUE 12): the school's header shrinks to one line beside the sections,
  // and on a phone an open chat takes the whole screen (shell.css, .org-app / .org-app-chat).
  const inChats = useMatch('/org/:id/chats/*') !== null;
  const inChat = useMatch('/org/:id/chats/:chatId') !== null;
  const loaded = useLoad(() => api.get<OrganizationDto>(`/api/organizations/${id}`), id);
  useTitle(loaded.state === 'ready' ? loaded.data.shortName : t('app.name'));
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') return loaded.error.code === 'membership_deactivated' ? <AccessClosedPage /> : <LoadError title={loaded.error.title} />;
  const organization = loaded.data;
  const isAdministrator = organization.myRole === 'administrator';
  const isStaff = isAdministrator || (organization.myRole === 'teacher' && organization.verified);
  const memberships = session?.user?.organizations ?? [];
  const base = `/org/${organization.id}`;
  return (
    <div className={inChats ? `wide org-app${inChat ? ' org-app-chat' : ''}` : 'wide'}>
      {memberships.length > 1 && (
        <SelectField label={t('org.switcher')} value={organization.id} onChange={(e) => navigate(`/org/${e.target.value}`)}>
          {memberships.map((m) => (
            <option key={m.id} value={m.id}>
              {m.shortName}
            </option>
          ))}
        </SelectField>
      )}
      <h1 className="org-title">{organization.shortName}</h1>
      <p className="muted org-role">
        {t(`org.role.${organization.myRole}`)}
        {organization.myRole === 'teacher' && organization.verified && (
          <>
            {' '}
            <span className="badge badge-verified">✓ {t('org.verifiedBadge')}</span>
          </>
        )}{' '}
        · {organization.regionName}, {organization.settlement}
      </p>
      {isAdministrator && session?.user && !session.user.twoFactorEnabled && (
        <div role="alert" className="alert">
          <strong>{t('twoFactor.banner')}</strong>
          <p>
            <Link to="/account">{t('twoFactor.bannerLink')}</Link>
          </p>
        </div>
      )}
      {(isStaff || organization.myRole === 'student' || organization.myRole === 'parent') && (
        <nav aria-label={t('org.nav')} className="subnav">
          <NavLink to={base} end>
            {t('org.nav.overview')}
          </NavLink>
          {isStaff && <NavLink to={`${base}/structure`}>{t('org.nav.structure')}</NavLink>}
          {isStaff && <NavLink to={`${base}/profile`}>{t('org.nav.profile')}</NavLink>}
          <NavLink to={`${base}/chats`}>{t('org.nav.chats')}</NavLink>
          <NavLink to={`${base}/people`}>{t('org.nav.people')}</NavLink>
          {/* Chat admins are teachers and administrators (only they open chats); the page shows each the chats they moderate. */}
          {isStaff && <NavLink to={`${base}/moderation`}>{t('org.nav.moderation')}</NavLink>}
          {isAdministrator && <NavLink to={`${base}/staff`}>{t('org.nav.staff')}</NavLink>}
          {isAdministrator && <NavLink to={`${base}/links`}>{t('org.nav.links')}</NavLink>}
          {isAdministrator && <NavLink to={`${base}/import`}>{t('org.nav.import')}</NavLink>}
          {isAdministrator && <NavLink to={`${base}/rollout`}>{t('org.nav.rollout')}</NavLink>}
        </nav>
      )}
      <RouteOutlet context={{ organization, isAdministrator, isStaff } satisfies OrganizationContext} />
    </div>
  );
}
