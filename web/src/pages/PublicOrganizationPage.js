import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useParams } from 'react-router-dom';
import { api } from '../api/client';
import { LoadError, Loading } from '../components/Form';
import { useLoad, useTitle } from '../components/hooks';
import { t } from '../i18n';
/** ORG-6: what the school links from its website — how to join and whom to ask. */
export function PublicOrganizationPage() {
    const { slug = '' } = useParams();
    const loaded = useLoad(() => api.get(`/api/public/organizations/${encodeURIComponent(slug)}`), slug);
    useTitle(loaded.state === 'ready' ? loaded.data.shortName : t('app.name'));
    if (loaded.state === 'loading')
        return _jsx(Loading, {});
    if (loaded.state === 'error')
        return _jsx(LoadError, { title: loaded.error.title });
    const organization = loaded.data;
    return (_jsxs("article", { children: [_jsx("h1", { children: organization.fullName }), _jsxs("p", { className: "lead", children: [organization.shortName, " ", t('public.uses')] }), _jsxs("dl", { className: "facts", children: [_jsx("dt", { children: t('operator.detail.kind') }), _jsx("dd", { children: t(`kind.${organization.kind}`) }), _jsx("dt", { children: t('public.location') }), _jsxs("dd", { children: [organization.regionName, ", ", organization.municipality, ", ", organization.settlement] }), _jsx("dt", { children: t('public.contact') }), _jsxs("dd", { children: [organization.contactName, ", ", _jsx("a", { href: `mailto:${organization.contactEmail}`, children: organization.contactEmail })] })] }), _jsx("h2", { children: t('public.join.title') }), _jsxs("ul", { children: [_jsx("li", { children: t('public.join.students') }), _jsx("li", { children: t('public.join.parents') }), _jsx("li", { children: t('public.join.staff') })] })] }));
}
