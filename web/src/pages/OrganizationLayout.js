import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "react/jsx-runtime";
import { Link, NavLink, Outlet, useNavigate, useOutletContext, useParams } from 'react-router-dom';
import { api } from '../api/client';
import { LoadError, Loading, SelectField } from '../components/Form';
import { useLoad, useTitle } from '../components/hooks';
import { t } from '../i18n';
import { useSession } from '../session';
export const useOrganization = () => useOutletContext();
/** The school's space: its name, the caller's role (with the teacher badge), sections by role, a switcher. */
export function OrganizationLayout() {
    const { id = '' } = useParams();
    const { session } = useSession();
    const navigate = useNavigate();
    const loaded = useLoad(() => api.get(`/api/organizations/${id}`), id);
    useTitle(loaded.state === 'ready' ? loaded.data.shortName : t('app.name'));
    if (loaded.state === 'loading')
        return _jsx(Loading, {});
    if (loaded.state === 'error')
        return _jsx(LoadError, { title: loaded.error.title });
    const organization = loaded.data;
    const isAdministrator = organization.myRole === 'administrator';
    const isStaff = isAdministrator || (organization.myRole === 'teacher' && organization.verified);
    const memberships = session?.user?.organizations ?? [];
    const base = `/org/${organization.id}`;
    return (_jsxs("div", { className: "wide", children: [memberships.length > 1 && (_jsx(SelectField, { label: t('org.switcher'), value: organization.id, onChange: (e) => navigate(`/org/${e.target.value}`), children: memberships.map((m) => (_jsx("option", { value: m.id, children: m.shortName }, m.id))) })), _jsx("h1", { children: organization.shortName }), _jsxs("p", { className: "muted", children: [t(`org.role.${organization.myRole}`), organization.myRole === 'teacher' && organization.verified && (_jsxs(_Fragment, { children: [' ', _jsxs("span", { className: "badge badge-verified", children: ["\u2713 ", t('org.verifiedBadge')] })] })), ' ', "\u00B7 ", organization.regionName, ", ", organization.settlement] }), isAdministrator && session?.user && !session.user.twoFactorEnabled && (_jsxs("div", { role: "alert", className: "alert", children: [_jsx("strong", { children: t('twoFactor.banner') }), _jsx("p", { children: _jsx(Link, { to: "/account", children: t('twoFactor.bannerLink') }) })] })), (isStaff || organization.myRole === 'student' || organization.myRole === 'parent') && (_jsxs("nav", { "aria-label": t('org.nav'), className: "subnav", children: [_jsx(NavLink, { to: base, end: true, children: t('org.nav.overview') }), isStaff && _jsx(NavLink, { to: `${base}/structure`, children: t('org.nav.structure') }), isStaff && _jsx(NavLink, { to: `${base}/profile`, children: t('org.nav.profile') }), _jsx(NavLink, { to: `${base}/chats`, children: t('org.nav.chats') }), _jsx(NavLink, { to: `${base}/people`, children: t('org.nav.people') }), isAdministrator && _jsx(NavLink, { to: `${base}/staff`, children: t('org.nav.staff') }), isAdministrator && _jsx(NavLink, { to: `${base}/links`, children: t('org.nav.links') }), isAdministrator && _jsx(NavLink, { to: `${base}/import`, children: t('org.nav.import') })] })), _jsx(Outlet, { context: { organization, isAdministrator, isStaff } })] }));
}
