// The peer: the same 28 cells (4 levels × 7 dimensions) as a SurveyJS
// rating question and comment question each, saved to IndexedDB on every
// change; a home page listing saved surveys; a results page with the
// ratings and the Champions' reviews merged. Plain JavaScript (no JSX) so it
// needs no build set-up beyond Vite.
//
//   /                 home: the saved surveys
//   /s/:id            the survey (one page per cell)
//   /s/:id/results    a table of the 28 ratings with the reviews merged
import { createElement as h, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Model } from 'survey-core';
import 'survey-core/survey-core.min.css';
import { Survey } from 'survey-react-ui';
import framework from '../../../locales/en-GB/framework.json';
import { CELLS } from '../cells.mjs';
import { getSurvey, listSurveys, reviewsFor, saveSurvey } from './store.js';

const cellText = (id) => {
  const [l, d] = id.split('.');
  return framework.cells[l][d];
};
const cellTitle = (id) => {
  const [l, d] = id.split('.');
  return `${framework.levels[l].name}: ${framework.dimensions[d].name}`;
};

function surveyJson() {
  return {
    textUpdateMode: 'onTyping',
    showQuestionNumbers: 'off',
    pages: CELLS.map((id) => ({
      name: id,
      title: cellTitle(id),
      description: cellText(id).headline,
      elements: [
        {
          type: 'rating',
          name: `${id}.rating`,
          title: 'How would you rate this?',
          rateValues: [0, 1, 2, 3, 4].map((v) => ({
            value: v,
            text: framework.ratings[v].label,
          })),
        },
        {
          type: 'comment',
          name: `${id}.evidence`,
          title: 'Evidence',
        },
      ],
    })),
  };
}

function Home() {
  const [items, setItems] = useState();
  useEffect(() => {
    listSurveys().then((rows) =>
      setItems(rows.sort((a, b) => b.updatedAt - a.updatedAt)),
    );
  }, []);
  return h(
    'main',
    null,
    h('h1', null, 'Your reflections'),
    h('a', { href: '/s/new' }, 'Start a reflection'),
    items === undefined
      ? h('p', null, 'Loading')
      : h(
          'ul',
          { 'aria-label': 'Saved reflections', className: 'peer-list' },
          items.map((s) => {
            const answered = CELLS.filter(
              (c) => s.data[`${c}.rating`] !== undefined,
            ).length;
            return h(
              'li',
              { key: s.id, className: 'peer-card' },
              h('h3', null, s.name),
              h('p', null, new Date(s.updatedAt).toLocaleString('en-GB')),
              h('progress', { max: CELLS.length, value: answered }),
              h('a', { href: `/s/${s.id}` }, 'Continue'),
            );
          }),
        ),
  );
}

function SurveyPage({ id }) {
  const [model, setModel] = useState();
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const surveyId = id === 'new' ? crypto.randomUUID() : id;
      const stored = id === 'new' ? undefined : await getSurvey(id);
      const record = stored ?? {
        id: surveyId,
        name: 'Peer reflection',
        data: {},
        updatedAt: Date.now(),
      };
      if (!stored) await saveSurvey(record);
      const survey = new Model(surveyJson());
      survey.data = record.data;
      // Saved on every change, as the app does.
      survey.onValueChanged.add((sender) => {
        void saveSurvey({
          ...record,
          data: sender.data,
          updatedAt: Date.now(),
        });
      });
      if (!cancelled) setModel(survey);
    })();
    return () => {
      cancelled = true;
    };
  }, [id]);
  return model ? h(Survey, { model }) : h('p', null, 'Loading');
}

function Results({ id }) {
  const [state, setState] = useState();
  useEffect(() => {
    Promise.all([getSurvey(id), reviewsFor(id)]).then(([survey, reviews]) =>
      setState({ survey, reviews }),
    );
  }, [id]);
  if (!state) return h('p', null, 'Loading');
  const { survey, reviews } = state;
  const rows = CELLS.map((cell) => {
    const responses = reviews.flatMap((r) =>
      r.responses.filter((x) => x.cellId === cell),
    );
    const rated = responses.filter((x) => typeof x.rating === 'number');
    const mean = rated.length
      ? rated.reduce((s, x) => s + x.rating, 0) / rated.length
      : NaN;
    const count = (v) => responses.filter((x) => x.verdict === v).length;
    const comments = responses.filter((x) => x.comment).length;
    return h(
      'tr',
      { key: cell },
      h('th', { scope: 'row' }, cellTitle(cell)),
      h('td', null, String(survey.data[`${cell}.rating`] ?? '-')),
      h('td', null, Number.isNaN(mean) ? '-' : mean.toFixed(1)),
      h(
        'td',
        null,
        `${count('agree')} / ${count('notSure')} / ${count('disagree')}`,
      ),
      h('td', null, String(comments)),
    );
  });
  return h(
    'main',
    null,
    h('h1', null, survey.name),
    h('p', { id: 'peer-reviews' }, `${reviews.length} reviews from Champions`),
    h(
      'table',
      { id: 'peer-results' },
      h('caption', null, 'Ratings'),
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          [
            'Cell',
            'Our rating',
            'Champions (mean)',
            'Agree / not sure / disagree',
            'Comments',
          ].map((t) => h('th', { key: t, scope: 'col' }, t)),
        ),
      ),
      h('tbody', null, rows),
    ),
  );
}

function App() {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const onPop = () => setPath(location.pathname);
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const results = /^\/s\/([^/]+)\/results$/.exec(path);
  if (results) return h(Results, { key: path, id: results[1] });
  const survey = /^\/s\/([^/]+)$/.exec(path);
  if (survey) return h(SurveyPage, { key: path, id: survey[1] });
  return h(Home);
}

if ('serviceWorker' in navigator)
  void navigator.serviceWorker.register('/sw.js');
createRoot(document.getElementById('root')).render(h(App));
