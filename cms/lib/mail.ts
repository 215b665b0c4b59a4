import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import nodemailer, { type Transporter } from 'nodemailer'
import type { EmailAdapter } from 'payload'

import { dataDir } from './paths'

/** Where messages go when no SMTP server is configured: one readable .eml file each. */
export const mailDir = path.join(/*turbopackIgnore: true*/ dataDir, 'mail')

type Env = Record<string, string | undefined>

/** `Name <address>` or a bare address, as KELISIM_MAIL_FROM is written. */
export function parseMailFrom(value: string | undefined): { name: string; address: string } {
  const fallback = { name: 'Kelisim', address: 'no-reply@kelisim.local' }
  const text = value?.trim()
  if (!text) return fallback
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(text)
  if (match) return { name: match[1]!.trim() || fallback.name, address: match[2]!.trim() }
  return { name: fallback.name, address: text }
}

export type MailTransportChoice =
  | { kind: 'smtp'; host: string; port: number; secure: boolean; auth?: { user: string; pass: string } }
  | { kind: 'files'; dir: string }

/** SMTP when SMTP_HOST is set; otherwise files, so a fresh install never sends (or loses) mail. */
export function mailTransportFromEnv(env: Env = process.env): MailTransportChoice {
  const host = env.SMTP_HOST?.trim()
  if (!host) return { kind: 'files', dir: mailDir }
  const port = Number(env.SMTP_PORT) || (env.SMTP_SECURE === 'true' ? 465 : 587)
  // Implicit TLS is what port 465 speaks; other ports upgrade with STARTTLS when the server offers it.
  const secure = env.SMTP_SECURE ? env.SMTP_SECURE === 'true' : port === 465
  const auth = env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? '' } : undefined
  return { kind: 'smtp', host, port, secure, auth }
}

/**
 * A nodemailer transport (its plugin interface: name, version, send) that writes each message as
 * an .eml file. The file is written under a temporary name and renamed, so a reader never sees
 * half a message.
 */
function fileTransport(dir: string) {
  return {
    name: 'kelisim-eml-files',
    version: '1',
    send(mail: { message: { build(callback: (error: Error | null, message: Buffer) => void): void } }, callback: (error: Error | null, info?: unknown) => void) {
      mail.message.build((buildError, message) => {
        if (buildError) return callback(buildError)
        const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${crypto.randomBytes(4).toString('hex')}.eml`
        const file = path.join(dir, name)
        fs.promises
          .mkdir(dir, { recursive: true })
          .then(() => fs.promises.writeFile(`${file}.tmp`, message))
          .then(() => fs.promises.rename(`${file}.tmp`, file))
          .then(() => callback(null, { file, messageId: name }))
          .catch((error: Error) => callback(error))
      })
    },
  }
}

/**
 * Payload's e-mail adapter (password resets, registration mail) on nodemailer, configured from the
 * environment. Written here rather than taken from @payloadcms/email-nodemailer: its last release
 * (3.90.1) trails our payload (3.90.2) and Payload refuses to start with mismatched versions.
 */
export function mailAdapter(env: Env = process.env): EmailAdapter {
  const from = parseMailFrom(env.KELISIM_MAIL_FROM)
  const choice = mailTransportFromEnv(env)
  // Created lazily: every script and the site build's child process open Payload, and none of
  // them should dial the SMTP server or create folders unless it sends something.
  let transport: Transporter | undefined
  const transporter = () =>
    (transport ??=
      choice.kind === 'smtp'
        ? nodemailer.createTransport({ host: choice.host, port: choice.port, secure: choice.secure, auth: choice.auth, connectionTimeout: 20_000, greetingTimeout: 20_000 })
        : nodemailer.createTransport(fileTransport(choice.dir) as never))
  return () => ({
    name: choice.kind === 'smtp' ? 'smtp' : 'eml-files',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    // Rejects when the server refuses or cannot be reached; the e-mail job's retries take over.
    sendEmail: async (message) => {
      const given = message.from
      const sender = typeof given === 'object' && given ? given : given ? given : { name: from.name, address: from.address }
      return transporter().sendMail({ ...message, from: sender })
    },
  })
}
