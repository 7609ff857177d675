import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getCell } from '../../../../src/content/framework-v1';
import type { CellId } from '../../../../src/domain/types';
import { CellForm } from '../../../../src/features/reflect/CellForm';
import { useFreshDb } from '../../../support/db';
import { renderWithProviders } from '../../../support/render';

function renderCellForm(reflectionId: string, cellId: CellId) {
  return renderWithProviders(
    <CellForm
      reflectionId={reflectionId}
      cell={getCell(cellId)}
      answer={undefined}
      actions={[]}
    />,
    { path: `/r/${reflectionId}/reflect/${cellId}` },
  );
}

describe('CellForm', () => {
  useFreshDb();

  it.each([
    [
      'service.space',
      'Tips for Space',
      '/guidance/tips/space?from=%2Fr%2Freflection-a%2Freflect%2Fservice.space',
    ],
    [
      'system.inclusion',
      'Tips for Inclusion and equity',
      '/guidance/tips/inclusion?from=%2Fr%2Freflection-a%2Freflect%2Fsystem.inclusion',
    ],
  ] as const)(
    'links %s to the tips for its dimension, remembering the question',
    (cellId, name, href) => {
      renderCellForm('reflection-a', cellId);
      expect(screen.getByRole('link', { name })).toHaveAttribute('href', href);
    },
  );

  it('opens the tips when the link is followed', async () => {
    const user = userEvent.setup();
    const view = renderCellForm('reflection-a', 'service.voice');
    await user.click(screen.getByRole('link', { name: 'Tips for Voice' }));
    expect(view.location()).toBe(
      '/guidance/tips/voice?from=%2Fr%2Freflection-a%2Freflect%2Fservice.voice',
    );
  });
});
