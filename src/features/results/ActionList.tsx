import { useTranslation } from 'react-i18next';
import type { Action, CellId } from '../../domain/types';
import { formatDate } from '../../lib/format';
import { LinkButton } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { ScrollRegion } from '../../ui/ScrollRegion';

type Props = {
  reflectionId: string;
  actions: readonly Action[];
  cellName: (id: CellId) => string;
};

/** Every action recorded in the reflection, as a table. */
export function ActionList({ reflectionId, actions, cellName }: Props) {
  const { t, i18n } = useTranslation('results');
  const listed = actions.filter((a) => a.text.trim().length > 0);
  const flagged = listed.filter(
    (a) => a.feedbackToYoungPeople.trim().length === 0,
  ).length;
  return (
    <section aria-labelledby="actions-title" className="results__actions">
      <h2 id="actions-title">{t('actions.title')}</h2>
      {listed.length === 0 ? (
        <p>{t('actions.none')}</p>
      ) : (
        <ScrollRegion labelledBy="actions-table-caption">
          <table>
            <caption id="actions-table-caption" className="visually-hidden">
              {t('actions.tableLabel')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('actions.text')}</th>
                <th scope="col">{t('actions.owner')}</th>
                <th scope="col">{t('actions.due')}</th>
                <th scope="col">{t('actions.status')}</th>
                <th scope="col">{t('actions.feedback')}</th>
                <th scope="col">{t('actions.question')}</th>
              </tr>
            </thead>
            <tbody>
              {listed.map((action) => (
                <tr key={action.id}>
                  <td>{action.text}</td>
                  <td>{action.owner || t('actions.notSet')}</td>
                  <td>
                    {action.due
                      ? formatDate(action.due, i18n.language)
                      : t('actions.notSet')}
                  </td>
                  <td>{t(`plan.statuses.${action.status}`)}</td>
                  <td>{action.feedbackToYoungPeople || t('actions.notSet')}</td>
                  <td>
                    {action.cellId
                      ? cellName(action.cellId)
                      : t('actions.general')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {flagged > 0 ? (
        <Notice tone="warning">{t('plan.flagged', { count: flagged })}</Notice>
      ) : null}
      <LinkButton variant="secondary" href={`/r/${reflectionId}/actions`}>
        {t('plan.edit')}
      </LinkButton>
    </section>
  );
}
