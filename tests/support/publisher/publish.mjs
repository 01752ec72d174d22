// A real WebRTC publisher for the tests: joins a Janus VideoRoom, publishes an Opus track with
// werift (pure TypeScript, no native code) and sends RTP until stopped.
//
//   node publish.mjs --url ws://HOST:PORT --room ROOM [--display NAME] [--duration S]
//                    [--apisecret SECRET]
//
// stdout: "ready {json}" once Janus reports the PeerConnection up (webrtcup), then one JSON
// line a second: {"packets_sent": N}. Errors: "error <message>" on stderr, exit code 1.
// SIGTERM/SIGINT: leave the room, destroy the session, exit 0.
import { MediaStreamTrack, RTCPeerConnection, RTCRtpCodecParameters, RtpHeader, RtpPacket } from "werift";
import WebSocket from "ws";

function parseArgs(argv) {
    const args = { display: "werift", duration: 600 };
    for (let i = 0; i < argv.length; i += 2) {
        const key = argv[i].replace(/^--/, "");
        args[key] = argv[i + 1];
    }
    if (!args.url || !args.room) {
        fail("usage: node publish.mjs --url ws://HOST:PORT --room ROOM [--display NAME] [--duration S]");
    }
    args.room = /^\d+$/.test(args.room) ? Number(args.room) : args.room;
    args.duration = Number(args.duration);
    return args;
}

function fail(message) {
    process.stderr.write(`error ${message}\n`);
    process.exit(1);
}

const args = parseArgs(process.argv.slice(2));
const ws = new WebSocket(args.url, "janus-protocol");
const pending = new Map(); // transaction → {resolve, reject, wantEvent}
let session = null;
let handle = null;
let transactions = 0;
let stopping = false;
let onWebrtcUp = null;

function send(message, wantEvent = false) {
    const transaction = `pub-${++transactions}`;
    const full = { ...message, transaction };
    if (args.apisecret) full.apisecret = args.apisecret;
    if (session && full.janus !== "create") full.session_id = session;
    return new Promise((resolve, reject) => {
        pending.set(transaction, { resolve, reject, wantEvent });
        ws.send(JSON.stringify(full));
        setTimeout(() => {
            if (pending.delete(transaction)) reject(new Error(`no answer to ${full.janus} ${message.body?.request ?? ""}`));
        }, 10000);
    });
}

ws.on("message", (data) => {
    const msg = JSON.parse(data.toString());
    if (msg.janus === "webrtcup" && onWebrtcUp) onWebrtcUp();
    if (msg.janus === "hangup" && !stopping) fail(`Janus hung up: ${msg.reason}`);
    const waiter = pending.get(msg.transaction);
    if (!waiter) return;
    if (msg.janus === "ack" && waiter.wantEvent) return;
    pending.delete(msg.transaction);
    if (msg.janus === "error") waiter.reject(new Error(`${msg.error.code} ${msg.error.reason}`));
    else if (msg.plugindata?.data?.error_code) waiter.reject(new Error(`${msg.plugindata.data.error_code} ${msg.plugindata.data.error}`));
    else waiter.resolve(msg);
});
ws.on("error", (e) => fail(`websocket: ${e.message}`));
ws.on("close", () => {
    if (!stopping) fail("websocket closed by the server");
});

async function main() {
    await new Promise((resolve) => ws.once("open", resolve));
    session = (await send({ janus: "create" })).data.id;
    setInterval(() => send({ janus: "keepalive" }).catch(() => {}), 5000).unref();
    handle = (await send({ janus: "attach", plugin: "janus.plugin.videoroom" })).data.id;
    const joined = await send({ janus: "message", handle_id: handle,
                                body: { request: "join", ptype: "publisher", room: args.room, display: args.display } }, true);
    const publisherId = joined.plugindata.data.id;
    const privateId = joined.plugindata.data.private_id;

    const pc = new RTCPeerConnection({
        iceServers: [], // werift's default is a public STUN server; the lab has no internet
        codecs: { audio: [new RTCRtpCodecParameters({ mimeType: "audio/opus", clockRate: 48000, channels: 2 })] },
    });
    const track = new MediaStreamTrack({ kind: "audio" });
    pc.addTransceiver(track, { direction: "sendonly" });
    await pc.setLocalDescription(await pc.createOffer());
    // Non-trickle: wait until every candidate is in the offer.
    if (pc.iceGatheringState !== "complete") {
        await new Promise((resolve) => pc.iceGatheringStateChange.subscribe((state) => state === "complete" && resolve()));
    }
    const up = new Promise((resolve) => { onWebrtcUp = resolve; });
    const answer = await send({ janus: "message", handle_id: handle, body: { request: "publish", audio: true, video: false },
                                jsep: { type: "offer", sdp: pc.localDescription.sdp } }, true);
    if (!answer.jsep) fail("publish answered without SDP");
    await pc.setRemoteDescription(answer.jsep);
    await Promise.race([up, new Promise((_, reject) => setTimeout(() => reject(new Error("no webrtcup within 20 s")), 20000))]);
    process.stdout.write(`ready ${JSON.stringify({ publisher_id: publisherId, room: args.room, private_id: privateId })}\n`);

    // 20 ms Opus frames of silence (TOC 0xF8: CELT FB 20 ms, then a zero-length frame).
    let sequenceNumber = Math.floor(Math.random() * 65535);
    let timestamp = Math.floor(Math.random() * 2 ** 31);
    let sent = 0;
    const frame = Buffer.from([0xf8, 0xff, 0xfe]);
    const sender = setInterval(() => {
        sequenceNumber = (sequenceNumber + 1) & 0xffff;
        timestamp = (timestamp + 960) >>> 0;
        track.writeRtp(new RtpPacket(new RtpHeader({ sequenceNumber, timestamp, payloadType: 111, marker: false }), frame));
        sent++;
    }, 20);
    const progress = setInterval(() => process.stdout.write(`${JSON.stringify({ packets_sent: sent })}\n`), 1000);

    const stop = async (code) => {
        if (stopping) return;
        stopping = true;
        clearInterval(sender);
        clearInterval(progress);
        process.stdout.write(`${JSON.stringify({ packets_sent: sent, stopped: true })}\n`);
        try {
            await send({ janus: "message", handle_id: handle, body: { request: "leave" } }, true);
            await send({ janus: "destroy" });
        } catch (e) {
            // the server may be gone already; nothing left to clean
        }
        await pc.close();
        ws.close();
        process.exit(code);
    };
    process.on("SIGTERM", () => stop(0));
    process.on("SIGINT", () => stop(0));
    setTimeout(() => stop(0), args.duration * 1000).unref();
}

main().catch((e) => fail(e.message));
