// Dredd 14 ships no types. This declares the slice of its JavaScript API that runVerify uses.
declare module 'dredd' {
  import type { EventEmitter } from 'node:events'

  export interface DreddConfig {
    endpoint: string
    path: string[]
    hookfiles?: string[]
    /** Free-form values; Dredd copies them to `hooks.configuration.custom` for the hook files. */
    custom?: Record<string, unknown>
    emitter?: EventEmitter
    reporter?: string[]
    output?: string[]
    loglevel?: 'silent' | 'error' | 'warning' | 'warn' | 'debug'
    color?: boolean
    'inline-errors'?: boolean
    details?: boolean
    only?: string[]
    /** Options of the `request` library for the requests to the server under test. */
    http?: Record<string, unknown>
  }

  export interface DreddStats {
    tests: number
    failures: number
    errors: number
    passes: number
    skipped: number
    start: Date | number
    end: Date | number
    duration: number
  }

  export interface DreddAnnotation {
    type: string
    component?: string
    message: string
    location?: unknown
  }

  export default class Dredd {
    constructor(config: DreddConfig)
    configuration: { apiDescriptions?: { location?: string; annotations?: DreddAnnotation[] }[] }
    /** Reads, parses and compiles the API descriptions (not documented; runVerify hands over its own result). */
    prepareAPIdescriptions(callback: (error: Error | null, descriptions: unknown[]) => void): void
    run(callback: (error: Error | null | undefined, stats: DreddStats) => void): void
  }
}
