// The shapes Dredd 14 hands to JavaScript hooks (its documented hooks API, typed for our use).

interface DreddOrigin {
  filename?: string
  apiName?: string
  resourceGroupName?: string
  /** The OpenAPI path template, e.g. `/api/v1/analytics/export/{export_id}/download`. */
  resourceName: string
  actionName: string
  /** `<status> > <media type>`, e.g. `200 > application/json`. */
  exampleName: string
}

interface DreddRequest {
  method: string
  uri: string
  headers: Record<string, string>
  body: string
  bodyEncoding?: string
}

interface DreddExpected {
  statusCode?: string
  headers?: Record<string, string>
  body?: string
  bodySchema?: unknown
}

interface DreddReal {
  statusCode: number
  headers: Record<string, string | string[] | undefined>
  body?: string
  bodyEncoding?: 'utf-8' | 'base64'
}

export interface DreddTest {
  status: string
  title: string
  message: string
  origin?: DreddOrigin
  valid?: boolean
  duration?: number
}

export interface DreddTransaction {
  name: string
  id: string
  origin: DreddOrigin
  request: DreddRequest
  expected: DreddExpected
  real?: DreddReal
  /** The path Dredd really requests: the server URL's path joined with `request.uri`. */
  fullPath: string
  skip: boolean
  fail?: string | boolean
  test?: DreddTest
}

type DreddHookDone = () => void
type DreddTransactionHook = (transaction: DreddTransaction, done: DreddHookDone) => void
type DreddAllHook = (transactions: DreddTransaction[], done: DreddHookDone) => void

/** The `hooks` object Dredd injects into hook files (`require('hooks')`). */
export interface DreddHooks {
  configuration?: { custom?: Record<string, unknown> }
  beforeAll(hook: DreddAllHook): void
  afterAll(hook: DreddAllHook): void
  beforeEach(hook: DreddTransactionHook): void
  beforeEachValidation(hook: DreddTransactionHook): void
  afterEach(hook: DreddTransactionHook): void
}
