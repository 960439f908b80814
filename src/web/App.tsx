/**
 * Routes. Every page is a lazily loaded chunk; the sign-in page is public, the rest sits behind
 * RequireAuth inside the application layout.
 */
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { RequireAuth, RequirePermission } from './auth/guards.tsx';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { PageLoading } from './components/PageLoading.tsx';
import { PERMISSIONS } from './layout/nav.tsx';

const LoginPage = lazy(() => import('./pages/LoginPage.tsx'));
const AppLayout = lazy(() => import('./layout/AppLayout.tsx'));
const WorkbenchPage = lazy(() => import('./pages/WorkbenchPage.tsx'));
const EnterpriseListPage = lazy(() => import('./pages/enterprises/EnterpriseListPage.tsx'));
const EnterpriseDetailPage = lazy(() => import('./pages/enterprises/EnterpriseDetailPage.tsx'));
const PlaceholderPage = lazy(() => import('./pages/PlaceholderPage.tsx'));
const LawsPage = lazy(() => import('./pages/legal/LawsPage.tsx'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage.tsx'));

export function App() {
  return (
    <ErrorBoundary>
      <Suspense fallback={<PageLoading fullScreen />}>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route
            element={
              <RequireAuth>
                <AppLayout />
              </RequireAuth>
            }
          >
            <Route index element={<WorkbenchPage />} />
            <Route path="enterprises" element={<RequirePermission permission={PERMISSIONS.enterpriseRead} />}>
              <Route index element={<EnterpriseListPage />} />
              <Route path=":id" element={<EnterpriseDetailPage />} />
            </Route>
            <Route path="laws" element={<RequirePermission permission={PERMISSIONS.legalRead} />}>
              <Route index element={<LawsPage />} />
            </Route>
            <Route path="cases" element={<RequirePermission permission={PERMISSIONS.caseRead} />}>
              <Route index element={<PlaceholderPage title="案件" description="行政处罚案件办理将在此提供。" />} />
            </Route>
            <Route path="admin" element={<RequirePermission permission={PERMISSIONS.userManage} />}>
              <Route index element={<PlaceholderPage title="系统管理" description="用户、组织机构与执法事项目录管理将在此提供。" />} />
            </Route>
            <Route path="workbench" element={<Navigate to="/" replace />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </Suspense>
    </ErrorBoundary>
  );
}
