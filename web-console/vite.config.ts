import { defineConfig } from 'vite';

// The built console lands on the module jar's classpath (static/), which the gateway serves at /.
// `npm run dev` serves it on :5173 and passes API calls to a gateway on :8080.
export default defineConfig({
  build: { outDir: 'target/classes/static', emptyOutDir: true, sourcemap: false },
  server: { host: '127.0.0.1', port: 5173, proxy: { '/api': 'http://127.0.0.1:8080', '/config.json': 'http://127.0.0.1:8080' } },
  test: { environment: 'node', include: ['src/**/*.test.ts'] },
});
