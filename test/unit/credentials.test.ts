// mocks/core/credentials.ts: the one reader of Authorization headers (Bearer and Basic).
import { describe, expect, it } from 'vitest'
import { basicCredentials, bearerToken } from '../../mocks/core/credentials.ts'

describe('bearerToken', () => {
  it('reads the token of a Bearer header, any case of the scheme', () => {
    expect(bearerToken('Bearer abc.def')).toBe('abc.def')
    expect(bearerToken('bearer  abc ')).toBe('abc')
  })

  it('answers null for no header, another scheme, or no token', () => {
    expect(bearerToken(null)).toBeNull()
    expect(bearerToken('Basic YTpi')).toBeNull()
    expect(bearerToken('Bearer')).toBeNull()
    expect(bearerToken('Bearer a b')).toBeNull()
  })
})

describe('basicCredentials', () => {
  it('reads id and secret; the secret may hold colons', () => {
    expect(basicCredentials(`Basic ${btoa('tok_1:s3cr:et')}`)).toEqual({ id: 'tok_1', secret: 's3cr:et' })
    expect(basicCredentials(`basic ${btoa(':')}`)).toEqual({ id: '', secret: '' })
  })

  it('answers null for no header, another scheme, bad base64 or no colon', () => {
    expect(basicCredentials(null)).toBeNull()
    expect(basicCredentials('Bearer abc')).toBeNull()
    expect(basicCredentials('Basic !!!')).toBeNull()
    expect(basicCredentials('Basic a')).toBeNull()
    expect(basicCredentials(`Basic ${btoa('no-colon')}`)).toBeNull()
  })
})
