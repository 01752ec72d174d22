// A real WebRTC publisher for the tests: joins a Janus VideoRoom, publishes an Opus track
// (and optionally a VP8 track) with werift (pure TypeScript, no native code) and sends RTP
// until stopped. Documentation: docs/natlab.md.
//
//   node publish.mjs --url ws://HOST:PORT --room ROOM [--display NAME] [--duration SECONDS]
//                    [--apisecret SECRET] [--token TOKEN] [--pin PIN] [--video]
//                    [--ready-timeout SECONDS]
//
// stdout, one line each:
//   ready {"publisher_id":N,"room":R,"private_id":N,"session_id":N,"handle_id":N,"streams":[...]}
//       once Janus reports the PeerConnection up (webrtcup) or the first "media" event;
//   {"packets_sent":N,"audio_packets":N,"video_packets":N,"seconds":S}    once a second;
//   {"packets_sent":N,...,"stopped":true}                                  when it stops.
// Errors: one line "error <message>" on stderr, exit code 1.
// SIGTERM/SIGINT, --duration elapsed (0 = run until signalled) or stdout closed: stop sending,
// leave the room, destroy the session, exit 0.
import { Connection, MediaStreamTrack, RTCPeerConnection, RTCRtpCodecParameters, RtpHeader, RtpPacket } from "werift";
import WebSocket from "ws";

// werift's ICE agent falls back to stun.l.google.com when no STUN server is configured
// (iceServers: [] does not stop it): a DNS lookup and a STUN query that inside the lab can only
// time out (gathering then waits 5 s) and outside it would go to the internet. Gather host
// candidates only: Janus and this publisher share a network in every test setup.
if (typeof Connection?.prototype?.getCandidatePromises === "function") {
    const gather = Connection.prototype.getCandidatePromises;
    Connection.prototype.getCandidatePromises = function (...rest) {
        this.stunServer = undefined;
        return gather.apply(this, rest);
    };
}

const USAGE =
    "usage: node publish.mjs --url ws://HOST:PORT --room ROOM [--display NAME] [--duration SECONDS] " +
    "[--apisecret SECRET] [--token TOKEN] [--pin PIN] [--video] [--ready-timeout SECONDS]";
const REQUEST_TIMEOUT_MS = 10000;
const KEEPALIVE_MS = 15000;

let finished = false;
let cleanupOnFail = null; // set once a session exists: destroys it (bounded) before exiting
function fail(message) {
    if (finished) return;
    finished = true;
    process.stderr.write(`error ${String(message).replace(/\s+/g, " ")}\n`);
    if (!cleanupOnFail) process.exit(1);
    setTimeout(() => process.exit(1), 2000).unref();
    cleanupOnFail().finally(() => process.exit(1));
}

