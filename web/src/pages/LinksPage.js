import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { api } from '../api/client';
import { JoinLinkList } from '../components/JoinLinkList';
import { FormAlert, LoadError, Loading, TextField } from '../components/Form';
import { useAction, useLoad, useTitle } from '../components/hooks';
import { t } from '../i18n';
import { useOrganization } from './OrganizationLayout';
/** Staff invitation links: create with expiry and a use limit, copy, see who used them, revoke. */
export function LinksPage() {
    useTitle(t('links.title'));
    const { organization } = useOrganization();
    const base = `/api/organizations/${organization.id}/join-links`;
    const links = useLoad(() => api.get(base), base);
    const [days, setDays] = useState('14');
    const [maxUses, setMaxUses] = useState('');
    const { error, run } = useAction({ onDone: links.reload });
    const reload = links.reload;
    const create = (event) => {
        event.preventDefault();
        void run(() => api.post(base, { kind: 'staff', expiresInDays: Number(days), maxUses: maxUses ? Number(maxUses) : null }));
    };
    return (_jsxs("article", { children: [_jsx("h2", { children: t('links.title') }), _jsx("p", { children: t('links.intro') }), _jsx(FormAlert, { title: error?.title }), _jsxs("form", { onSubmit: create, className: "inline-form", noValidate: true, children: [_jsx(TextField, { label: t('links.days'), type: "number", min: 1, max: 90, inputMode: "numeric", value: days, onChange: (e) => setDays(e.target.value), error: error?.field('expiresInDays') }), _jsx(TextField, { label: t('links.maxUses'), hint: t('links.maxUses.hint'), type: "number", min: 1, max: 2000, inputMode: "numeric", value: maxUses, onChange: (e) => setMaxUses(e.target.value), error: error?.field('maxUses') }), _jsx("button", { type: "submit", className: "button", children: t('links.create') })] }), links.state === 'loading' && _jsx(Loading, {}), links.state === 'error' && _jsx(LoadError, { title: links.error.title }), links.state === 'ready' &&
                (links.data.filter((l) => l.kind === 'staff').length === 0 ? (_jsx("p", { className: "empty", children: t('links.empty') })) : (_jsx(JoinLinkList, { links: links.data.filter((l) => l.kind === 'staff'), revokeUrl: (l) => `${base}/${l.id}/revoke`, printUrl: (l) => `/org/${organization.id}/links/${l.id}/print`, onChanged: reload })))] }));
}
