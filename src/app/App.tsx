import { Router } from 'wouter';
import { Layout } from './Layout';
import { AppRoutes } from './routes';

export function App() {
  return (
    <Router>
      <Layout>
        <AppRoutes />
      </Layout>
    </Router>
  );
}
