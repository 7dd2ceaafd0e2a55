// Types for the two rate-limiter-flexible files rate-limit.ts imports directly. The package root requires
// every store it ships (Node's cluster and crypto, Redis, Mongo, Postgres, ...); these two files need
// nothing but the in-memory store, so the browser bundle stays free of Node built-ins.
declare module 'rate-limiter-flexible/lib/RateLimiterMemory.js' {
  import { RateLimiterMemory } from 'rate-limiter-flexible'
  export = RateLimiterMemory
}

declare module 'rate-limiter-flexible/lib/RateLimiterRes.js' {
  import { RateLimiterRes } from 'rate-limiter-flexible'
  export = RateLimiterRes
}
