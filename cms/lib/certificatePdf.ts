import path from 'node:path'
import PDFDocument from 'pdfkit'
import QRCode from 'qrcode'

import { certificateText, type CertificateFacts } from '../core/certificate'
import { repoRoot } from './paths'

/**
 * Draws a participation certificate (A4 landscape) with pdfkit. Noto Sans is embedded (subset) from
 * @expo-google-fonts/noto-sans: the standard PDF fonts have no ә ғ қ ң ө ұ ү һ і. The QR code is
 * drawn as vector squares, so it stays sharp when printed and needs no image codec.
 */

const fontDir = path.join(/*turbopackIgnore: true*/ repoRoot, 'node_modules', '@expo-google-fonts', 'noto-sans')
export const certificateFonts = {
  regular: path.join(/*turbopackIgnore: true*/ fontDir, '400Regular', 'NotoSans_400Regular.ttf'),
  bold: path.join(/*turbopackIgnore: true*/ fontDir, '700Bold', 'NotoSans_700Bold.ttf'),
}

const ink = '#1b2a3a'
const accent = '#0b5d7a'
const muted = '#4a5866'

export async function certificatePdf(facts: CertificateFacts): Promise<Buffer> {
  const text = certificateText(facts)
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    info: { Title: `${text.title}: ${facts.eventTitle}`, Author: text.issuer, Subject: facts.code },
    lang: facts.locale,
  } as PDFKit.PDFDocumentOptions)
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  doc.registerFont('regular', certificateFonts.regular)
  doc.registerFont('bold', certificateFonts.bold)

  const { width, height } = doc.page
  // Frame.
  doc.lineWidth(3).strokeColor(accent).rect(24, 24, width - 48, height - 48).stroke()
  doc.lineWidth(0.75).rect(32, 32, width - 64, height - 64).stroke()

  const left = 70
  const column = width - 2 * left
  const centered = { width: column, align: 'center' as const }
  doc.font('bold').fontSize(14).fillColor(muted).text(text.network, left, 62, centered)
  doc.font('bold').fontSize(40).fillColor(accent).text(text.title, left, 100, { ...centered, characterSpacing: 4 })
  doc.font('regular').fontSize(15).fillColor(ink).text(text.certifies, left, 170, centered)
  doc.font('bold').fontSize(30).fillColor(ink).text(text.name, left, 198, centered)
  doc.font('regular').fontSize(15).fillColor(ink).text(text.tookPart, left, doc.y + 10, centered)
  doc.font('bold').fontSize(20).fillColor(ink).text(`«${facts.eventTitle}»`, left, doc.y + 8, centered)
  doc.font('regular').fontSize(14).fillColor(ink).text(text.dates, left, doc.y + 14, centered)

  // Bottom band: the issuer and the code on the left, the QR code to the verify page on the right.
  const qrSize = 110
  const qrX = width - left - qrSize
  const qrY = height - 70 - qrSize
  const textWidth = qrX - left - 30
  doc.font('regular').fontSize(11).fillColor(muted).text(text.issuer, left, qrY + 6, { width: textWidth })
  doc.font('bold').fontSize(13).fillColor(ink).text(text.code, left, doc.y + 8, { width: textWidth })
  doc.font('regular').fontSize(10).fillColor(muted).text(text.verify, left, doc.y + 8, { width: textWidth })

  const qr = QRCode.create(facts.verifyUrl, { errorCorrectionLevel: 'M' })
  const cells = qr.modules.size
  const cell = qrSize / cells
  doc.fillColor('#000000')
  for (let row = 0; row < cells; row++) {
    for (let col = 0; col < cells; col++) {
      if (qr.modules.get(row, col)) doc.rect(qrX + col * cell, qrY + row * cell, cell + 0.01, cell + 0.01)
    }
  }
  doc.fill()
  doc.link(qrX, qrY, qrSize, qrSize, facts.verifyUrl)

  doc.end()
  return done
}
