/**
 * For the gallery on the development server: /__render?tag=…&finding=<id>&format=html|email|svg
 * answers with what the command-line renderer writes, through the one render
 * dispatcher, so editors can copy server-rendered embed code without a command.
 */
import type { Plugin } from 'vite';
import type { renderFinding as RenderFinding } from '../src/export/index.js';

export function renderEndpoint(): Plugin {
  return {
    name: 'microcredential-widgets:render-endpoint',
    apply: 'serve',
    configureServer(dev) {
      dev.middlewares.use('/__render', async (request, response) => {
        const query = new URL(request.url ?? '', 'http://localhost').searchParams;
        // Loaded through Vite, so edits to the renderers show without a restart; typed as the module declares it.
        const renderFinding: typeof RenderFinding = (await dev.ssrLoadModule('/src/export/index.ts')).renderFinding;
        const rendered = renderFinding(query.get('tag') ?? '', query.get('finding') ?? undefined, query.get('format') ?? 'html', {
          theme: query.get('theme') ?? undefined,
          locale: query.get('locale') ?? undefined,
          width: query.get('width') ?? undefined,
        });
        response.statusCode = rendered.ok ? 200 : 400;
        response.setHeader('content-type', 'text/plain; charset=utf-8');
        response.end(rendered.ok ? rendered.value : rendered.problem);
      });
    },
  };
}
