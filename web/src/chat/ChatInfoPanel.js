import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "react/jsx-runtime";
import { useEffect, useId, useRef, useState } from 'react';
import { api } from '../api/client';
import { FormAlert, focusFirstInvalid, LoadError, Loading, SelectField, TextArea, TextField } from '../components/Form';
import { useAction, useLoad } from '../components/hooks';
import { t } from '../i18n';
import { ChatAvatar } from './ChatAvatar';
import { AvatarEditor } from './AvatarEditor';
import './chat-ui.css';
/**
 * MSG-1/MSG-2: what the chat is and who is in it. The rights mirror the server: settings and the photo for the
 * chat's admins and the school's administrators (never in a direct chat); adding people in group chats for admins,
 * or everyone when the chat lets members invite; removing for admins; leaving for members of group chats.
 */
export function ChatInfoPanel({ organizationId, chat, me, isAdministrator, onClose, onLeft }) {
    const base = `/api/organizations/${organizationId}/chats/${chat.id}`;
    const canModerate = chat.isAdmin || isAdministrator;
    const canEdit = canModerate && chat.kind !== 'direct';
    const isGroup = chat.kind === 'group';
    const canInvite = isGroup && (chat.whoMayInvite === 'everyone' || canModerate);
    const members = useLoad(() => api.get(`${base}/members`), `members-${chat.id}`);
    const panel = useRef(null);
    const titleId = useId();
    const [adding, setAdding] = useState(false);
    const [notice, setNotice] = useState('');
    const leave = useAction({ onDone: onLeft });
    const removal = useAction({ onDone: members.reload });
    // Focus moves into the panel and comes back to the button that opened it.
    useEffect(() => {
        const opener = document.activeElement;
        panel.current?.querySelector('.chat-info-close')?.focus();
        return () => opener?.focus();
    }, []);
    function onKeyDown(event) {
        if (event.key === 'Escape') {
            event.stopPropagation();
            onClose();
        }
    }
    function remove(member) {
        if (!window.confirm(t('chats.info.removeConfirm', { name: member.fullName })))
            return;
        void removal.run(async () => {
            await api.request('DELETE', `${base}/members/${member.accountId}`);
            setNotice(t('chats.info.removed', { name: member.fullName }));
        });
    }
    return (_jsx("div", { className: "chat-info-backdrop", onClick: (e) => e.target === e.currentTarget && onClose(), children: _jsxs("div", { className: "chat-info", role: "dialog", "aria-modal": "true", "aria-labelledby": titleId, ref: panel, onKeyDown: onKeyDown, children: [_jsxs("div", { className: "chat-info-head", children: [_jsx("h2", { id: titleId, children: t('chats.info.title') }), _jsx("button", { type: "button", className: "button-secondary button-small chat-info-close", onClick: onClose, children: t('chats.info.close') })] }), _jsx("p", { className: "sr-only", role: "status", children: notice }), _jsxs("div", { className: "chat-info-summary", children: [_jsx(ChatAvatar, { chat: chat, large: true }), _jsxs("div", { children: [_jsx("p", { className: "chat-info-name", children: chat.title }), _jsx("p", { className: "muted", children: t(`chats.kind.${chat.kind}`) }), chat.description && _jsx("p", { className: "prewrap", children: chat.description })] })] }), canEdit && _jsx(AvatarEditor, { base: base, hasAvatar: Boolean(chat.avatarUrl), onChanged: setNotice }), canEdit && _jsx(SettingsForm, { base: base, chat: chat, onSaved: () => setNotice(t('chats.info.saved')) }), _jsxs("section", { "aria-labelledby": `${titleId}-members`, children: [_jsxs("h3", { id: `${titleId}-members`, children: [t('chats.info.members'), members.state === 'ready' && _jsxs("span", { className: "muted", children: [" \u00B7 ", members.data.length] })] }), canInvite && !adding && (_jsx("button", { type: "button", className: "button-secondary button-small", onClick: () => setAdding(true), children: t('chats.info.add') })), adding && members.state === 'ready' && (_jsx(AddMembers, { organizationId: organizationId, base: base, present: members.data.map((m) => m.accountId), onCancel: () => setAdding(false), onAdded: (count) => {
                                setAdding(false);
                                setNotice(t('chats.info.added', { count: String(count) }));
                                members.reload();
                            } })), !isGroup && chat.kind !== 'direct' && _jsx("p", { className: "hint", children: t(chat.kind === 'channel' ? 'chats.info.channelRoster' : 'chats.info.roster') }), removal.error && _jsx(FormAlert, { title: removal.error.title }), members.state === 'loading' ? (_jsx(Loading, {})) : members.state === 'error' ? (_jsx(LoadError, { title: members.error.title, onRetry: members.reload })) : (_jsx("ul", { className: "chat-members", children: members.data.map((member) => (_jsxs("li", { children: [_jsxs("span", { className: "chat-member-name", children: [member.fullName, member.accountId === me && _jsxs("span", { className: "muted", children: [" (", t('chats.you'), ")"] })] }), _jsxs("span", { className: "chat-member-badges", children: [_jsx("span", { className: "badge badge-small", children: t(`org.role.${member.role}`) }), member.isAdmin && _jsx("span", { className: "badge badge-small badge-admin", children: t('chats.info.admin') }), member.verifiedTeacher && _jsxs("span", { className: "badge badge-small badge-verified", children: ["\u2713 ", t('chats.verifiedTeacher')] })] }), isGroup && canModerate && member.accountId !== me && (_jsx("button", { type: "button", className: "link-button link-danger", "aria-label": t('chats.info.removeNamed', { name: member.fullName }), onClick: () => remove(member), children: t('chats.info.remove') }))] }, member.accountId))) }))] }), isGroup && (_jsxs("section", { className: "chat-info-leave", children: [leave.error && _jsx(FormAlert, { title: leave.error.title }), _jsx("button", { type: "button", className: "button-secondary link-danger", disabled: leave.busy, onClick: () => {
                                if (window.confirm(t('chats.info.leaveConfirm')))
                                    void leave.run(() => api.request('DELETE', `${base}/members/${me}`));
                            }, children: t('chats.info.leave') })] }))] }) }));
}
function SettingsForm({ base, chat, onSaved }) {
    const [title, setTitle] = useState(chat.title);
    const [description, setDescription] = useState(chat.description ?? '');
    const [whoMayWrite, setWhoMayWrite] = useState(chat.whoMayWrite);
    const [whoMayInvite, setWhoMayInvite] = useState(chat.whoMayInvite);
    const [history, setHistory] = useState(chat.newMembersSeeHistory);
    const form = useRef(null);
    const { error, busy, run } = useAction({ onDone: onSaved, onError: () => focusFirstInvalid(form.current) });
    const isGroup = chat.kind === 'group';
    function submit(event) {
        event.preventDefault();
        void run(() => api.request('PATCH', base, {
            title,
            description,
            whoMayWrite: chat.kind === 'channel' ? null : whoMayWrite,
            whoMayInvite: isGroup ? whoMayInvite : null,
            newMembersSeeHistory: isGroup ? history : null,
        }));
    }
    const generic = error && !error.field('title') && !error.field('description') ? error.title : undefined;
    return (_jsxs("form", { className: "form chat-settings", ref: form, onSubmit: submit, children: [_jsx("h3", { children: t('chats.info.settings') }), _jsx(FormAlert, { title: generic }), _jsx(TextField, { label: t('chats.info.name'), value: title, maxLength: 200, onChange: (e) => setTitle(e.target.value), error: error?.field('title') }), _jsx(TextArea, { label: t('chats.info.description'), value: description, rows: 2, onChange: (e) => setDescription(e.target.value), error: error?.field('description') }), chat.kind !== 'channel' && (_jsxs(SelectField, { label: t('chats.info.whoMayWrite'), value: whoMayWrite, onChange: (e) => setWhoMayWrite(e.target.value), error: error?.field('whoMayWrite'), children: [_jsx("option", { value: "everyone", children: t('chats.info.everyone') }), _jsx("option", { value: "admins", children: t('chats.info.adminsOnly') })] })), isGroup && (_jsxs(_Fragment, { children: [_jsxs(SelectField, { label: t('chats.info.whoMayInvite'), value: whoMayInvite, onChange: (e) => setWhoMayInvite(e.target.value), error: error?.field('whoMayInvite'), children: [_jsx("option", { value: "everyone", children: t('chats.info.everyone') }), _jsx("option", { value: "admins", children: t('chats.info.adminsOnly') })] }), _jsxs("label", { className: "choice", children: [_jsx("input", { type: "checkbox", checked: history, onChange: (e) => setHistory(e.target.checked) }), " ", t('chats.info.history')] })] })), _jsx("button", { type: "submit", disabled: busy, children: t('chats.info.save') })] }));
}
/** A people picker over the organization's people not yet in the chat; the server refuses whom the caller may not add. */
function AddMembers({ organizationId, base, present, onCancel, onAdded }) {
    const people = useLoad(() => api.get(`/api/organizations/${organizationId}/people`), `people-${organizationId}`);
    const [filter, setFilter] = useState('');
    const [chosen, setChosen] = useState([]);
    const { error, busy, run } = useAction();
    if (people.state === 'loading')
        return _jsx(Loading, {});
    if (people.state === 'error')
        return _jsx(LoadError, { title: people.error.title, onRetry: people.reload });
    const candidates = [...new Map(people.data.filter((p) => !present.includes(p.accountId)).map((p) => [p.accountId, p])).values()];
    const needle = filter.trim().toLocaleLowerCase('ru');
    const shown = candidates.filter((p) => p.fullName.toLocaleLowerCase('ru').includes(needle));
    function submit(event) {
        event.preventDefault();
        void run(async () => {
            await api.post(`${base}/members`, { accountIds: chosen });
            onAdded(chosen.length);
        });
    }
    return (_jsxs("form", { className: "form chat-add-members", onSubmit: submit, children: [_jsxs("fieldset", { children: [_jsx("legend", { children: t('chats.info.addTitle') }), error && _jsx(FormAlert, { title: error.field('accountIds') ?? error.title }), candidates.length === 0 ? (_jsx("p", { className: "empty-state", children: t('chats.info.nobodyToAdd') })) : (_jsxs(_Fragment, { children: [_jsx(TextField, { label: t('chats.create.filter'), type: "search", value: filter, onChange: (e) => setFilter(e.target.value) }), _jsxs("div", { className: "member-picker", children: [shown.length === 0 && _jsx("p", { className: "muted", children: t('chats.info.noMatch') }), shown.map((p) => (_jsxs("label", { className: "choice", children: [_jsx("input", { type: "checkbox", checked: chosen.includes(p.accountId), onChange: (e) => setChosen((list) => (e.target.checked ? [...list, p.accountId] : list.filter((id) => id !== p.accountId))) }), _jsxs("span", { children: [p.fullName, " ", _jsxs("span", { className: "muted", children: ["\u00B7 ", t(`org.role.${p.role}`)] })] })] }, p.accountId)))] })] }))] }), _jsxs("div", { className: "composer-row", children: [_jsx("button", { type: "submit", disabled: busy || chosen.length === 0, children: chosen.length > 0 ? t('chats.info.addChosen', { count: String(chosen.length) }) : t('chats.info.addNone') }), _jsx("button", { type: "button", className: "button-secondary", onClick: onCancel, children: t('chats.cancel') })] })] }));
}
