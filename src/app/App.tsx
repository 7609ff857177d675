import { Router } from 'wouter';
import { AppRoutes } from './routes';
import { Layout } from './Layout';

export function App() {
  return (
    <Router>
      <Layout>
        <AppRoutes />
      </Layout>
    </Router>
  );
}
