// Used by scripts/bench.mjs to time the first open of each tab.
// A one-link network for a local server: every response waits a round trip, then shares one
// link of `bytesPerSec` with every other response in flight (round robin, 4 KB at a time), so
// the page and its service worker alike see a slow phone connection.
export function throttled(handler, { rttMs = 150, bytesPerSec = (1638.4 * 1024) / 8 } = {}) {
  const CHUNK = 4096;
  const queue = [];
  let busy = false;
  const pump = () => {
    if (busy) return;
    const next = queue.shift();
    if (!next) return;
    busy = true;
    const { res, body, at, done } = next;
    // A page closed mid-download frees the link.
    if (res.destroyed) {
      busy = false;
      pump();
      return;
    }
    const piece = body.subarray(at, at + CHUNK);
    res.write(piece);
    setTimeout(() => {
      busy = false;
      if (at + CHUNK < body.length) queue.push({ res, body, at: at + CHUNK, done });
      else done();
      pump();
    }, (piece.length / bytesPerSec) * 1000);
  };
  return (req, res) => {
    const send = (status, headers, body = Buffer.alloc(0)) =>
      setTimeout(() => {
        res.writeHead(status, { ...headers, 'content-length': body.length });
        if (!body.length) return res.end();
        queue.push({ res, body, at: 0, done: () => res.end() });
        pump();
      }, rttMs);
    handler(req, send);
  };
}
