import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "react/jsx-runtime";
import { useState } from 'react';
import { api } from '../api/client';
import { FormAlert, LoadError, Loading, SelectField, TextField } from '../components/Form';
import { useAction, useLoad } from '../components/hooks';
import { t } from '../i18n';
/**
 * Starting a chat: a class chat for the class teacher (or an administrator), a group chat for staff, a
 * direct chat for anyone with someone they can see. Refusals come back as the server's Russian text.
 */
export function NewChatPanel({ organizationId, isStaff, isAdministrator, me, onOpened }) {
    const base = `/api/organizations/${organizationId}`;
    const people = useLoad(() => api.get(`${base}/people`), `people-${organizationId}`);
    const classes = useLoad(() => (isStaff ? api.get(`${base}/classes`) : Promise.resolve([])), `classes-${organizationId}-${isStaff}`);
    if (people.state === 'loading' || classes.state === 'loading')
        return _jsx(Loading, {});
    if (people.state === 'error')
        return _jsx(LoadError, { title: people.error.title, onRetry: people.reload });
    const myClasses = classes.state === 'ready' ? classes.data.filter((c) => isAdministrator || c.classTeacherId === me) : [];
    // One person may hold two roles (a teacher who is also a parent): list them once.
    const unique = [...new Map(people.data.map((p) => [p.accountId, p])).values()];
    return (_jsxs("div", { className: "new-chat", children: [isStaff && _jsx(ClassChatForm, { base: base, classes: myClasses, onOpened: onOpened }), isStaff && _jsx(GroupChatForm, { base: base, people: unique, onOpened: onOpened }), isAdministrator && _jsx(TeamChatForm, { base: base, onOpened: onOpened }), _jsx(DirectChatForm, { base: base, people: unique, onOpened: onOpened })] }));
}
function ClassChatForm({ base, classes, onOpened }) {
    const [classId, setClassId] = useState(classes[0]?.id ?? '');
    const [audience, setAudience] = useState('students');
    const { error, busy, run } = useAction();
    function submit(event) {
        event.preventDefault();
        void run(async () => onOpened((await api.post(`${base}/chats/class`, { classId, audience })).id));
    }
    return (_jsxs("form", { className: "form card", onSubmit: submit, children: [_jsx("h3", { children: t('chats.create.classTitle') }), classes.length === 0 ? (_jsx("p", { className: "muted", children: t('chats.create.noClasses') })) : (_jsxs(_Fragment, { children: [_jsx(FormAlert, { title: error?.title }), _jsx(SelectField, { label: t('chats.create.class'), value: classId, onChange: (e) => setClassId(e.target.value), children: classes.map((c) => (_jsx("option", { value: c.id, children: c.name }, c.id))) }), _jsx(SelectField, { label: t('chats.create.audience'), value: audience, onChange: (e) => setAudience(e.target.value), children: ['students', 'parents', 'everyone'].map((a) => (_jsx("option", { value: a, children: t(`chats.create.audience.${a}`) }, a))) }), _jsx("button", { type: "submit", disabled: busy, children: t('chats.create.openClass') })] }))] }));
}
function GroupChatForm({ base, people, onOpened }) {
    const [title, setTitle] = useState('');
    const [description, setDescription] = useState('');
    const [filter, setFilter] = useState('');
    const [chosen, setChosen] = useState([]);
    const { error, busy, run } = useAction();
    const shown = people.filter((p) => p.fullName.toLocaleLowerCase('ru').includes(filter.trim().toLocaleLowerCase('ru')));
    function submit(event) {
        event.preventDefault();
        void run(async () => onOpened((await api.post(`${base}/chats/group`, { title, description: description || null, memberIds: chosen })).id));
    }
    return (_jsxs("form", { className: "form card", onSubmit: submit, children: [_jsx("h3", { children: t('chats.create.groupTitle') }), _jsx(FormAlert, { title: error && !error.field('title') && !error.field('memberIds') ? error.title : undefined }), _jsx(TextField, { label: t('chats.create.groupName'), value: title, onChange: (e) => setTitle(e.target.value), error: error?.field('title') }), _jsx(TextField, { label: t('chats.create.groupDescription'), value: description, onChange: (e) => setDescription(e.target.value), error: error?.field('description') }), _jsxs("fieldset", { children: [_jsx("legend", { children: t('chats.create.members') }), _jsx("p", { className: "hint", children: t('chats.create.membersHint') }), error?.field('memberIds') && _jsx("p", { className: "field-error", children: error.field('memberIds') }), _jsx(TextField, { label: t('chats.create.filter'), type: "search", value: filter, onChange: (e) => setFilter(e.target.value) }), _jsx("div", { className: "member-picker", children: shown.map((p) => (_jsxs("label", { className: "choice", children: [_jsx("input", { type: "checkbox", checked: chosen.includes(p.accountId), onChange: (e) => setChosen((list) => (e.target.checked ? [...list, p.accountId] : list.filter((id) => id !== p.accountId))) }), _jsxs("span", { children: [p.fullName, " ", _jsxs("span", { className: "muted", children: ["\u00B7 ", t(`org.role.${p.role}`)] })] })] }, p.accountId))) })] }), _jsx("button", { type: "submit", disabled: busy, children: t('chats.create.createGroup') })] }));
}
/** For administrators: the chat of a staff group, a methodological association, a club or the parents' committee (one per group). */
function TeamChatForm({ base, onOpened }) {
    const groups = useLoad(() => api.get(`${base}/groups`), `${base}/groups/team-chat`);
    const [groupId, setGroupId] = useState('');
    const { error, busy, run } = useAction();
    function submit(event) {
        event.preventDefault();
        if (!groupId)
            return;
        void run(async () => onOpened((await api.post(`${base}/chats/team`, { groupId })).id));
    }
    return (_jsxs("form", { className: "form card", onSubmit: submit, children: [_jsx("h3", { children: t('chats.create.teamTitle') }), groups.state === 'loading' ? (_jsx(Loading, {})) : groups.state === 'error' ? (_jsx(LoadError, { title: groups.error.title, onRetry: groups.reload })) : groups.data.length === 0 ? (_jsx("p", { className: "muted", children: t('chats.create.noGroups') })) : (_jsxs(_Fragment, { children: [_jsx("p", { className: "hint", children: t('chats.create.teamHint') }), _jsx(FormAlert, { title: error ? (error.field('groupId') ?? error.title) : undefined }), _jsxs(SelectField, { label: t('chats.create.group'), value: groupId, onChange: (e) => setGroupId(e.target.value), children: [_jsx("option", { value: "", children: t('chats.create.choose') }), groups.data.map((g) => (_jsxs("option", { value: g.id, children: [g.name, " \u00B7 ", t(`groupKind.${g.kind}`)] }, g.id)))] }), _jsx("button", { type: "submit", disabled: busy || !groupId, children: t('chats.create.openTeam') })] }))] }));
}
function DirectChatForm({ base, people, onOpened }) {
    const [accountId, setAccountId] = useState('');
    const { error, busy, run } = useAction();
    function submit(event) {
        event.preventDefault();
        if (!accountId)
            return;
        void run(async () => onOpened((await api.post(`${base}/chats/direct`, { accountId })).id));
    }
    return (_jsxs("form", { className: "form card", onSubmit: submit, children: [_jsx("h3", { children: t('chats.create.directTitle') }), people.length === 0 ? (_jsx("p", { className: "muted", children: t('chats.create.noPeople') })) : (_jsxs(_Fragment, { children: [_jsx(FormAlert, { title: error ? (error.field('accountId') ?? error.title) : undefined }), _jsxs(SelectField, { label: t('chats.create.person'), value: accountId, onChange: (e) => setAccountId(e.target.value), children: [_jsx("option", { value: "", children: t('chats.create.choose') }), people.map((p) => (_jsxs("option", { value: p.accountId, children: [p.fullName, " \u00B7 ", t(`org.role.${p.role}`)] }, p.accountId)))] }), _jsx("button", { type: "submit", disabled: busy || !accountId, children: t('chats.create.openDirect') })] }))] }));
}
