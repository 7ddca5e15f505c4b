import { screen } from '@testing-library/react';
import { renderSettings, withFreshStorage } from '../support/app-stores';

withFreshStorage();

describe('audit section: how much it keeps', () => {
  it('says that the newest records are kept and older ones removed', async () => {
    await renderSettings();
    const note = screen.getByTestId('audit-cap-note');
    expect(note).toBeVisible();
    expect(note).toHaveTextContent(
      'The log keeps the newest overrides that fit in 1 MB (a few thousand records); older records are removed as new ones come in.',
    );
  });
});
