import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "react/jsx-runtime";
import { useState } from 'react';
import { api } from '../api/client';
import { formatDateTime } from '../components/format';
import { FormAlert, LoadError, Loading, SelectField } from '../components/Form';
import { useAction, useLoad, useTitle } from '../components/hooks';
import { t } from '../i18n';
import { useSession } from '../session';
import { useOrganization } from './OrganizationLayout';
const positions = ['director', 'deputyDirector', 'methodAssociationHead', 'classTeacher', 'subjectTeacher', 'additionalEducationTeacher'];
/** ID-2: staff who joined by link wait here until an administrator confirms them with position, subjects and classes. */
export function StaffPage() {
    useTitle(t('staff.title'));
    const { organization } = useOrganization();
    const { session } = useSession();
    const base = `/api/organizations/${organization.id}`;
    const staff = useLoad(() => api.get(`${base}/staff`), `${base}/staff`);
    const classes = useLoad(() => api.get(`${base}/classes`), `${base}/classes`);
    const subjects = useLoad(() => api.get(`${base}/subjects`), `${base}/subjects`);
    const { error, run } = useAction({ onDone: staff.reload });
    if (staff.state === 'loading')
        return _jsx(Loading, {});
    if (staff.state === 'error')
        return _jsx(LoadError, { title: staff.error.title });
    const nameOf = (items, id) => (items.state === 'ready' ? items.data.find((i) => i.id === id)?.name : undefined) ?? '';
    const others = staff.data.filter((s) => s.role !== 'administrator');
    return (_jsxs("article", { children: [_jsx("h2", { children: t('staff.title') }), _jsx(FormAlert, { title: error?.title }), others.length === 0 && _jsx("p", { className: "empty", children: t('staff.empty') }), _jsx("ul", { className: "cards", children: staff.data.map((member) => (_jsxs("li", { className: "card", children: [_jsxs("h3", { children: [member.fullName, ' ', member.role === 'administrator' ? (_jsx("span", { className: "badge", children: t('staff.administrator') })) : member.verified ? (_jsxs("span", { className: "badge badge-verified", children: ["\u2713 ", t('org.verifiedBadge')] })) : (_jsx("span", { className: "badge badge-pending", children: t('staff.pending') }))] }), member.deactivated && _jsx("p", { children: _jsx("span", { className: "badge badge-rejected", children: t('staff.deactivated') }) }), _jsx("p", { className: "muted", children: [member.phone, member.email, t('staff.joined', { date: formatDateTime(member.joinedAt) })].filter(Boolean).join(' · ') }), member.role === 'teacher' && member.verified && (_jsxs(_Fragment, { children: [_jsxs("p", { children: [member.position && t(`position.${member.position}`), member.subjectIds.length > 0 && ` · ${member.subjectIds.map((id) => nameOf(subjects, id)).join(', ')}`, member.classIds.length > 0 && ` · ${member.classIds.map((id) => nameOf(classes, id)).join(', ')}`] }), _jsx("button", { type: "button", className: "button-secondary", onClick: () => void run(() => api.post(`${base}/staff/${member.membershipId}/revoke-verification`)), children: t('staff.revoke') })] })), member.accountId !== session?.user?.id && (_jsx("p", { children: _jsx("button", { type: "button", className: "button-secondary", onClick: () => void run(() => api.post(`${base}/members/${member.membershipId}/${member.deactivated ? 'reactivate' : 'deactivate'}`)), children: member.deactivated ? t('staff.reactivate') : t('staff.deactivate') }) })), member.role === 'teacher' && !member.verified && !member.deactivated && (_jsx(VerifyForm, { member: member, classes: classes.state === 'ready' ? classes.data : [], subjects: subjects.state === 'ready' ? subjects.data : [], error: error, onVerify: (body) => run(() => api.post(`${base}/staff/${member.membershipId}/verify`, body)) }))] }, member.membershipId))) })] }));
}
function VerifyForm({ member, classes, subjects, error, onVerify }) {
    const [position, setPosition] = useState('subjectTeacher');
    const [subjectIds, setSubjectIds] = useState([]);
    const [classIds, setClassIds] = useState([]);
    const toggle = (list, id) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);
    const submit = (event) => {
        event.preventDefault();
        void onVerify({ position, subjectIds, classIds });
    };
    return (_jsxs("form", { onSubmit: submit, className: "form", noValidate: true, "aria-label": `${t('staff.verify')}: ${member.fullName}`, children: [_jsx(SelectField, { label: t('staff.position'), value: position, onChange: (e) => setPosition(e.target.value), error: error?.field('position'), children: positions.map((p) => (_jsx("option", { value: p, children: t(`position.${p}`) }, p))) }), subjects.length > 0 && (_jsxs("fieldset", { children: [_jsx("legend", { className: "label", children: t('staff.subjects') }), subjects.map((s) => (_jsxs("label", { className: "choice", children: [_jsx("input", { type: "checkbox", checked: subjectIds.includes(s.id), onChange: () => setSubjectIds(toggle(subjectIds, s.id)) }), s.name] }, s.id)))] })), classes.length > 0 && (_jsxs("fieldset", { children: [_jsx("legend", { className: "label", children: t('staff.classes') }), _jsx("div", { className: "checkbox-grid", children: classes.map((c) => (_jsxs("label", { className: "choice", children: [_jsx("input", { type: "checkbox", checked: classIds.includes(c.id), onChange: () => setClassIds(toggle(classIds, c.id)) }), c.name] }, c.id))) })] })), _jsx("button", { type: "submit", className: "button", children: t('staff.verify') })] }));
}
