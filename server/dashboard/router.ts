// The dashboard at GET /__mock/: one HTML page, its script (bundled from server/dashboard/page/), the
// contracts as JSON for the operations panel and the API reference, and Swagger UI's own prebuilt files
// (swagger-ui-dist), which the page loads only when the reference is opened. Nothing comes from a CDN.
// Mounted before the admin router: the page itself holds no secret and asks for the admin token itself.
import { createRequire } from 'node:module'
import path from 'node:path'
import { Router } from 'express'
import { aurionDocument } from '../../contracts/generated/aurion-document.ts'
import { chatlayerDocument } from '../../contracts/generated/chatlayer-document.ts'
import { mockAdminDocument } from '../../contracts/generated/mock-admin-document.ts'
import { nebulyDocument } from '../../contracts/generated/nebuly-document.ts'
import { worldStart } from '../../generators/aurion/index.ts'
import type { MockCore } from '../../mocks/index.ts'
import { dashboardScript } from './bundle.ts'

const CONTRACTS: Record<string, unknown> = {
  aurion: aurionDocument,
  chatlayer: chatlayerDocument,
  nebuly: nebulyDocument,
  'mock-admin': mockAdminDocument,
}
const SWAGGER_DIR = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'))
/** The only Swagger UI files the page loads. */
const SWAGGER_FILES = ['swagger-ui-bundle.js', 'swagger-ui.css']

const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <link rel="icon" href="data:,">
    <title>analytics-mock dashboard</title>
    <script type="module" src="/__mock/dashboard/app.js"></script>
  </head>
  <body>
    <noscript>The dashboard needs JavaScript; the same controls are plain HTTP under /__mock (docs/admin-api.md).</noscript>
  </body>
</html>
`

export function dashboardRouter(mock: MockCore): Router {
  const router = Router()
  // Exact '/' only (with strict routing off, '/__mock' and '/__mock/' both land here).
  router.get('/', (req, res) => {
    // Relative URLs in the page assume the trailing slash.
    if (!req.originalUrl.split('?')[0]?.endsWith('/')) res.redirect(301, '/__mock/')
    else res.type('html').set('Cache-Control', 'no-cache').send(INDEX_HTML)
  })
  router.get('/dashboard/app.js', async (_req, res, next) => {
    try {
      res
        .type('js')
        .set('Cache-Control', 'no-cache')
        .send(await dashboardScript())
    } catch (error) {
      next(error)
    }
  })
  router.get('/dashboard/context.json', (_req, res) => {
    // The window the generated worlds cover: the 13 calendar months before the instant the mock started at.
    const end = mock.options.now
    res.json({
      seed: mock.options.seed,
      data_from: new Date(worldStart(end.getTime())).toISOString(),
      data_to: end.toISOString(),
      public_api_keys: mock.options.publicApiKeys,
    })
  })
  router.get('/dashboard/contracts/:name.json', (req, res) => {
    const document = CONTRACTS[req.params.name]
    if (document === undefined) res.status(404).json({ detail: 'Not Found' })
    else res.json(document)
  })
  for (const file of SWAGGER_FILES) {
    router.get(`/dashboard/swagger/${file}`, (_req, res) => res.sendFile(path.join(SWAGGER_DIR, file)))
  }
  return router
}
