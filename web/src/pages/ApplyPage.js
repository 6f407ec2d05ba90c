import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, ApiError, uploadForm } from '../api/client';
import { focusFirstInvalid, FormAlert, SelectField, TextField } from '../components/Form';
import { useTitle } from '../components/hooks';
import { t } from '../i18n';
const maxDocumentBytes = 10 * 1024 * 1024;
const kinds = ['school', 'college', 'additional'];
const empty = {
    kind: 'school', fullName: '', shortName: '', regionCode: '', municipality: '', settlement: '',
    adminFullName: '', adminPhone: '', adminEmail: '', inn: '', kpp: '',
};
/** ORG-1: the public application form. The server decides what is valid; its messages appear beside the fields. */
export function ApplyPage() {
    useTitle(t('apply.title'));
    const [fields, setFields] = useState(empty);
    const [document, setDocument] = useState(null);
    const [regions, setRegions] = useState([]);
    const [errors, setErrors] = useState({});
    const [alert, setAlert] = useState();
    const [progress, setProgress] = useState(null);
    const [submitted, setSubmitted] = useState(null);
    const form = useRef(null);
    useEffect(() => {
        api.get('/api/reference/regions').then(setRegions, () => setAlert({ title: t('error.generic') }));
    }, []);
    const set = (name) => (event) => setFields((current) => ({ ...current, [name]: event.target.value }));
    function clientErrors() {
        const found = {};
        for (const [name, value] of Object.entries(fields))
            if (!value.trim())
                found[name] = t('apply.clientRequired');
        if (!document)
            found.document = t('apply.clientRequired');
        else if (document.size > maxDocumentBytes)
            found.document = t('apply.clientFileTooLarge');
        return found;
    }
    async function submit(event) {
        event.preventDefault();
        setAlert(undefined);
        const found = clientErrors();
        setErrors(found);
        if (Object.keys(found).length > 0) {
            focusFirstInvalid(form.current);
            return;
        }
        const body = new FormData();
        for (const [name, value] of Object.entries(fields))
            body.append(name, value);
        body.append('document', document);
        setProgress(0);
        try {
            setSubmitted(await uploadForm('/api/applications', body, setProgress));
        }
        catch (error) {
            if (!(error instanceof ApiError))
                throw error;
            setErrors(Object.fromEntries(Object.keys(error.errors).map((name) => [name, error.field(name)])));
            setAlert({ title: error.title, detail: error.detail });
            focusFirstInvalid(form.current);
        }
        finally {
            setProgress(null);
        }
    }
    if (submitted)
        return _jsx(Submitted, { token: submitted.trackingToken });
    const text = (name, label, extra = {}, hint) => (_jsx(TextField, { name: name, label: t(label), hint: hint && t(hint), value: fields[name], onChange: set(name), error: errors[name], required: true, ...extra }));
    return (_jsxs("article", { children: [_jsx("h1", { children: t('apply.title') }), _jsx("p", { children: t('apply.intro') }), _jsx(FormAlert, { title: alert?.title, detail: alert?.detail }), _jsxs("form", { ref: form, onSubmit: submit, noValidate: true, className: "form", children: [_jsxs("fieldset", { children: [_jsx("legend", { children: t('apply.section.organization') }), _jsxs("div", { className: errors.kind ? 'field field-invalid' : 'field', role: "radiogroup", "aria-label": t('apply.kind'), children: [_jsx("span", { className: "label", children: t('apply.kind') }), kinds.map((kind) => (_jsxs("label", { className: "choice", children: [_jsx("input", { type: "radio", name: "kind", value: kind, checked: fields.kind === kind, onChange: set('kind'), "aria-invalid": errors.kind ? true : undefined }), t(`apply.kind.${kind}`)] }, kind))), errors.kind && _jsx("p", { className: "field-error", children: errors.kind })] }), text('fullName', 'apply.fullName', { maxLength: 500 }, 'apply.fullName.hint'), text('shortName', 'apply.shortName', { maxLength: 120 }, 'apply.shortName.hint')] }), _jsxs("fieldset", { children: [_jsx("legend", { children: t('apply.section.location') }), _jsxs(SelectField, { name: "regionCode", label: t('apply.region'), value: fields.regionCode, onChange: set('regionCode'), error: errors.regionCode, required: true, children: [_jsx("option", { value: "", children: t('apply.region.choose') }), regions.map((region) => (_jsx("option", { value: region.code, children: region.name }, region.code)))] }), text('municipality', 'apply.municipality', { maxLength: 200 }, 'apply.municipality.hint'), text('settlement', 'apply.settlement', { maxLength: 200 })] }), _jsxs("fieldset", { children: [_jsx("legend", { children: t('apply.section.admin') }), text('adminFullName', 'apply.adminFullName', { autoComplete: 'name', maxLength: 200 }), text('adminPhone', 'apply.adminPhone', { type: 'tel', inputMode: 'tel', autoComplete: 'tel' }, 'apply.adminPhone.hint'), text('adminEmail', 'apply.adminEmail', { type: 'email', autoComplete: 'email' })] }), _jsxs("fieldset", { children: [_jsx("legend", { children: t('apply.section.details') }), text('inn', 'apply.inn', { inputMode: 'numeric', maxLength: 10 }, 'apply.inn.hint'), text('kpp', 'apply.kpp', { maxLength: 9, autoCapitalize: 'characters' }, 'apply.kpp.hint'), _jsx(TextField, { name: "document", type: "file", label: t('apply.document'), hint: t('apply.document.hint'), accept: "application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png", onChange: (event) => setDocument(event.target.files?.[0] ?? null), error: errors.document, required: true })] }), progress !== null && (_jsx("div", { className: "progress", role: "status", children: _jsxs("label", { children: [t('apply.progress'), ": ", Math.round(progress * 100), "%", _jsx("progress", { max: 1, value: progress })] }) })), _jsx("button", { type: "submit", className: "button", disabled: progress !== null, children: progress !== null ? t('apply.sending') : t('apply.submit') })] })] }));
}
function Submitted({ token }) {
    const url = `${window.location.origin}/track/${token}`;
    const [copied, setCopied] = useState(false);
    useTitle(t('apply.done.title'));
    return (_jsxs("article", { children: [_jsx("h1", { children: t('apply.done.title') }), _jsx("p", { children: t('apply.done.text') }), _jsx("p", { className: "tracking-link", children: _jsx(Link, { to: `/track/${token}`, children: url }) }), _jsxs("p", { children: [_jsx("button", { type: "button", className: "button-secondary", onClick: () => navigator.clipboard?.writeText(url).then(() => setCopied(true)), children: t('apply.done.copy') }), ' ', _jsx("span", { role: "status", children: copied ? t('apply.done.copied') : '' })] })] }));
}
