// Compiles an OpenAPI document into the operations the mock serves: resolved parameters, request body
// schema and documented responses, keyed by operationId. Done once per createMock(), never per request.
import type {
  HttpMethod,
  OpenApiDocument,
  OperationObject,
  ParameterObject,
  RateLimitExtension,
  ReferenceObject,
  ResponseObject,
  SchemaObject,
} from '../../contracts/openapi.ts'

export interface CompiledOperation {
  operationId: string
  method: HttpMethod
  /** OpenAPI path template, e.g. `/v1/bots/{bot_id}/conversations`. */
  path: string
  parameters: ParameterObject[]
  bodySchema: SchemaObject | undefined
  bodyRequired: boolean
  responses: Record<string, ResponseObject>
  /** Documented statuses in ascending order, e.g. ["200", "401", "403", "422", "429"]. */
  statuses: string[]
  /** The roles allowed to call it (`x-roles`), when the API has roles. */
  roles: readonly string[] | undefined
  /** Its own rate limit (`x-rate-limit`), when it has one. */
  rateLimit: RateLimitExtension | undefined
  /** The security schemes that may authenticate it: its own `security`, else the document's. */
  schemes: readonly string[]
}

export interface CompiledContract {
  document: OpenApiDocument
  operations: Map<string, CompiledOperation>
  resolveSchema(schema: SchemaObject): SchemaObject
}

const METHODS: HttpMethod[] = ['get', 'post', 'put', 'patch', 'delete']

export function compileContract(document: OpenApiDocument): CompiledContract {
  function resolveRef<T>(ref: string): T {
    // Only local references (#/components/...) occur in the kit's contracts.
    const parts = ref.replace(/^#\//, '').split('/')
    let node: unknown = document
    for (const part of parts) {
      node = (node as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')]
    }
    if (node === undefined) throw new Error(`Unresolvable $ref ${ref}`)
    return node as T
  }
  // A parameter list may hold references; the resolved value has the type of the referenced object.
  function deref<T extends { $ref?: string }>(value: T | ReferenceObject): T {
    let current = value
    while (current.$ref) current = resolveRef<T | ReferenceObject>(current.$ref)
    return current as T
  }

  const operations = new Map<string, CompiledOperation>()
  for (const [path, item] of Object.entries(document.paths)) {
    const shared = (item.parameters ?? []).map(deref)
    for (const method of METHODS) {
      const op: OperationObject | undefined = item[method]
      if (!op) continue
      const own = (op.parameters ?? []).map(deref)
      const parameters = [...shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)), ...own]
      const body = op.requestBody ? deref(op.requestBody) : undefined
      // Responses and their headers are resolved here so that readers never meet a $ref.
      const responses = Object.fromEntries(
        Object.entries(op.responses).map(([status, response]) => {
          const resolved = deref(response)
          const headers = resolved.headers
            ? Object.fromEntries(Object.entries(resolved.headers).map(([name, header]) => [name, deref(header)]))
            : undefined
          return [status, headers ? { ...resolved, headers } : resolved]
        }),
      )
      operations.set(op.operationId, {
        operationId: op.operationId,
        method,
        path,
        parameters,
        bodySchema: body?.content['application/json']?.schema,
        bodyRequired: body?.required ?? false,
        responses,
        statuses: Object.keys(responses).sort(),
        roles: op['x-roles'],
        rateLimit: op['x-rate-limit'],
        schemes: (op.security ?? document.security ?? []).flatMap((requirement) => Object.keys(requirement)),
      })
    }
  }
  return { document, operations, resolveSchema: deref }
}

export function getOperation(contract: CompiledContract, operationId: string): CompiledOperation {
  const op = contract.operations.get(operationId)
  if (!op) throw new Error(`The contract has no operation ${operationId}`)
  return op
}

/** The documented example body of a response, if the contract gives one. */
export function responseExample(response: ResponseObject): unknown {
  const media = response.content?.['application/json'] ?? Object.values(response.content ?? {})[0]
  if (!media) return undefined
  if (media.example !== undefined) return media.example
  const first = Object.values(media.examples ?? {})[0]
  return first?.value
}
