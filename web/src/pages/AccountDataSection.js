import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "react/jsx-runtime";
import { useState } from 'react';
import { api } from '../api/client';
import { formatDateTime } from '../components/format';
import { TextField } from '../components/Form';
import { useAction, useLoad } from '../components/hooks';
import { t } from '../i18n';
/** ID-8 for the person: download everything kept about them; ask for deletion with a grace period, or cancel it. */
export function AccountDataSection() {
    const deletion = useLoad(() => api.get('/api/account/deletion'), 'deletion');
    const [password, setPassword] = useState('');
    const { error, run } = useAction({ onDone: () => { setPassword(''); deletion.reload(); } });
    const request = (event) => {
        event.preventDefault();
        void run(() => api.post('/api/account/deletion', { password }));
    };
    return (_jsxs(_Fragment, { children: [_jsxs("section", { "aria-labelledby": "data-heading", children: [_jsx("h2", { id: "data-heading", children: t('account.data') }), _jsx("p", { children: t('account.data.text') }), _jsx("p", { children: _jsx("a", { className: "button-secondary", href: "/api/account/export", download: true, children: t('account.data.download') }) })] }), _jsxs("section", { "aria-labelledby": "delete-heading", children: [_jsx("h2", { id: "delete-heading", children: t('account.delete') }), deletion.state === 'ready' && deletion.data.deleteAfter ? (_jsxs(_Fragment, { children: [_jsx("p", { role: "status", children: t('account.delete.pending', { date: formatDateTime(deletion.data.deleteAfter) }) }), _jsx("button", { type: "button", className: "button", onClick: () => void run(() => api.request('DELETE', '/api/account/deletion')), children: t('account.delete.cancel') })] })) : (_jsxs("form", { onSubmit: request, className: "form", noValidate: true, children: [_jsx("p", { children: t('account.delete.text') }), _jsx(TextField, { label: t('account.delete.password'), type: "password", autoComplete: "current-password", value: password, onChange: (e) => setPassword(e.target.value), error: error?.field('password') }), _jsx("button", { type: "submit", className: "button button-danger", children: t('account.delete.submit') })] }))] })] }));
}
