import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API and the live socket run on the server's own port; the proxy keeps them same-origin
// so the session cookie and Socket.IO's websocket upgrade work exactly as in production.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
      '/socket.io': { target: 'http://localhost:3000', ws: true, changeOrigin: false },
    },
  },
  // One bundle is fine for now: React, zod, Socket.IO and four locales are ~170 kB gzipped.
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 800 },
});
