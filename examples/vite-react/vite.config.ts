// Vite with React; /api/oncehub goes to the small proxy server (server.mjs), in dev and in preview.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const api = { '/api/oncehub': process.env.ONCELINK_PROXY_URL ?? 'http://127.0.0.1:3001' };

export default defineConfig({
  plugins: [react()],
  server: { proxy: api },
  preview: { proxy: api },
});
