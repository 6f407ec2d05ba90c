import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "react/jsx-runtime";
import { useEffect, useState } from 'react';
import { api, ApiError } from '../api/client';
import { formatDateTime } from '../components/format';
import { FormAlert, LoadError, Loading, SelectField, TextField } from '../components/Form';
import { useLoad, useTitle } from '../components/hooks';
import { t } from '../i18n';
import { useOrganization } from './OrganizationLayout';
const days = [1, 2, 3, 4, 5, 6, 7];
/** ORG-3 profile, the structure-complete mark (ORG-4) and more administrators. */
export function ProfilePage() {
    useTitle(t('profile.title'));
    const { organization, isAdministrator } = useOrganization();
    const base = `/api/organizations/${organization.id}`;
    const loaded = useLoad(() => api.get(`${base}/profile`), base);
    const zones = useLoad(() => api.get('/api/reference/time-zones'), 'zones');
    const [profile, setProfile] = useState();
    const [error, setError] = useState();
    const [notice, setNotice] = useState('');
    const [admin, setAdmin] = useState({ fullName: '', phone: '', email: '' });
    const [adminError, setAdminError] = useState();
    const data = loaded.state === 'ready' ? loaded.data : undefined;
    useEffect(() => {
        if (data)
            setProfile(data);
    }, [data]);
    if (loaded.state === 'error')
        return _jsx(LoadError, { title: loaded.error.title });
    if (!profile)
        return _jsx(Loading, {});
    const set = (name, value) => setProfile({ ...profile, [name]: value });
    async function save(action, done) {
        setError(undefined);
        setNotice('');
        try {
            setProfile(await action());
            setNotice(done);
        }
        catch (failure) {
            if (!(failure instanceof ApiError))
                throw failure;
            setError(failure);
        }
    }
    const submit = (event) => {
        event.preventDefault();
        void save(() => api.request('PUT', `${base}/profile`, profile), t('profile.saved'));
    };
    const inviteAdmin = async (event) => {
        event.preventDefault();
        setAdminError(undefined);
        try {
            await api.post(`${base}/administrators`, admin);
            setAdmin({ fullName: '', phone: '', email: '' });
            setNotice(t('profile.admins.sent'));
        }
        catch (failure) {
            if (!(failure instanceof ApiError))
                throw failure;
            setAdminError(failure);
        }
    };
    return (_jsxs("article", { children: [_jsx("h2", { children: t('profile.title') }), _jsx(FormAlert, { title: error?.title }), _jsx("p", { role: "status", children: notice }), _jsx("form", { onSubmit: submit, className: "form", noValidate: true, children: _jsxs("fieldset", { disabled: !isAdministrator, children: [_jsx(TextField, { label: t('profile.address'), value: profile.address ?? '', onChange: (e) => set('address', e.target.value), error: error?.field('address'), autoComplete: "street-address" }), _jsx(TextField, { label: t('profile.website'), hint: t('profile.website.hint'), type: "url", value: profile.website ?? '', onChange: (e) => set('website', e.target.value), error: error?.field('website') }), _jsx(TextField, { label: t('profile.journal'), hint: t('profile.journal.hint'), type: "url", value: profile.eJournalUrl ?? '', onChange: (e) => set('eJournalUrl', e.target.value), error: error?.field('eJournalUrl') }), _jsx(SelectField, { label: t('profile.timeZone'), value: profile.timeZone, onChange: (e) => set('timeZone', e.target.value), error: error?.field('timeZone'), children: zones.state === 'ready' && zones.data.map((z) => (_jsx("option", { value: z.id, children: z.name }, z.id))) }), _jsxs("div", { className: "inline-form", children: [_jsx(TextField, { label: t('profile.workdayStart'), type: "time", value: profile.workdayStart, onChange: (e) => set('workdayStart', e.target.value), error: error?.field('workdayStart') }), _jsx(TextField, { label: t('profile.workdayEnd'), type: "time", value: profile.workdayEnd, onChange: (e) => set('workdayEnd', e.target.value), error: error?.field('workdayEnd') })] }), _jsx("p", { className: "hint", children: t('profile.hours.hint') }), _jsxs("fieldset", { className: error?.field('workingDays') ? 'field field-invalid' : 'field', children: [_jsx("legend", { className: "label", children: t('profile.days') }), _jsx("div", { className: "days", children: days.map((day) => (_jsxs("label", { className: "choice", children: [_jsx("input", { type: "checkbox", checked: profile.workingDays.includes(day), onChange: () => set('workingDays', profile.workingDays.includes(day) ? profile.workingDays.filter((d) => d !== day) : [...profile.workingDays, day].sort()) }), t(`day.${day}`)] }, day))) }), error?.field('workingDays') && _jsx("p", { className: "field-error", children: error.field('workingDays') })] }), _jsxs("label", { className: "choice", children: [_jsx("input", { type: "checkbox", checked: profile.primaryGradesOpen, onChange: (e) => set('primaryGradesOpen', e.target.checked), "aria-describedby": "primary-hint" }), t('profile.primary')] }), _jsx("p", { className: "hint", id: "primary-hint", children: t('profile.primary.hint') }), isAdministrator && (_jsx("button", { type: "submit", className: "button", children: t('profile.save') }))] }) }), _jsxs("section", { "aria-labelledby": "structure-heading", children: [_jsx("h2", { id: "structure-heading", children: t('profile.structure') }), profile.structureCompletedAt ? (_jsx("p", { children: t('profile.structure.done', { date: formatDateTime(profile.structureCompletedAt) }) })) : (_jsxs(_Fragment, { children: [_jsx("p", { children: t('profile.structure.text') }), isAdministrator && (_jsx("button", { type: "button", className: "button-secondary", onClick: () => void save(() => api.post(`${base}/structure/complete`), ''), children: t('profile.structure.complete') }))] }))] }), isAdministrator && (_jsxs("section", { "aria-labelledby": "admins-heading", children: [_jsx("h2", { id: "admins-heading", children: t('profile.admins') }), _jsx("p", { children: t('profile.admins.text') }), _jsx(FormAlert, { title: adminError?.title }), _jsxs("form", { onSubmit: inviteAdmin, className: "form", noValidate: true, children: [_jsx(TextField, { label: t('profile.admins.fullName'), value: admin.fullName, onChange: (e) => setAdmin({ ...admin, fullName: e.target.value }), error: adminError?.field('fullName') }), _jsx(TextField, { label: t('profile.admins.phone'), type: "tel", inputMode: "tel", value: admin.phone, onChange: (e) => setAdmin({ ...admin, phone: e.target.value }), error: adminError?.field('phone') }), _jsx(TextField, { label: t('profile.admins.email'), type: "email", value: admin.email, onChange: (e) => setAdmin({ ...admin, email: e.target.value }), error: adminError?.field('email') }), _jsx("button", { type: "submit", className: "button", children: t('profile.admins.submit') })] })] }))] }));
}
