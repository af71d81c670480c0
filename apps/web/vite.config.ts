import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The server (apps/server) serves apps/web/dist in production and demo; in development the
// Vite dev server forwards /api to it, so the session cookie stays same-origin.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No source maps: they would publish the source (security fault 8). `npm run dev` has its own.
    sourcemap: false,
    rollupOptions: {
      output: {
        // Libraries change less often than the app: a separate, longer-cached file.
        manualChunks: {
          vendor: [
            'react',
            'react-dom',
            'react-dom/client',
            'react-router',
            'react-router-dom',
            '@tanstack/react-query',
            'i18next',
            'react-i18next',
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
});
