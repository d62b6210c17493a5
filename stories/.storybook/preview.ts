import type { Preview } from '@storybook/react-vite';
import '@city-forms/react/styles.css';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    // Every tested story is checked with axe after its play function; a violation fails the test.
    a11y: { test: 'error' },
    controls: { expanded: true, exclude: ['onSubmit', 'onChange', 'onDraftChange', 'loadAbsences', 'portalContainer'] },
    options: {
      storySort: {
        order: ['Introduction', 'Forms', ['Leave', ['Overview', '*'], 'Agenda', ['Overview', '*'], 'Document', ['Overview', '*']], 'Rules', 'Theming'],
      },
    },
  },
  // Each story starts from a clean slate: no drafts left by another story.
  beforeEach: () => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('city-forms:draft:')) localStorage.removeItem(key);
  },
};

export default preview;
