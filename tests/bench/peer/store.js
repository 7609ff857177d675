// The peer's storage: plain IndexedDB, one record per survey (its whole
// SurveyJS data object) and one per review, as a minimal app would do it.
const DB = 'peer-survey';

let opening;
export function openDb() {
  opening ??= new Promise((resolve, reject) => {
    const open = indexedDB.open(DB, 1);
    open.onupgradeneeded = () => {
      const db = open.result;
      db.createObjectStore('surveys', { keyPath: 'id' });
      db.createObjectStore('reviews', { keyPath: 'id' }).createIndex(
        'surveyId',
        'surveyId',
      );
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  return opening;
}

const done = (request) =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

export async function listSurveys() {
  const db = await openDb();
  return done(db.transaction('surveys').objectStore('surveys').getAll());
}

export async function getSurvey(id) {
  const db = await openDb();
  return done(db.transaction('surveys').objectStore('surveys').get(id));
}

export async function reviewsFor(id) {
  const db = await openDb();
  const index = db
    .transaction('reviews')
    .objectStore('reviews')
    .index('surveyId');
  return done(index.getAll(id));
}

/** Saves the survey's whole data object; resolves when the write commits. */
export async function saveSurvey(record) {
  const db = await openDb();
  const tx = db.transaction('surveys', 'readwrite');
  tx.objectStore('surveys').put(record);
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}
