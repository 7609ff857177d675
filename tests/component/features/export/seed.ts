/** One reflection with something in every part of the report. */
import { addAction, updateAction } from '../../../../src/storage/actions';
import { saveAnswer } from '../../../../src/storage/answers';
import { addReflection } from '../../../../src/storage/reflections';
import { importReview } from '../../../../src/storage/reviews';
import { makeReflection, makeReviewPack } from '../../../support/factories';

export const PRIVATE_NOTE = 'Private: ask the chief executive first';
export const HOSTILE_EVIDENCE = '=HYPERLINK("http://x","y")';

export async function seedReport({ withReview = true } = {}) {
  const reflection = makeReflection({
    organisationName: 'NHS Anytown ICB',
    area: 'Anytown and District',
    levels: ['service', 'system'],
    facilitator: 'Sam Okafor',
  });
  await addReflection(reflection);
  const id = reflection.id;
  await saveAnswer(id, 'service.space', {
    rating: 4,
    evidence: HOSTILE_EVIDENCE,
    groupsReached: ['careExperienced'],
    privateNotes: PRIVATE_NOTE,
  });
  await saveAnswer(id, 'service.voice', { rating: 0 });
  await saveAnswer(id, 'service.audience', { rating: 3 });
  await saveAnswer(id, 'system.influence', { rating: 'dontKnow' });
  const action = await addAction(id, 'service.voice');
  await updateAction(action.id, {
    text: 'Offer more ways to give views',
    owner: 'Participation lead',
    due: '2026-06-30',
    status: 'doing',
    feedbackToYoungPeople: 'You said, we did update at the July panel',
  });
  if (withReview) {
    await importReview(
      makeReviewPack({
        reflectionId: id,
        reviewer: 'Champion A',
        responses: [
          {
            cellId: 'service.space',
            verdict: 'disagree',
            rating: 1,
            comment: 'Not for us',
          },
        ],
        priorities: ['service.voice'],
        missing: 'Transport costs',
      }),
      1_700_000_000_000,
    );
  }
  return reflection;
}
