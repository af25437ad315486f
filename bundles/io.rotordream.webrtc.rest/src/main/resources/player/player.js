// RotorDream WHEP player: plain JavaScript, no build step. Connects with a bearer token, shows the
// live video with its statistics, and reconnects when the connection fails.
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  const video = $('video');
  const statsBox = $('stats');
  const statusLine = $('status');
  const params = new URLSearchParams(location.search);
  const hash = new URLSearchParams(location.hash.slice(1));

  const state = {
    pc: null,
    resource: null,
    etag: null,
    connected: false,
    wanted: false,
    reconnects: 0,
    failures: 0,
    lastError: null,
    stats: {},
    connectStarted: 0,
    firstFrameMs: -1,
    firstFrameAfterPostMs: -1,
    firstPresentedMs: -1,
    postStarted: 0,
    timer: null,
    retryTimer: null,
    previous: null,
  };

  function token() {
    return $('token').value.trim();
  }

  function mount() {
    return $('mount').value.trim() || 'main';
  }

  function endpoint() {
    const m = mount();
    return '/api/streaming/webrtc/whep' + (m === 'main' ? '' : '/' + encodeURIComponent(m));
  }

  function status(text) {
    statusLine.textContent = text;
  }

  // RFC 9725 §4.6: Link: <stun:...>; rel="ice-server"; username="..."; credential="..."
  function iceServersFrom(response) {
    const servers = [];
    const links = response.headers.get('Link');
    if (!links) return servers;
    for (const part of links.split(/,(?=\s*<)/)) {
      const m = part.match(/<([^>]+)>(.*)/);
      if (!m || !/rel="ice-server"/.test(m[2])) continue;
      const s = { urls: m[1] };
      const u = m[2].match(/username="([^"]*)"/);
      const c = m[2].match(/credential="([^"]*)"/);
      if (u) s.username = u[1];
      if (c) s.credential = c[1];
      servers.push(s);
    }
    return servers;
  }

  async function connect() {
    if (!token()) {
      status('A viewer token is needed.');
      return;
    }
    state.wanted = true;
    sessionStorage.setItem('rotordream.token', token());
    await teardown(false);
    state.connectStarted = performance.now();
    state.firstFrameMs = -1;
    state.firstFrameAfterPostMs = -1;
    const pc = new RTCPeerConnection({ bundlePolicy: 'max-bundle', rtcpMuxPolicy: 'require' });
    state.pc = pc;
    const videoTransceiver = pc.addTransceiver('video', { direction: 'recvonly' });
    // Live view: play as soon as a frame is complete rather than smoothing over a jitter buffer.
    if ('jitterBufferTarget' in videoTransceiver.receiver) videoTransceiver.receiver.jitterBufferTarget = 0;
    else if ('playoutDelayHint' in videoTransceiver.receiver) videoTransceiver.receiver.playoutDelayHint = 0;
    // Audio is offered like any WHEP client would; the appliance answers it as rejected for now.
    pc.addTransceiver('audio', { direction: 'recvonly' });
    pc.ontrack = (e) => {
      if (e.track.kind === 'video') {
        video.srcObject = new MediaStream([e.track]);
        video.play().catch(() => {});
        const started = state.connectStarted;
        if (video.requestVideoFrameCallback) {
          video.requestVideoFrameCallback((now) => {
            if (state.connectStarted === started) state.firstPresentedMs = now - state.connectStarted;
          });
        }
      }
    };
    pc.onconnectionstatechange = () => onState(pc);
    const pending = [];
    pc.onicecandidate = (e) => {
      if (e.candidate && e.candidate.candidate) pending.push(e.candidate);
      if (state.resource && pc === state.pc) flushCandidates(pending);
    };
    try {
      const offer = await pc.createOffer();
      await pc.setLocalDescription(offer);
      status('Offering to ' + endpoint() + ' ...');
      state.postStarted = performance.now();
      // Sent at once: an ICE-lite server needs no browser candidates (its own are in the
      // answer); later ones follow by PATCH (trickle).
      const r = await fetch(endpoint(), {
        method: 'POST',
        headers: { 'Content-Type': 'application/sdp', Authorization: 'Bearer ' + token() },
        body: pc.localDescription.sdp,
      });
      if (r.status !== 201) {
        let why = r.status + '';
        try { why += ' ' + (await r.json()).error.message; } catch (ignored) { /* not JSON */ }
        throw new Error(why);
      }
      state.resource = r.headers.get('Location');
      state.etag = r.headers.get('ETag');
      const ice = iceServersFrom(r);
      if (ice.length) pc.setConfiguration({ ...pc.getConfiguration(), iceServers: ice });
      await pc.setRemoteDescription({ type: 'answer', sdp: await r.text() });
      flushCandidates(pending);
      status('Connecting ...');
      startStats();
      watchFirstFrame(pc);
    } catch (e) {
      fail('offer failed: ' + e.message);
    }
  }

  async function flushCandidates(pending) {
    if (!pending.length || !state.resource) return;
    const lines = pending.splice(0).map((c) => 'a=' + c.candidate);
    const body = 'a=ice-ufrag:' + (state.pc.localDescription.sdp.match(/a=ice-ufrag:(\S+)/) || [])[1] + '\r\n'
      + 'a=ice-pwd:' + (state.pc.localDescription.sdp.match(/a=ice-pwd:(\S+)/) || [])[1] + '\r\n'
      + 'm=video 9 UDP/TLS/RTP/SAVPF 0\r\na=mid:0\r\n' + lines.join('\r\n') + '\r\n';
    try {
      await fetch(state.resource, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/trickle-ice-sdpfrag', Authorization: 'Bearer ' + token(),
          'If-Match': state.etag || '*' },
        body,
      });
    } catch (ignored) { /* trickle is an optimisation for a lite server */ }
  }

  function onState(pc) {
    if (pc !== state.pc) return;
    const s = pc.connectionState;
    if (s === 'connected') {
      state.connected = true;
      state.failures = 0;
      status('Connected.');
    } else if (s === 'failed' || s === 'closed' || s === 'disconnected') {
      state.connected = false;
      // 'disconnected' may recover by itself; give it a moment before starting over.
      setTimeout(() => {
        if (pc === state.pc && pc.connectionState !== 'connected') fail('connection ' + pc.connectionState);
      }, s === 'disconnected' ? 3000 : 0);
    }
  }

  function fail(why) {
    state.lastError = why;
    state.connected = false;
    state.failures++;
    if (!state.wanted) {
      status(why);
      return;
    }
    const delay = Math.min(10000, 1000 * 2 ** Math.min(4, state.failures - 1));
    status(why + '; reconnecting in ' + (delay / 1000) + ' s');
    clearTimeout(state.retryTimer);
    state.retryTimer = setTimeout(() => {
      state.reconnects++;
      connect();
    }, delay);
  }

  async function teardown(forget) {
    clearInterval(state.timer);
    const pc = state.pc;
    const resource = state.resource;
    state.pc = null;
    state.resource = null;
    if (forget) state.wanted = false;
    if (pc) pc.close();
    if (resource) {
      try {
        await fetch(resource, { method: 'DELETE', headers: { Authorization: 'Bearer ' + token() }, keepalive: true });
      } catch (ignored) { /* the server's timeout reclaims it */ }
    }
  }

  // The first decoded frame, polled finely: the time to first frame shown in the stats box.
  function watchFirstFrame(pc) {
    const until = performance.now() + 15000;
    const poll = setInterval(async () => {
      if (pc !== state.pc || performance.now() > until) {
        clearInterval(poll);
        return;
      }
      const report = await pc.getStats();
      report.forEach((s) => {
        if (s.type === 'inbound-rtp' && s.kind === 'video' && s.framesDecoded > 0 && state.firstFrameMs < 0) {
          const at = performance.now();
          state.firstFrameMs = at - state.connectStarted;
          state.firstFrameAfterPostMs = at - state.postStarted;
          clearInterval(poll);
        }
      });
    }, 20);
  }

  function startStats() {
    clearInterval(state.timer);
    state.previous = null;
    state.timer = setInterval(updateStats, 1000);
  }

  async function updateStats() {
    const pc = state.pc;
    if (!pc) return;
    const report = await pc.getStats();
    let inbound = null;
    let pair = null;
    const codecs = {};
    report.forEach((s) => {
      if (s.type === 'inbound-rtp' && s.kind === 'video') inbound = s;
      if (s.type === 'candidate-pair' && s.nominated && s.state === 'succeeded') pair = s;
      if (s.type === 'codec') codecs[s.id] = s;
    });
    if (!inbound) return;
    const prev = state.previous;
    const dt = prev ? (inbound.timestamp - prev.timestamp) / 1000 : 0;
    const st = {
      codec: inbound.codecId && codecs[inbound.codecId] ? codecs[inbound.codecId].mimeType : '',
      width: inbound.frameWidth || 0,
      height: inbound.frameHeight || 0,
      fps: inbound.framesPerSecond || 0,
      bitrateKbps: prev && dt > 0 ? Math.round((inbound.bytesReceived - prev.bytesReceived) * 8 / dt / 1000) : 0,
      rttMs: pair && pair.currentRoundTripTime !== undefined ? pair.currentRoundTripTime * 1000 : -1,
      packetsLost: inbound.packetsLost || 0,
      packetsReceived: inbound.packetsReceived || 0,
      framesDecoded: inbound.framesDecoded || 0,
      keyFramesDecoded: inbound.keyFramesDecoded || 0,
      decodeMs: inbound.framesDecoded ? inbound.totalDecodeTime * 1000 / inbound.framesDecoded : 0,
      nackCount: inbound.nackCount || 0,
      pliCount: inbound.pliCount || 0,
      freezeCount: inbound.freezeCount || 0,
      jitterBufferMs: inbound.jitterBufferEmittedCount
        ? inbound.jitterBufferDelay * 1000 / inbound.jitterBufferEmittedCount : 0,
      retransmitted: inbound.retransmittedPacketsReceived || 0,
    };
    state.previous = inbound;
    state.stats = st;
    statsBox.textContent = `${st.width}x${st.height} ${st.fps.toFixed(0)} fps ${st.codec}\n`
      + `${st.bitrateKbps} kbit/s  RTT ${st.rttMs < 0 ? '-' : st.rttMs.toFixed(1) + ' ms'}\n`
      + `lost ${st.packetsLost}  decode ${st.decodeMs.toFixed(2)} ms/frame\n`
      + `frames ${st.framesDecoded}  NACK ${st.nackCount}  PLI ${st.pliCount}`
      + (state.firstFrameMs >= 0 ? `\nfirst frame ${Math.round(state.firstFrameMs)} ms` : '');
  }

  $('login').addEventListener('submit', (e) => {
    e.preventDefault();
    state.failures = 0;
    connect();
  });
  $('disconnect').addEventListener('click', () => {
    teardown(true);
    status('Disconnected.');
    statsBox.textContent = 'not connected';
  });
  window.addEventListener('pagehide', () => teardown(true));

  $('token').value = hash.get('token') || sessionStorage.getItem('rotordream.token') || '';
  $('mount').value = params.get('mount') || 'main';
  if (hash.get('token')) history.replaceState(null, '', location.pathname + location.search);
  window.rotordream = { state, connect, disconnect: () => teardown(true), video };
  if (token() && params.get('autoplay') !== '0') connect();
})();
