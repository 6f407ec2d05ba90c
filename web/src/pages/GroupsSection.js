import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { api } from '../api/client';
import { FormAlert, SelectField, TextField } from '../components/Form';
import { useAction, useLoad } from '../components/hooks';
import { t } from '../i18n';
const kinds = ['administration', 'methodAssociation', 'primaryTeachers', 'subjectTeachers', 'additionalEducationTeachers', 'club', 'parentsCommittee'];
/** ORG-4 groups on the structure page: administrators create them and add fitting people. */
export function GroupsSection({ organizationId, isAdministrator }) {
    const base = `/api/organizations/${organizationId}`;
    const groups = useLoad(() => api.get(`${base}/groups`), `${base}/groups`);
    const people = useLoad(() => (isAdministrator ? api.get(`${base}/people`) : Promise.resolve([])), `${base}/people`);
    const subjects = useLoad(() => api.get(`${base}/subjects`), `${base}/subjects/groups`);
    const [kind, setKind] = useState('administration');
    const [name, setName] = useState('');
    const [subjectId, setSubjectId] = useState('');
    const [choice, setChoice] = useState({});
    const { error, run } = useAction({ onDone: groups.reload });
    const create = (event) => {
        event.preventDefault();
        void run(async () => {
            await api.post(`${base}/groups`, { kind, name: name || t(`groupKind.${kind}`), subjectId: kind === 'methodAssociation' ? subjectId : null });
            setName('');
        });
    };
    return (_jsxs("section", { "aria-labelledby": "groups-heading", children: [_jsx("h2", { id: "groups-heading", children: t('groups.title') }), _jsx(FormAlert, { title: error?.title }), groups.state === 'ready' && groups.data.length === 0 && _jsx("p", { className: "empty", children: t('groups.empty') }), groups.state === 'ready' && (_jsx("ul", { className: "cards", children: groups.data.map((g) => (_jsxs("li", { className: "card", children: [_jsxs("h3", { children: [g.name, " ", _jsxs("span", { className: "muted", children: ["\u00B7 ", t(`groupKind.${g.kind}`)] })] }), _jsx("p", { children: g.members.map((m) => m.fullName).join(', ') }), isAdministrator && people.state === 'ready' && (_jsxs("form", { className: "inline-form", noValidate: true, onSubmit: (event) => {
                                event.preventDefault();
                                void run(() => api.post(`${base}/groups/${g.id}/members`, { membershipId: choice[g.id] }));
                            }, children: [_jsxs(SelectField, { label: t('groups.addMember', { name: g.name }), value: choice[g.id] ?? '', onChange: (e) => setChoice({ ...choice, [g.id]: e.target.value }), children: [_jsx("option", { value: "", children: t('groups.choose') }), people.data.filter((p) => !g.members.some((m) => m.membershipId === p.membershipId)).map((p) => (_jsxs("option", { value: p.membershipId, children: [p.fullName, " (", t(`org.role.${p.role}`), ")"] }, p.membershipId)))] }), _jsx("button", { type: "submit", className: "button-secondary", children: t('groups.add') })] }))] }, g.id))) })), isAdministrator && (_jsxs("form", { onSubmit: create, className: "form", noValidate: true, children: [_jsx(SelectField, { label: t('groups.kind'), value: kind, onChange: (e) => setKind(e.target.value), error: error?.field('kind'), children: kinds.map((k) => (_jsx("option", { value: k, children: t(`groupKind.${k}`) }, k))) }), kind === 'methodAssociation' && subjects.state === 'ready' && (_jsxs(SelectField, { label: t('groups.subject'), value: subjectId, onChange: (e) => setSubjectId(e.target.value), error: error?.field('subjectId'), children: [_jsx("option", { value: "", children: t('groups.choose') }), subjects.data.map((s) => (_jsx("option", { value: s.id, children: s.name }, s.id)))] })), _jsx(TextField, { label: t('groups.name'), value: name, placeholder: t(`groupKind.${kind}`), onChange: (e) => setName(e.target.value), error: error?.field('name') }), _jsx("button", { type: "submit", className: "button", children: t('groups.create') })] }))] }));
}
