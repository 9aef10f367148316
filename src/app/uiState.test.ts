import { describe, expect, it } from 'vitest';
import { restoreUi } from './uiState.ts';

describe('restoreUi', () => {
  it('takes back the panels and the view that were stored', () => {
    expect(restoreUi({ paletteOpen: false, inspectorOpen: true, findingsOpen: false, view: 'deploy' })).toEqual({
      paletteOpen: false,
      inspectorOpen: true,
      findingsOpen: false,
      view: 'deploy',
    });
  });

  it('takes back the theme chosen', () => {
    expect(restoreUi({ theme: 'dark' })).toEqual({ theme: 'dark' });
  });

  it('keeps the defaults for anything it does not recognise', () => {
    expect(restoreUi(null)).toEqual({});
    expect(restoreUi('design')).toEqual({});
    expect(restoreUi({ paletteOpen: 'no', view: 'print', findOpen: true, findingsOpen: false, theme: 'sepia' })).toEqual({
      findingsOpen: false,
    });
  });
});
