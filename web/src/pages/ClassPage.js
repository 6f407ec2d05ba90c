import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { Link, useParams } from 'react-router-dom';
import { api } from '../api/client';
import { FormAlert, LoadError, Loading } from '../components/Form';
import { useAction, useLoad, useTitle } from '../components/hooks';
import { JoinLinkList } from '../components/JoinLinkList';
import { t } from '../i18n';
import { useOrganization } from './OrganizationLayout';
/** One class: its students and parents with their links, and (for its class teacher) the class's invitation links. */
export function ClassPage() {
    const { classId = '' } = useParams();
    const { organization } = useOrganization();
    const base = `/api/organizations/${organization.id}`;
    const members = useLoad(() => api.get(`${base}/classes/${classId}/members`), classId);
    const links = useLoad(() => api.get(`${base}/join-links`), `${classId}/links`);
    const { error, run } = useAction({ onDone: () => { members.reload(); links.reload(); } });
    useTitle(members.state === 'ready' ? members.data.className : t('org.nav.structure'));
    if (members.state === 'loading')
        return _jsx(Loading, {});
    if (members.state === 'error')
        return _jsx(LoadError, { title: members.error.title });
    const data = members.data;
    const classLinks = links.state === 'ready' ? links.data.filter((l) => l.classId === classId) : [];
    const parentsOf = (studentId) => data.links.filter((l) => l.studentMembershipId === studentId);
    return (_jsxs("article", { children: [_jsx("p", { children: _jsxs(Link, { to: `/org/${organization.id}/structure`, children: ["\u2190 ", t('org.nav.structure')] }) }), _jsx("h2", { children: data.className }), _jsx(FormAlert, { title: error?.title }), _jsxs("section", { "aria-labelledby": "students-heading", children: [_jsx("h3", { id: "students-heading", children: t('class.students') }), data.students.length === 0 ? (_jsx("p", { className: "empty", children: t('class.students.empty') })) : (_jsx("ul", { className: "cards", children: data.students.map((student) => (_jsxs("li", { className: "card", children: [_jsx("strong", { children: student.fullName }), parentsOf(student.membershipId).map((link) => (_jsxs("p", { className: "muted", children: [t('class.childOf', { names: link.parentName }), " \u2014 ", t(`guardianship.${link.status}`), ' ', link.status === 'pending' && data.canManage && (_jsx("button", { type: "button", className: "button-secondary", "aria-label": t('class.confirmNamed', { parent: link.parentName, student: link.studentName }), onClick: () => void run(() => api.post(`${base}/guardianships/${link.guardianshipId}/confirm`)), children: t('class.confirm') }))] }, link.guardianshipId)))] }, student.membershipId))) }))] }), _jsxs("section", { "aria-labelledby": "parents-heading", children: [_jsx("h3", { id: "parents-heading", children: t('class.parents') }), data.parents.length === 0 ? (_jsx("p", { className: "empty", children: t('class.parents.empty') })) : (_jsx("ul", { children: data.parents.map((parent) => (_jsx("li", { children: parent.fullName }, parent.membershipId))) }))] }), data.canManage && (_jsxs("section", { "aria-labelledby": "class-links-heading", children: [_jsx("h3", { id: "class-links-heading", children: t('class.links') }), _jsxs("p", { className: "actions", children: [_jsx("button", { type: "button", className: "button", onClick: () => void run(() => api.post(`${base}/join-links`, { kind: 'classStudents', classId })), children: t('class.link.students') }), _jsx("button", { type: "button", className: "button-secondary", onClick: () => void run(() => api.post(`${base}/join-links`, { kind: 'classParents', classId })), children: t('class.link.parents') })] }), _jsx(JoinLinkList, { links: classLinks, revokeUrl: (l) => `${base}/join-links/${l.id}/revoke`, printUrl: (l) => `/org/${organization.id}/links/${l.id}/print`, onChanged: links.reload })] }))] }));
}
