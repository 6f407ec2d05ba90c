import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { Link } from 'react-router-dom';
import { t } from '../i18n';
import { FamilySection } from './FamilySection';
import { useOrganization } from './OrganizationLayout';
/** What a member sees first: for a waiting teacher, why nothing is open yet; for an administrator, where to start. */
export function OrganizationOverview() {
    const { organization, isAdministrator, isStaff } = useOrganization();
    const publicUrl = `${window.location.origin}/o/${organization.slug}`;
    if (organization.myRole === 'student' || organization.myRole === 'parent')
        return _jsx(FamilySection, { organizationId: organization.id });
    if (!isStaff)
        return (_jsxs("section", { className: "empty-state", "aria-labelledby": "pending-heading", children: [_jsx("h2", { id: "pending-heading", children: t('org.pending.title') }), _jsx("p", { children: t('org.pending.text') })] }));
    return (_jsxs("article", { children: [_jsxs("section", { className: "empty-state", "aria-labelledby": "next-heading", children: [_jsx("h2", { id: "next-heading", children: t('org.empty.title') }), _jsx("p", { children: isAdministrator ? t('org.admin.next') : t('org.empty.text') })] }), _jsxs("section", { "aria-labelledby": "public-heading", children: [_jsx("h2", { id: "public-heading", children: t('org.publicLink') }), _jsx("p", { children: t('org.publicLink.hint') }), _jsx("p", { className: "tracking-link", children: _jsx(Link, { to: `/o/${organization.slug}`, children: publicUrl }) })] })] }));
}