function parseArgs(argv) {
    const flags = new Set(["video"]);
    const valued = new Set(["url", "room", "display", "duration", "apisecret", "token", "pin", "ready-timeout"]);
    const args = { display: "werift", duration: "600", "ready-timeout": "30", video: false };
    for (let i = 0; i < argv.length; i++) {
        const m = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
        if (!m) fail(`unexpected argument '${argv[i]}'; ${USAGE}`);
        const [, key, inline] = m;
        if (key === "help") {
            process.stdout.write(`${USAGE}\n`);
            process.exit(0);
        }
        if (flags.has(key)) {
            args[key] = inline === undefined ? true : !/^(0|false|no)$/i.test(inline);
        } else if (valued.has(key)) {
            const value = inline ?? argv[++i];
            if (value === undefined) fail(`--${key} needs a value; ${USAGE}`);
            args[key] = value;
        } else {
            fail(`unknown option --${key}; ${USAGE}`);
        }
    }
    if (!args.url || args.room === undefined) fail(USAGE);
    if (!/^wss?:\/\//.test(args.url)) fail(`--url must be ws:// or wss://, got '${args.url}'`);
    // Numeric room ids stay numbers (string_ids = false); anything else is a string id.
    args.room = /^\d+$/.test(args.room) && Number.isSafeInteger(Number(args.room)) ? Number(args.room) : args.room;
    for (const key of ["duration", "ready-timeout"]) {
        const n = Number(args[key]);
        if (!Number.isFinite(n) || n < 0) fail(`--${key} must be a number of seconds, got '${args[key]}'`);
        args[key] = n;
    }
    return args;
}

const args = parseArgs(process.argv.slice(2));

// ---- Janus API over WebSocket -------------------------------------------------------------
const ws = new WebSocket(args.url, "janus-protocol", { handshakeTimeout: REQUEST_TIMEOUT_MS });
const pending = new Map(); // transaction → {resolve, reject, wantEvent, timer}
let sessionId = null;
let handleId = null;
let transactions = 0;
let stopping = false;
let onUp = null;

function send(message, { wantEvent = false, timeoutMs = REQUEST_TIMEOUT_MS } = {}) {
    const transaction = `pub-${process.pid}-${++transactions}`;
    const full = { ...message, transaction };
    if (args.apisecret) full.apisecret = args.apisecret;
    if (args.token) full.token = args.token;
    if (sessionId !== null && full.janus !== "create") full.session_id = sessionId;
    return new Promise((resolve, reject) => {
        if (ws.readyState !== WebSocket.OPEN) {
            reject(new Error("the WebSocket is not open"));
            return;
        }
        const what = `${message.janus}${message.body?.request ? ` ${message.body.request}` : ""}`;
        const timer = setTimeout(() => {
            if (pending.delete(transaction)) reject(new Error(`no answer to '${what}' within ${timeoutMs} ms`));
        }, timeoutMs);
        pending.set(transaction, { resolve, reject, wantEvent, timer, what });
        ws.send(JSON.stringify(full));
    });
}

ws.on("message", (data) => {
    let msg;
    try {
        msg = JSON.parse(data.toString());
    } catch {
        return;
    }
    if (msg.janus === "webrtcup" && onUp) onUp("webrtcup");
    if (msg.janus === "media" && msg.receiving !== false && onUp) onUp("media");
    if (msg.janus === "hangup" && !stopping) fail(`Janus hung up the PeerConnection: ${msg.reason ?? "no reason"}`);
    const waiter = pending.get(msg.transaction);
    if (!waiter) return;
    if (msg.janus === "ack" && waiter.wantEvent) return; // the plugin's answer follows as "event"
    pending.delete(msg.transaction);
    clearTimeout(waiter.timer);
    const data_ = msg.plugindata?.data;
    if (msg.janus === "error") waiter.reject(new Error(`'${waiter.what}' failed: ${msg.error?.code} ${msg.error?.reason}`));
    else if (data_?.error_code) waiter.reject(new Error(`'${waiter.what}' failed: ${data_.error_code} ${data_.error}`));
    else waiter.resolve(msg);
});
ws.on("error", (e) => {
    if (!stopping) fail(`websocket ${args.url}: ${e.message}`);
});
ws.on("close", (code) => {
    if (!stopping) fail(`websocket closed by the server (code ${code})`);
});

// ---- media ----------------------------------------------------------------------------------
const OPUS_PT = 111;
const VP8_PT = 96;
// A 20 ms Opus frame of silence: TOC 0xF8 (CELT fullband 20 ms, one frame) + 0xFF 0xFE.
const OPUS_SILENCE = Buffer.from([0xf8, 0xff, 0xfe]);
// A VP8 payload that parses as a 16×16 key frame (payload descriptor S=1, frame tag with the
// key-frame bit clear, start code 9d 01 2a, width, height). Janus forwards it and sees key
// frames; it is not meant to be decoded.
const VP8_KEYFRAME = Buffer.from([0x10, 0x50, 0x02, 0x00, 0x9d, 0x01, 0x2a, 0x10, 0x00, 0x10, 0x00,
    0x00, 0x47, 0x08, 0x85, 0x85, 0x88, 0x85, 0x84, 0x88, 0x02, 0x02, 0x00]);

let pc = null;
const senders = [];
const counts = { audio: 0, video: 0 };
let startedAt = null;

function startSending() {
    const u16 = () => Math.floor(Math.random() * 0x10000);
    const u32 = () => Math.floor(Math.random() * 0x100000000);
    for (const s of senders) {
        let seq = u16();
        let ts = u32();
        const kind = s.kind;
        const [period, step, pt, payload] =
            kind === "audio" ? [20, 960, OPUS_PT, OPUS_SILENCE] : [100, 9000, VP8_PT, VP8_KEYFRAME];
        s.timer = setInterval(() => {
            seq = (seq + 1) & 0xffff;
            ts = (ts + step) >>> 0;
            const header = new RtpHeader({ sequenceNumber: seq, timestamp: ts, payloadType: pt, marker: kind === "video" });
            s.track.writeRtp(new RtpPacket(header, payload));
            counts[kind]++;
        }, period);
    }
}

function progress(extra = {}) {
    const line = {
        packets_sent: counts.audio + counts.video,
        audio_packets: counts.audio,
        video_packets: counts.video,
        seconds: startedAt === null ? 0 : Math.round((Date.now() - startedAt) / 100) / 10,
        ...extra,
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
}

// ---- stop -----------------------------------------------------------------------------------
let progressTimer = null;
async function stop(code, reason) {
    if (stopping) return;
    stopping = true;
    for (const s of senders) clearInterval(s.timer);
    if (progressTimer) clearInterval(progressTimer);
    const hardStop = setTimeout(() => process.exit(code), 5000); // cleanup is bounded
    hardStop.unref();
    try {
        progress({ stopped: true, reason });
    } catch {
        // stdout may be gone
    }
    try {
        if (handleId !== null) await send({ janus: "message", handle_id: handleId, body: { request: "leave" } },
                                          { wantEvent: true, timeoutMs: 2000 });
    } catch {
        // not joined, or the server is gone: nothing to leave
    }
    try {
        if (sessionId !== null) await send({ janus: "destroy" }, { timeoutMs: 2000 });
    } catch {
        // the server is gone: the session times out there
    }
    try {
        if (pc) await pc.close();
    } catch {
        // closing is best effort
    }
    ws.close();
    finished = true;
    process.exit(code);
}
process.on("SIGTERM", () => stop(0, "SIGTERM"));
process.on("SIGINT", () => stop(0, "SIGINT"));
process.stdout.on("error", () => stop(0, "stdout closed"));

// ---- main -----------------------------------------------------------------------------------
async function main() {
    await new Promise((resolve, reject) => {
        ws.once("open", resolve);
        ws.once("error", reject);
    });
    sessionId = (await send({ janus: "create" })).data.id;
    cleanupOnFail = async () => {
        try {
            if (pc) await pc.close();
        } catch {
            // best effort
        }
        await send({ janus: "destroy" }, { timeoutMs: 1500 }).catch(() => {});
    };
    setInterval(() => send({ janus: "keepalive" }).catch(() => {}), KEEPALIVE_MS).unref();
    handleId = (await send({ janus: "attach", plugin: "janus.plugin.videoroom" })).data.id;
    const join = { request: "join", ptype: "publisher", room: args.room, display: args.display };
    if (args.pin) join.pin = args.pin;
    const joined = (await send({ janus: "message", handle_id: handleId, body: join }, { wantEvent: true })).plugindata.data;
    if (joined.videoroom !== "joined") throw new Error(`join answered '${joined.videoroom}' instead of 'joined'`);

    const codecs = { audio: [new RTCRtpCodecParameters({ mimeType: "audio/opus", clockRate: 48000, channels: 2, payloadType: OPUS_PT })] };
    if (args.video) {
        codecs.video = [new RTCRtpCodecParameters({ mimeType: "video/VP8", clockRate: 90000, payloadType: VP8_PT,
                                                    rtcpFeedback: [{ type: "nack" }, { type: "nack", parameter: "pli" }] })];
    }
    pc = new RTCPeerConnection({ iceServers: [], codecs }); // werift's default is a public STUN server
    for (const kind of args.video ? ["audio", "video"] : ["audio"]) {
        const track = new MediaStreamTrack({ kind });
        pc.addTransceiver(track, { direction: "sendonly" });
        senders.push({ kind, track, timer: null });
    }
    const gathered = new Promise((resolve) => {
        pc.iceGatheringStateChange.subscribe((state) => state === "complete" && resolve());
    });
    await pc.setLocalDescription(await pc.createOffer());
    // Non-trickle: the offer goes out with every candidate in it.
    if (pc.iceGatheringState !== "complete") await gathered;
    const sdp = pc.localDescription.sdp;
    if (!/a=candidate:/.test(sdp)) throw new Error("no ICE candidates gathered (no usable non-loopback IPv4 interface?)");

    let upVia = null;
    const up = new Promise((resolve) => {
        onUp = (via) => {
            upVia ??= via;
            resolve();
        };
    });
    const publish = { request: "publish", audio: true, video: args.video, display: args.display };
    const answered = await send({ janus: "message", handle_id: handleId, body: publish, jsep: { type: "offer", sdp } },
                                { wantEvent: true });
    if (!answered.jsep) throw new Error("publish was answered without an SDP answer");
    await pc.setRemoteDescription(answered.jsep);
    let readyTimer;
    await Promise.race([up, new Promise((_, reject) => {
        readyTimer = setTimeout(() => reject(new Error(`Janus reported no webrtcup within ${args["ready-timeout"]} s`)),
                                args["ready-timeout"] * 1000);
    })]);
    clearTimeout(readyTimer);
    if (stopping) return;

    startedAt = Date.now();
    startSending();
    const streams = (answered.plugindata?.data?.streams ?? []).map(({ type, mindex, mid, codec }) => ({ type, mindex, mid, codec }));
    process.stdout.write(`ready ${JSON.stringify({
        publisher_id: joined.id, room: args.room, private_id: joined.private_id,
        session_id: sessionId, handle_id: handleId, display: args.display, via: upVia, streams,
    })}\n`);
    progressTimer = setInterval(() => progress(), 1000);
    if (args.duration > 0) setTimeout(() => stop(0, "duration"), args.duration * 1000);
}

main().catch((e) => {
    if (!stopping) fail(e?.message ?? String(e));
});
