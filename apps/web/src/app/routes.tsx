import { Outlet, Route, Routes } from 'react-router';
import { AuthForm } from '../features/auth/auth-form';
import { RequireAccount } from '../features/auth/require-account';
import { JoinPage } from '../features/join/join-page';
import { ParticipantPage } from '../features/participant/participant-page';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { later, ViewLoader } from './view-loader';

const board = () => import('../features/board/board-page');
const capture = () => import('../features/capture/capture-page');
const projector = () => import('../features/projector/projector-page');
const report = () => import('../features/report/report-page');
const StaffBoardPage = later(board, 'StaffBoardPage');
const MemberBoardPage = later(board, 'MemberBoardPage');
const StaffBoardProjectorPage = later(board, 'StaffBoardProjectorPage');
const MemberBoardProjectorPage = later(board, 'MemberBoardProjectorPage');
const CapturePage = later(capture, 'CapturePage');
const MemberCapturePage = later(capture, 'MemberCapturePage');
const ConsolePage = later(() => import('../features/console/console-page'), 'ConsolePage');
const AccountPage = later(() => import('../features/account/account-page'), 'AccountPage');
const DashboardPage = later(() => import('../features/dashboard/dashboard-page'), 'DashboardPage');
const StaffProjectorPage = later(projector, 'StaffProjectorPage');
const MemberProjectorPage = later(projector, 'MemberProjectorPage');
const ReportPage = later(report, 'ReportPage');
const MemberReportPage = later(report, 'MemberReportPage');
const ReviewPage = later(() => import('../features/report/review-page'), 'ReviewPage');
const NewMeetingPage = later(() => import('../features/setup/new-meeting-page'), 'NewMeetingPage');
const SetupPage = later(() => import('../features/setup/setup-page'), 'SetupPage');

/** Every route of the app. Facilitator screens need an account; participant screens need a member token. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="/sign-in" element={<AuthForm key="sign-in" mode="sign-in" />} />
        <Route path="/sign-up" element={<AuthForm key="sign-up" mode="sign-up" />} />
        <Route
          index
          element={
            <RequireAccount>
              <DashboardPage />
            </RequireAccount>
          }
        />
        <Route
          path="/account"
          element={
            <RequireAccount>
              <AccountPage />
            </RequireAccount>
          }
        />
        <Route
          path="/meetings/new"
          element={
            <RequireAccount>
              <NewMeetingPage />
            </RequireAccount>
          }
        />
        <Route
          path="/meetings/:id/setup"
          element={
            <RequireAccount>
              <SetupPage />
            </RequireAccount>
          }
        />
        <Route
          path="/meetings/:id/live"
          element={
            <RequireAccount>
              <ConsolePage />
            </RequireAccount>
          }
        />
        <Route
          path="/meetings/:id/board"
          element={
            <RequireAccount>
              <StaffBoardPage />
            </RequireAccount>
          }
        />
        <Route path="/m/:meetingId/board" element={<MemberBoardPage />} />
        <Route
          path="/meetings/:id/capture"
          element={
            <RequireAccount>
              <CapturePage />
            </RequireAccount>
          }
        />
        <Route
          path="/meetings/:id/report"
          element={
            <RequireAccount>
              <ReportPage />
            </RequireAccount>
          }
        />
        <Route path="/m/:meetingId/report" element={<MemberReportPage />} />
        <Route path="/review/:token" element={<ReviewPage />} />
        <Route path="/join" element={<JoinPage />} />
        <Route path="/join/:code" element={<JoinPage />} />
        <Route path="/m/:meetingId" element={<ParticipantPage />} />
        <Route path="/m/:meetingId/capture" element={<MemberCapturePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      {/* The projector fills the screen: no header, no navigation. */}
      <Route element={<ProjectorFrame />}>
        <Route
          path="/meetings/:id/projector"
          element={
            <RequireAccount>
              <StaffProjectorPage />
            </RequireAccount>
          }
        />
        <Route path="/m/:meetingId/projector" element={<MemberProjectorPage />} />
        <Route
          path="/meetings/:id/board/projector"
          element={
            <RequireAccount>
              <StaffBoardProjectorPage />
            </RequireAccount>
          }
        />
        <Route path="/m/:meetingId/board/projector" element={<MemberBoardProjectorPage />} />
      </Route>
    </Routes>
  );
}

/** A bare frame for full-screen views, still with one main landmark. */
function ProjectorFrame() {
  return (
    <main id="main" className="projector-frame">
      <ViewLoader>
        <Outlet />
      </ViewLoader>
    </main>
  );
}
