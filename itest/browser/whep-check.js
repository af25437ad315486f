// Drives headless Debian Chromium through the appliance's WebRTC player page and prints one JSON
// object with what it saw: decode statistics, the time to the first frame, and the synthetic
// sensor's time codes read back from the presented frames (sequence continuity, glass-to-glass
// latency). Run inside the test's network namespace (Chromium gathers no candidates on loopback only).
//
//   node whep-check.js --base http://127.0.0.1:8080 --token T [--mount main] [--seconds 8]
//                      [--viewers 1] [--timecode 1] [--chromium /usr/bin/chromium]
'use strict';
const { chromium } = require('playwright-core');

function args() {
  const a = { base: '', token: '', mount: 'main', seconds: 8, viewers: 1, timecode: 1, chromium: '/usr/bin/chromium',
    warmup: 0 };
  const v = process.argv.slice(2);
  for (let i = 0; i < v.length; i += 2) a[v[i].replace(/^--/, '')] = v[i + 1];
  a.seconds = Number(a.seconds);
  a.viewers = Number(a.viewers);
  a.timecode = Number(a.timecode);
  a.warmup = Number(a.warmup);
  return a;
}

// In the page: for `ms` milliseconds, framesDecoded every 100 ms (progress, longest stall), and
// unless `timecode` is 0 the time code of every presented frame.
async function sample(page, ms, timecode) {
  return page.evaluate(([duration, withTimecode]) => new Promise((resolve) => {
    const pc = window.rotordream.state.pc;
    const decoded = [];
    const poll = setInterval(async () => {
      const r = await pc.getStats();
      r.forEach((s) => {
        if (s.type === 'inbound-rtp' && s.kind === 'video') decoded.push([performance.now(), s.framesDecoded]);
      });
    }, 100);
    const finish = (frames) => {
      clearInterval(poll);
      let stall = 0;
      let since = decoded.length ? decoded[0][0] : 0;
      for (let i = 1; i < decoded.length; i++) {
        if (decoded[i][1] > decoded[i - 1][1]) since = decoded[i][0];
        stall = Math.max(stall, decoded[i][0] - since);
      }
      const n = decoded.length;
      resolve({ frames, decodedDuring: n > 1 ? decoded[n - 1][1] - decoded[0][1] : 0, longestStallMs: stall });
    };
    if (!withTimecode) {
      setTimeout(() => finish([]), duration);
      return;
    }
    const video = document.getElementById('video');
    const band = RotorTimeCode.bandSize(video.videoWidth);
    const canvas = document.createElement('canvas');
    canvas.width = band.width;
    canvas.height = band.height;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    const out = [];
    const end = performance.now() + duration;
    function frame(now, meta) {
      const width = meta.width || video.videoWidth;
      ctx.drawImage(video, 0, 0, band.width, band.height, 0, 0, band.width, band.height);
      const r = RotorTimeCode.readImageData(ctx.getImageData(0, 0, band.width, band.height), width);
      const shown = performance.timeOrigin + (meta.expectedDisplayTime || now);
      if (r) {
        const captured = RotorTimeCode.unwrap(r.micros48, shown * 1000) / 1000;
        out.push({ seq: r.sequence, latencyMs: shown - captured });
      } else {
        out.push({ seq: -1 });
      }
      if (performance.now() < end) video.requestVideoFrameCallback(frame);
      else finish(out);
    }
    video.requestVideoFrameCallback(frame);
  }), [ms, timecode]);
}

function summarise(samples) {
  const read = samples.filter((s) => s.seq >= 0);
  let gaps = 0;
  let missing = 0;
  let backwards = 0;
  for (let i = 1; i < read.length; i++) {
    const d = read[i].seq - read[i - 1].seq;
    if (d > 1) { gaps++; missing += d - 1; }
    if (d <= 0) backwards++;
  }
  const lat = read.map((s) => s.latencyMs).sort((x, y) => x - y);
  const q = (p) => (lat.length ? lat[Math.min(lat.length - 1, Math.floor(p * lat.length))] : -1);
  return { presented: samples.length, readable: read.length, firstSeq: read.length ? read[0].seq : -1,
    lastSeq: read.length ? read[read.length - 1].seq : -1, gaps, missing, backwards,
    latencyMedianMs: q(0.5), latencyP95Ms: q(0.95), latencyMinMs: lat.length ? lat[0] : -1 };
}

async function main() {
  const a = args();
  const browser = await chromium.launch({
    executablePath: a.chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-default-apps', '--disable-extensions',
      '--disable-features=WebRtcHideLocalIpsWithMdns,MediaRouter,OptimizationHints,Translate',
      '--autoplay-policy=no-user-gesture-required'],
  });
  const result = { viewers: [] };
  try {
    const context = await browser.newContext({ bypassCSP: true }); // the page's CSP forbids the eval Playwright polls with
    const pages = [];
    for (let i = 0; i < a.viewers; i++) {
      const page = await context.newPage();
      page.on('console', (m) => { if (m.type() === 'error') process.stderr.write(`page ${i}: ${m.text()}\n`); });
      await page.goto(`${a.base}/webrtc/?mount=${encodeURIComponent(a.mount)}#token=${encodeURIComponent(a.token)}`);
      pages.push(page);
    }
    const deadline = Date.now() + 15000;
    for (const page of pages) {
      await page.waitForFunction(() => window.rotordream && window.rotordream.state.firstFrameMs >= 0,
        null, { timeout: Math.max(1000, deadline - Date.now()), polling: 50 });
    }
    if (a.warmup > 0) await new Promise((r) => setTimeout(r, a.warmup * 1000));
    const before = await Promise.all(pages.map((p) => p.evaluate(() => ({ ...window.rotordream.state.stats }))));
    const samples = await Promise.all(pages.map((p) => sample(p, a.seconds * 1000, a.timecode)));
    await new Promise((r) => setTimeout(r, 1100)); // one more stats round after sampling
    for (let i = 0; i < pages.length; i++) {
      const st = await pages[i].evaluate(() => ({ stats: { ...window.rotordream.state.stats },
        firstFrameMs: window.rotordream.state.firstFrameMs,
        firstFrameAfterPostMs: window.rotordream.state.firstFrameAfterPostMs,
        reconnects: window.rotordream.state.reconnects, lastError: window.rotordream.state.lastError,
        resource: window.rotordream.state.resource }));
      st.statsBefore = before[i];
      st.timecode = summarise(samples[i].frames);
      st.decodedDuring = samples[i].decodedDuring;
      st.longestStallMs = samples[i].longestStallMs;
      result.viewers.push(st);
    }
    if (a.screenshot) await pages[0].screenshot({ path: a.screenshot });
    await Promise.all(pages.map((p) => p.evaluate(() => window.rotordream.disconnect())));
    await new Promise((r) => setTimeout(r, 300));
  } catch (e) {
    result.error = String(e && e.stack || e);
  } finally {
    await browser.close(); // Playwright made the profile directory and removes it
  }
  process.stdout.write(JSON.stringify(result) + '\n');
  process.exit(result.error ? 1 : 0);
}

main();
