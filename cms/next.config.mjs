import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withPayload } from '@payloadcms/next/withPayload'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The app lives in cms/, but node_modules and tsconfig are at the repository root.
  outputFileTracingRoot: repoRoot,
  turbopack: { root: repoRoot },
  // `npm test` type-checks the whole repository once (tsc); the admin build needn't repeat it.
  typescript: { tsconfigPath: '../tsconfig.json', ignoreBuildErrors: true },
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
