import { describe, expect, it } from 'vitest'

import { mailTransportFromEnv, parseMailFrom } from '../../cms/lib/mail'

describe('mail configuration from the environment', () => {
  it('writes files when no SMTP host is set', () => {
    expect(mailTransportFromEnv({}).kind).toBe('files')
  })

  it('uses SMTP with STARTTLS on 587 by default and implicit TLS on 465', () => {
    expect(mailTransportFromEnv({ SMTP_HOST: 'smtp.example.kz' })).toEqual({ kind: 'smtp', host: 'smtp.example.kz', port: 587, secure: false, auth: undefined })
    expect(mailTransportFromEnv({ SMTP_HOST: 'h', SMTP_PORT: '465' })).toMatchObject({ port: 465, secure: true })
    expect(mailTransportFromEnv({ SMTP_HOST: 'h', SMTP_SECURE: 'true' })).toMatchObject({ port: 465, secure: true })
    expect(mailTransportFromEnv({ SMTP_HOST: 'h', SMTP_PORT: '2525', SMTP_USER: 'u', SMTP_PASSWORD: 'p' })).toMatchObject({ port: 2525, secure: false, auth: { user: 'u', pass: 'p' } })
  })

  it('reads the sender as "Name <address>" or a bare address', () => {
    expect(parseMailFrom('Kelisim Астана <no-reply@kelisim.kz>')).toEqual({ name: 'Kelisim Астана', address: 'no-reply@kelisim.kz' })
    expect(parseMailFrom('"Kelisim" <a@b.kz>')).toEqual({ name: 'Kelisim', address: 'a@b.kz' })
    expect(parseMailFrom('a@b.kz')).toEqual({ name: 'Kelisim', address: 'a@b.kz' })
    expect(parseMailFrom(undefined).address).toBe('no-reply@kelisim.local')
  })
})
