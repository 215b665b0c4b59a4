import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import { handleEndpoints } from 'payload'

import config from '../../cms/payload.config'

export type ApiServer = { url: string; close: () => Promise<void> }

/**
 * Payload's REST API, custom endpoints included (POST /api/register), on a real `node:http`
 * server: the same routing Next's `/api/[...slug]` route runs, without building the admin app.
 * Requests arrive over real sockets with real bodies, so size limits and concurrency are tested
 * as the public would meet them. Uses the Payload instance the test file opened (getPayload caches).
 */
export async function startApiServer(): Promise<ApiServer> {
  const server = http.createServer(async (incoming, outgoing) => {
    try {
      const headers = new Headers()
      for (const [name, value] of Object.entries(incoming.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
      }
      // As Next's server does: the socket's address when no proxy named one (the rate limits read it).
      if (!headers.has('x-forwarded-for') && incoming.socket.remoteAddress) headers.set('x-forwarded-for', incoming.socket.remoteAddress)
      const hasBody = incoming.method !== 'GET' && incoming.method !== 'HEAD'
      const request = new Request(`http://${incoming.headers.host}${incoming.url}`, {
        method: incoming.method,
        headers,
        body: hasBody ? (Readable.toWeb(incoming) as ReadableStream) : undefined,
        duplex: 'half',
      } as RequestInit)
      const response = await handleEndpoints({ config, request })
      outgoing.writeHead(response.status, Object.fromEntries(response.headers))
      outgoing.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      outgoing.writeHead(500, { 'content-type': 'text/plain' })
      outgoing.end(String(error))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
