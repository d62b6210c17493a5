import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      template: {
        // <city-leave-form> etc. are custom elements, not Vue components.
        compilerOptions: { isCustomElement: (tag) => tag.startsWith('city-') },
      },
    }),
  ],
});
