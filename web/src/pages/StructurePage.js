import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, ApiError } from '../api/client';
import { FormAlert, LoadError, Loading, SelectField, TextField } from '../components/Form';
import { useLoad, useTitle } from '../components/hooks';
import { t } from '../i18n';
import { GroupsSection } from './GroupsSection';
import { useOrganization } from './OrganizationLayout';
const grades = Array.from({ length: 11 }, (_, i) => i + 1);
/** ORG-4: classes and subjects. Administrators build them; confirmed teachers see them. */
export function StructurePage() {
    useTitle(t('org.nav.structure'));
    const { organization, isAdministrator } = useOrganization();
    const base = `/api/organizations/${organization.id}`;
    const classes = useLoad(() => api.get(`${base}/classes`), `${base}/classes`);
    const subjects = useLoad(() => api.get(`${base}/subjects`), `${base}/subjects`);
    const [grade, setGrade] = useState('5');
    const [letter, setLetter] = useState('');
    const [groupName, setGroupName] = useState('');
    const [subjectName, setSubjectName] = useState('');
    const [error, setError] = useState();
    async function send(form, action, reload, reset) {
        setError(undefined);
        try {
            await action();
            reset();
            reload();
        }
        catch (failure) {
            if (!(failure instanceof ApiError))
                throw failure;
            setError({ form, problem: failure });
        }
    }
    const fieldError = (form, field) => (error?.form === form ? error.problem.field(field) : undefined);
    const reloadClasses = classes.reload;
    const reloadSubjects = subjects.reload;
    const addClass = (event) => {
        event.preventDefault();
        void send('class', () => api.post(`${base}/classes`, { grade: Number(grade), letter }), reloadClasses, () => setLetter(''));
    };
    const addGroup = (event) => {
        event.preventDefault();
        void send('group', () => api.post(`${base}/classes`, { name: groupName }), reloadClasses, () => setGroupName(''));
    };
    const addSubject = (event) => {
        event.preventDefault();
        void send('subject', () => api.post(`${base}/subjects`, { name: subjectName }), reloadSubjects, () => setSubjectName(''));
    };
    return (_jsxs("article", { children: [_jsx(FormAlert, { title: error?.problem.title }), _jsxs("section", { "aria-labelledby": "classes-heading", children: [_jsx("h2", { id: "classes-heading", children: t('structure.classes') }), classes.state === 'loading' && _jsx(Loading, {}), classes.state === 'error' && _jsx(LoadError, { title: classes.error.title }), classes.state === 'ready' &&
                        (classes.data.length === 0 ? (_jsx("p", { className: "empty", children: t('structure.classes.empty') })) : (_jsx("ul", { className: "chips", children: classes.data.map((c) => (_jsxs("li", { className: "chip", children: [_jsx(Link, { to: `/org/${organization.id}/classes/${c.id}`, children: c.name }), c.classTeacherName && _jsxs("span", { className: "muted", children: [" \u00B7 ", c.classTeacherName] }), isAdministrator && (_jsx("button", { type: "button", className: "chip-remove", "aria-label": t('structure.deleteNamed', { name: c.name }), onClick: () => void send('delete', () => api.request('DELETE', `${base}/classes/${c.id}`), reloadClasses, () => { }), children: "\u00D7" }))] }, c.id))) }))), isAdministrator && (_jsxs("div", { className: "inline-forms", children: [_jsxs("form", { onSubmit: addClass, className: "inline-form", noValidate: true, children: [_jsx(SelectField, { label: t('structure.class.grade'), value: grade, onChange: (e) => setGrade(e.target.value), error: fieldError('class', 'grade'), children: grades.map((g) => (_jsx("option", { value: g, children: g }, g))) }), _jsx(TextField, { label: t('structure.class.letter'), hint: t('structure.class.letter.hint'), value: letter, maxLength: 1, onChange: (e) => setLetter(e.target.value), error: fieldError('class', 'letter') ?? fieldError('class', 'name') }), _jsx("button", { type: "submit", className: "button", children: t('structure.class.add') })] }), _jsxs("form", { onSubmit: addGroup, className: "inline-form", noValidate: true, children: [_jsx(TextField, { label: t('structure.group.name'), hint: t('structure.group.name.hint'), value: groupName, onChange: (e) => setGroupName(e.target.value), error: fieldError('group', 'name') }), _jsx("button", { type: "submit", className: "button-secondary", children: t('structure.group.add') })] })] }))] }), _jsxs("section", { "aria-labelledby": "subjects-heading", children: [_jsx("h2", { id: "subjects-heading", children: t('structure.subjects') }), subjects.state === 'ready' &&
                        (subjects.data.length === 0 ? (_jsx("p", { className: "empty", children: t('structure.subjects.empty') })) : (_jsx("ul", { className: "chips", children: subjects.data.map((s) => (_jsxs("li", { className: "chip", children: [_jsx("span", { children: s.name }), isAdministrator && (_jsx("button", { type: "button", className: "chip-remove", "aria-label": t('structure.deleteNamed', { name: s.name }), onClick: () => void send('delete', () => api.request('DELETE', `${base}/subjects/${s.id}`), reloadSubjects, () => { }), children: "\u00D7" }))] }, s.id))) }))), isAdministrator && (_jsxs("form", { onSubmit: addSubject, className: "inline-form", noValidate: true, children: [_jsx(TextField, { label: t('structure.subject.name'), value: subjectName, onChange: (e) => setSubjectName(e.target.value), error: fieldError('subject', 'name') }), _jsx("button", { type: "submit", className: "button", children: t('structure.subject.add') })] }))] }), _jsx(GroupsSection, { organizationId: organization.id, isAdministrator: isAdministrator })] }));
}
