// The synthetic sensor's time code read back from a picture, a port of
// io.rotordream.video.timecode.TimeCodeReader: blocks of max(4, floor(width/52) & ~1) px, a band
// of 50 x 4 blocks at the top left, from block (1,1) two rows of 48 bits (MSB first): 32-bit
// sequence, 48-bit capture time in microseconds since the epoch (mod 2^48), CRC-16/CCITT-FALSE.
'use strict';
(function (global) {
  const COLUMNS = 48;
  const BITS = 96;

  function blockSize(width) {
    return Math.max(4, Math.floor(width / 52) & ~1);
  }

  function crc16(bytes, length) {
    let crc = 0xffff;
    for (let i = 0; i < length; i++) {
      crc ^= bytes[i] << 8;
      for (let b = 0; b < 8; b++) {
        crc = (crc & 0x8000) ? ((crc << 1) ^ 0x1021) : (crc << 1);
        crc &= 0xffff;
      }
    }
    return crc;
  }

  // luma(x, y) -> 0..255. Samples the middle half of each block and thresholds at mid-grey.
  function read(luma, width) {
    const s = blockSize(width);
    const inset = Math.floor(s / 4);
    const span = Math.max(1, Math.floor(s / 2));
    const bytes = new Uint8Array(12);
    for (let i = 0; i < BITS; i++) {
      const bx = 1 + (i % COLUMNS);
      const by = 1 + Math.floor(i / COLUMNS);
      let sum = 0;
      for (let y = 0; y < span; y++) {
        for (let x = 0; x < span; x++) {
          sum += luma(bx * s + inset + x, by * s + inset + y);
        }
      }
      if (sum / (span * span) >= 128) {
        bytes[i >>> 3] |= 0x80 >>> (i & 7);
      }
    }
    if (crc16(bytes, 10) !== ((bytes[10] << 8) | bytes[11])) {
      return null;
    }
    const sequence = ((bytes[0] << 24) >>> 0) + (bytes[1] << 16) + (bytes[2] << 8) + bytes[3];
    let micros = 0;
    for (let i = 0; i < 6; i++) {
      micros = micros * 256 + bytes[4 + i];
    }
    return { sequence, micros48: micros };
  }

  // From RGBA pixels (ImageData of at least the band) of a picture `width` wide.
  function readImageData(image, width) {
    const d = image.data;
    const w = image.width;
    return read((x, y) => {
      const p = (y * w + x) * 4;
      return 0.299 * d[p] + 0.587 * d[p + 1] + 0.114 * d[p + 2];
    }, width);
  }

  // Full capture time in microseconds, given a clock reading near it (unwraps the 48 bits).
  function unwrap(micros48, nearMicros) {
    const wrap = 2 ** 48;
    let candidate = Math.floor(nearMicros / wrap) * wrap + micros48;
    if (candidate - nearMicros > wrap / 2) candidate -= wrap;
    else if (nearMicros - candidate > wrap / 2) candidate += wrap;
    return candidate;
  }

  // Pixels the band covers: what to copy from the video before reading.
  function bandSize(width) {
    const s = blockSize(width);
    return { width: 50 * s, height: 4 * s };
  }

  global.RotorTimeCode = { blockSize, crc16, read, readImageData, unwrap, bandSize };
})(typeof window !== 'undefined' ? window : globalThis);
