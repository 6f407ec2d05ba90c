import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "react/jsx-runtime";
import { api } from '../api/client';
import { LoadError, Loading } from '../components/Form';
import { useLoad, useTitle } from '../components/hooks';
import { t } from '../i18n';
import { useOrganization } from './OrganizationLayout';
/** ID-7: the people this member may see; contacts only for administrators. */
export function PeoplePage() {
    useTitle(t('people.title'));
    const { organization } = useOrganization();
    const people = useLoad(() => api.get(`/api/organizations/${organization.id}/people`), organization.id);
    if (people.state === 'loading')
        return _jsx(Loading, {});
    if (people.state === 'error')
        return _jsx(LoadError, { title: people.error.title });
    return (_jsxs("article", { children: [_jsx("h2", { children: t('people.title') }), _jsx("p", { className: "hint", children: t('people.intro') }), people.data.length === 0 ? (_jsx("p", { className: "empty", children: t('people.empty') })) : (_jsx("ul", { className: "cards", children: people.data.map((p) => (_jsxs("li", { className: "card", children: [_jsx("strong", { children: p.fullName }), " ", _jsx("span", { className: "muted", children: t(`org.role.${p.role}`) }), p.role === 'teacher' && p.verified && _jsxs(_Fragment, { children: [" ", _jsxs("span", { className: "badge badge-verified", children: ["\u2713 ", t('org.verifiedBadge')] })] }), (p.phone || p.email) && _jsx("p", { className: "muted", children: [p.phone, p.email].filter(Boolean).join(' · ') })] }, p.membershipId))) }))] }));
}
