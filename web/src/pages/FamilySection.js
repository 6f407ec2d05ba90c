import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "react/jsx-runtime";
import { useState } from 'react';
import { api } from '../api/client';
import { FormAlert, LoadError, Loading, SelectField } from '../components/Form';
import { useAction, useLoad } from '../components/hooks';
import { t } from '../i18n';
/** ID-4 for students and parents: a parent picks their child in each class; a student confirms their parents. */
export function FamilySection({ organizationId }) {
    const base = `/api/organizations/${organizationId}`;
    const family = useLoad(() => api.get(`${base}/family`), base);
    const [choice, setChoice] = useState({});
    const [consent, setConsent] = useState(false);
    const { error, run } = useAction({ onDone: family.reload });
    if (family.state === 'loading')
        return _jsx(Loading, {});
    if (family.state === 'error')
        return _jsx(LoadError, { title: family.error.title });
    const data = family.data;
    const myChildren = data.links.filter((l) => data.parentOf.length > 0 && l.studentMembershipId !== data.studentMembershipId);
    const requests = data.links.filter((l) => l.studentMembershipId === data.studentMembershipId);
    return (_jsxs("section", { "aria-labelledby": "family-heading", className: "empty-state", children: [_jsx("h2", { id: "family-heading", children: t('family.title') }), _jsx(FormAlert, { title: error?.title }), data.studentClassName && _jsx("p", { children: t('family.studentClass', { className: data.studentClassName }) }), requests.length > 0 && (_jsxs(_Fragment, { children: [_jsx("h3", { children: t('family.requests') }), _jsx("p", { children: t('family.requests.text') }), _jsx("ul", { className: "cards", children: requests.map((r) => (_jsxs("li", { className: "card", children: [_jsx("strong", { children: r.parentName }), " \u2014 ", t(`guardianship.${r.status}`), ' ', r.status === 'pending' && (_jsx("button", { type: "button", className: "button", onClick: () => void run(() => api.post(`${base}/guardianships/${r.guardianshipId}/confirm`)), children: t('family.confirm') }))] }, r.guardianshipId))) })] })), myChildren.length > 0 && (_jsxs(_Fragment, { children: [_jsx("h3", { children: t('family.children') }), _jsx("ul", { children: myChildren.map((c) => (_jsxs("li", { children: [c.studentName, " \u2014 ", t(`guardianship.${c.status}`)] }, c.guardianshipId))) })] })), data.parentOf.map((c) => {
                const candidates = c.students.filter((s) => !myChildren.some((l) => l.studentMembershipId === s.membershipId));
                return candidates.length === 0 && c.students.length > 0 ? null : (_jsxs("div", { children: [_jsx("h3", { children: t('family.class', { className: c.className }) }), c.students.length === 0 ? (_jsx("p", { children: t('family.noStudents', { className: c.className }) })) : (_jsxs("form", { className: "inline-form", noValidate: true, onSubmit: (event) => {
                                event.preventDefault();
                                void run(() => api.post(`${base}/guardianships`, { studentMembershipId: choice[c.classId], consent }));
                            }, children: [_jsxs(SelectField, { label: t('family.pickChild', { className: c.className }), value: choice[c.classId] ?? '', onChange: (e) => setChoice({ ...choice, [c.classId]: e.target.value }), error: error?.field('studentMembershipId'), children: [_jsx("option", { value: "", children: t('family.pickChild.choose') }), candidates.map((s) => (_jsx("option", { value: s.membershipId, children: s.fullName }, s.membershipId)))] }), _jsxs("label", { className: "choice", children: [_jsx("input", { type: "checkbox", checked: consent, onChange: (e) => setConsent(e.target.checked), "aria-invalid": error?.field('consent') ? true : undefined }), t('family.consent')] }), error?.field('consent') && _jsx("p", { className: "field-error", children: error.field('consent') }), _jsx("button", { type: "submit", className: "button", children: t('family.pickChild.submit') })] }))] }, c.classId));
            }), !data.studentClassName && data.parentOf.length === 0 && _jsx("p", { children: t('family.nothing') })] }));
}
