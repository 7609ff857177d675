/**
 * Stands in for vite-plugin-pwa's virtual module in unit and component
 * tests (it exists only inside a Vite build with the plugin). Tests that
 * need its behaviour mock it with vi.mock('virtual:pwa-register/react').
 */
export function useRegisterSW(): never {
  throw new Error('Mock virtual:pwa-register/react in this test');
}
