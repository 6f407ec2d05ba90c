import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "react/jsx-runtime";
import { useState } from 'react';
import { api, ApiError, uploadForm } from '../api/client';
import { FormAlert, TextField } from '../components/Form';
import { useTitle } from '../components/hooks';
import { t } from '../i18n';
import { useOrganization } from './OrganizationLayout';
/** ORG-5: upload (with progress), a preview with errors by file and line, then apply — all or nothing. */
export function ImportPage() {
    useTitle(t('import.title'));
    const { organization } = useOrganization();
    const base = `/api/organizations/${organization.id}/imports`;
    const [file, setFile] = useState(null);
    const [progress, setProgress] = useState(null);
    const [preview, setPreview] = useState();
    const [result, setResult] = useState();
    const [error, setError] = useState();
    const [applying, setApplying] = useState(false);
    const check = async (event) => {
        event.preventDefault();
        if (!file)
            return;
        setError(undefined);
        setPreview(undefined);
        setResult(undefined);
        const body = new FormData();
        body.append('file', file);
        setProgress(0);
        try {
            setPreview(await uploadForm(base, body, setProgress));
        }
        catch (failure) {
            if (!(failure instanceof ApiError))
                throw failure;
            setError(failure);
        }
        finally {
            setProgress(null);
        }
    };
    const apply = async () => {
        setApplying(true);
        setError(undefined);
        try {
            setResult(await api.post(`${base}/${preview.importId}/apply`));
            setPreview(undefined);
        }
        catch (failure) {
            if (!(failure instanceof ApiError))
                throw failure;
            setError(failure);
        }
        finally {
            setApplying(false);
        }
    };
    return (_jsxs("article", { children: [_jsx("h2", { children: t('import.title') }), _jsx("p", { children: t('import.intro') }), _jsx("p", { className: "hint", children: t('import.format') }), _jsx(FormAlert, { title: error?.title, detail: error?.detail }), _jsxs("form", { onSubmit: check, className: "form", noValidate: true, children: [_jsx(TextField, { label: t('import.file'), hint: t('import.file.hint'), type: "file", accept: ".csv,.zip,text/csv,application/zip", onChange: (e) => setFile(e.target.files?.[0] ?? null), error: error?.field('file') }), progress !== null && (_jsx("div", { className: "progress", role: "status", children: _jsxs("label", { children: [t('import.progress'), ": ", Math.round(progress * 100), "%", _jsx("progress", { max: 1, value: progress })] }) })), _jsx("button", { type: "submit", className: "button", disabled: !file || progress !== null, children: t('import.check') })] }), result && (_jsx("p", { role: "status", className: "empty", children: t('import.done', { classes: String(result.classesCreated), invitations: String(result.invitationsSent) }) })), preview && (_jsxs("section", { "aria-labelledby": "preview-heading", children: [_jsx("h3", { id: "preview-heading", children: t('import.preview') }), _jsx("p", { children: t('import.counts', {
                            people: String(preview.people), teachers: String(preview.teachers), students: String(preview.students), parents: String(preview.parents),
                        }) }), preview.newClasses.length > 0 && _jsx("p", { children: t('import.newClasses', { classes: preview.newClasses.join(', ') }) }), Number(preview.errorCount) > 0 ? (_jsxs(_Fragment, { children: [_jsx("p", { role: "alert", className: "alert", children: _jsx("strong", { children: t('import.errors', { count: String(preview.errorCount) }) }) }), _jsx("div", { className: "table-scroll", children: _jsxs("table", { children: [_jsx("thead", { children: _jsxs("tr", { children: [_jsx("th", { scope: "col", children: t('import.col.file') }), _jsx("th", { scope: "col", children: t('import.col.line') }), _jsx("th", { scope: "col", children: t('import.col.message') })] }) }), _jsx("tbody", { children: preview.errors.map((e, i) => (_jsxs("tr", { children: [_jsx("td", { children: e.file }), _jsx("td", { children: e.line }), _jsx("td", { children: e.message })] }, i))) })] }) })] })) : (_jsx("button", { type: "button", className: "button", disabled: applying, onClick: () => void apply(), children: applying ? t('import.applying') : t('import.apply') }))] }))] }));
}
