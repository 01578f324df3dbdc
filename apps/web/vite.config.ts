import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Writes a Brotli and a gzip copy next to every built text file, once, at build time. The server sends the
 * copy the browser accepts: a participant on a slow connection downloads about a third of the bytes, and
 * the server spends no CPU compressing on each request.
 */
function precompress(): Plugin {
  return {
    name: 'hiwar-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      for (const file of Object.keys(bundle)) {
        if (!/\.(js|css|html|json|svg)$/.test(file)) continue;
        const full = path.join(dir, file);
        const data = fs.readFileSync(full);
        if (data.length < 1024) continue;
        fs.writeFileSync(`${full}.br`, zlib.brotliCompressSync(data));
        fs.writeFileSync(`${full}.gz`, zlib.gzipSync(data, { level: 9 }));
      }
    },
  };
}

// In development the API and the live socket run on the server's own port; the proxy keeps them same-origin
// so the session cookie and Socket.IO's websocket upgrade work exactly as in production.
export default defineConfig({
  plugins: [react(), precompress()],
  server: {
    port: 5173,
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
      '/socket.io': { target: 'http://localhost:3000', ws: true, changeOrigin: false },
    },
  },
  // Facilitators' and rapporteurs' screens and each language are their own files, loaded when needed.
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 300 },
});
