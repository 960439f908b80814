import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The web shell (src/web) builds to dist/web, which the Fastify server serves statically with an
 * SPA fallback to index.html for every non-/api path. In development `vite` proxies /api to the
 * server on port 3000 so cookies stay same-origin.
 *
 * Chunks: React and the router form one vendor chunk; every page is its own lazy chunk, and
 * rolldown splits the antd components they share into common chunks (a single antd group was
 * 920 kB and loaded on the sign-in page); ECharts has its own chunk, reached only through the
 * lazily loaded EChart wrapper, so pages without a chart never download it.
 */
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 4 },
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler|cookie|set-cookie-parser)[\\/]/, priority: 3 },
          ],
        },
      },
    },
  },
});
