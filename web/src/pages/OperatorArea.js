import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "react/jsx-runtime";
import { Link, NavLink, Outlet } from 'react-router-dom';
import { Loading } from '../components/Form';
import { t } from '../i18n';
import { useSession } from '../session';
/** The operators' section: its own navigation; everyone else is told plainly that it is not for them. */
export function OperatorArea() {
    const { session } = useSession();
    if (!session)
        return _jsx(Loading, {});
    if (!session.user?.isOperator)
        return (_jsxs("div", { role: "alert", className: "alert", children: [_jsx("strong", { children: t('operator.noAccess') }), !session.authenticated && (_jsx("p", { children: _jsx(Link, { to: "/login", children: t('app.signIn') }) }))] }));
    return (_jsxs(_Fragment, { children: [_jsxs("nav", { "aria-label": t('operator.nav'), className: "subnav", children: [_jsx(NavLink, { to: "/operator", end: true, children: t('operator.nav.queue') }), _jsx(NavLink, { to: "/operator/outbox", children: t('operator.nav.outbox') })] }), _jsx(Outlet, {})] }));
}
