import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { api } from '../api/client';
import { FormAlert, LoadError, Loading } from '../components/Form';
import { useAction, useLoad, useTitle } from '../components/hooks';
import { t } from '../i18n';
/** ID-3/ID-8: a parent confirms a young child's registration from the e-mailed link, consenting to processing. */
export function ConsentPage() {
    useTitle(t('consent.title'));
    const { token = '' } = useParams();
    const url = `/api/consent/${encodeURIComponent(token)}`;
    const pending = useLoad(() => api.get(url), token);
    const [consent, setConsent] = useState(false);
    const [done, setDone] = useState(false);
    const { error, busy, run } = useAction({ onDone: () => setDone(true) });
    if (done)
        return _jsx("article", { className: "narrow", children: _jsx("p", { role: "status", children: t('consent.done') }) });
    if (pending.state === 'loading')
        return _jsx(Loading, {});
    if (pending.state === 'error')
        return _jsx(LoadError, { title: pending.error.title });
    const submit = (event) => {
        event.preventDefault();
        void run(() => api.post(url, { consent }));
    };
    return (_jsxs("article", { className: "narrow", children: [_jsx("h1", { children: t('consent.title') }), _jsx("p", { children: t('consent.who', { child: pending.data.childName, className: pending.data.className, school: pending.data.organizationShortName }) }), _jsx(FormAlert, { title: error?.title }), _jsxs("form", { onSubmit: submit, className: "form", noValidate: true, children: [_jsxs("label", { className: "choice", children: [_jsx("input", { type: "checkbox", checked: consent, onChange: (e) => setConsent(e.target.checked) }), t('consent.check')] }), error?.field('consent') && _jsx("p", { className: "field-error", children: error.field('consent') }), _jsx("button", { type: "submit", className: "button", disabled: busy, children: t('consent.submit') })] })] }));
}
