import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { Layout } from './components/Layout';
import { SessionProvider } from './session';
import { LandingPage } from './pages/LandingPage';
import { ApplyPage } from './pages/ApplyPage';
import { TrackPage } from './pages/TrackPage';
import { LoginPage } from './pages/LoginPage';
import { SetupPage } from './pages/SetupPage';
import { OperatorArea } from './pages/OperatorArea';
import { OperatorQueuePage } from './pages/OperatorQueuePage';
import { OperatorApplicationPage } from './pages/OperatorApplicationPage';
import { OperatorOutboxPage } from './pages/OperatorOutboxPage';
import { InvitePage } from './pages/InvitePage';
import { OrganizationLayout } from './pages/OrganizationLayout';
import { OrganizationOverview } from './pages/OrganizationOverview';
import { StructurePage } from './pages/StructurePage';
import { StaffPage } from './pages/StaffPage';
import { LinksPage } from './pages/LinksPage';
import { ModerationPage } from './pages/ModerationPage';
import { JoinPage } from './pages/JoinPage';
import { ChatInvitePage } from './pages/ChatInvitePage';
import { AccountPage } from './pages/AccountPage';
import { ProfilePage } from './pages/ProfilePage';
import { ClassPage } from './pages/ClassPage';
import { PrintLinkPage } from './pages/PrintLinkPage';
import { ImportPage } from './pages/ImportPage';
import { PeoplePage } from './pages/PeoplePage';
import { ChatsPage } from './pages/ChatsPage';
import { ParentWaitingGate } from './pages/ParentWaitingGate';
import { ConsentPage } from './pages/ConsentPage';
import { PublicOrganizationPage } from './pages/PublicOrganizationPage';
import { NotFoundPage } from './pages/NotFoundPage';

export function App() {
  return (
    <SessionProvider>
      <BrowserRouter>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<LandingPage />} />
            <Route path="apply" element={<ApplyPage />} />
            <Route path="track/:token" element={<TrackPage />} />
            <Route path="login" element={<LoginPage />} />
            <Route path="setup/:token" element={<SetupPage />} />
            <Route path="invite/:token" element={<InvitePage />} />
            <Route path="join/:token" element={<JoinPage />} />
            <Route path="chat-invite/:token" element={<ChatInvitePage />} />
            <Route path="account" element={<AccountPage />} />
            <Route path="consent/:token" element={<ConsentPage />} />
            <Route path="org/:id" element={<OrganizationLayout />}>
              <Route index element={<OrganizationOverview />} />
              <Route path="structure" element={<StructurePage />} />
              <Route path="profile" element={<ProfilePage />} />
              <Route path="classes/:classId" element={<ClassPage />} />
              <Route path="links/:linkId/print" element={<PrintLinkPage />} />
              <Route path="import" element={<ImportPage />} />
              <Route path="people" element={<PeoplePage />} />
              <Route path="chats/:chatId?" element={<ParentWaitingGate><ChatsPage /></ParentWaitingGate>} />
              <Route path="staff" element={<StaffPage />} />
              <Route path="links" element={<LinksPage />} />
              <Route path="moderation" element={<ModerationPage />} />
            </Route>
            <Route path="o/:slug" element={<PublicOrganizationPage />} />
            <Route path="operator" element={<OperatorArea />}>
              <Route index element={<OperatorQueuePage />} />
              <Route path="applications/:id" element={<OperatorApplicationPage />} />
              <Route path="outbox" element={<OperatorOutboxPage />} />
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </SessionProvider>
  );
}
