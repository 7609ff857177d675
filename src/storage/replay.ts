/**
 * Replays both write-ahead logs into IndexedDB: the organisation's typing
 * (answers, actions) and Champions' typing (reviews). Start-up loads this
 * only when the log holds something (./log-store), so a normal start does
 * not download the replay code.
 */
import { replayReviewLog } from './review-sessions';
import { replayLog } from './write-ahead';

export async function replayLogs(): Promise<void> {
  await Promise.all([replayLog(), replayReviewLog()]);
}
