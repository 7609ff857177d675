import { useSyncExternalStore } from 'react';
import {
  getConnectionState,
  subscribeConnection,
  type ConnectionState,
} from '../storage/connection';

/** This tab's database connection state, re-rendering when it changes. */
export function useConnectionState(): ConnectionState {
  return useSyncExternalStore(subscribeConnection, getConnectionState);
}
