// The floor for bench/serve.ts: node:http answering fixed bytes (the kit's own answers, read from the
// file given as the first argument) by path, with no routing library, auth or computation.
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'

const bodies = JSON.parse(readFileSync(process.argv[2], 'utf8'))
const answers = new Map(Object.entries(bodies).map(([path, { status, type, body }]) => [path, { status, type, bytes: Buffer.from(body) }]))
const server = createServer((req, res) => {
  const query = req.url.indexOf('?')
  const answer = answers.get(query === -1 ? req.url : req.url.slice(0, query))
  if (!answer) {
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"detail":"Not Found"}')
    return
  }
  res.writeHead(answer.status, { 'content-type': answer.type, 'content-length': answer.bytes.length }).end(answer.bytes)
})
server.listen(0, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${server.address().port}`))
