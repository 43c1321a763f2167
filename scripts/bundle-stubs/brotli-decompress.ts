/**
 * What the bundle (scripts/bundle.ts) puts where fontkit imports `brotli/decompress.js`. fontkit
 * needs Brotli only to open WOFF2 fonts, and pubcv opens only its own TTF and OTF fonts, so the
 * decoder (with its 0.75 MB dictionary, some 35 ms of every build's start) is left out. Reaching
 * this is a bug in pubcv, not the user's doing: it says so instead of failing somewhere inside
 * fontkit.
 */
export default function decompress(): never {
  throw new Error("pubcv's bundle leaves out fontkit's Brotli decoder: it reads TTF and OTF fonts only, not WOFF2 (scripts/bundle-stubs/brotli-decompress.ts)");
}
