// Counts the UDP (RTP) packets arriving on one address for a while: the NAT lab's listener.
//
//   node udp-count.mjs --bind IP [--port PORT] --seconds S [--echo] [--send HOST:PORT [--count N]]
//
// Prints one JSON line when the time is up:
//   {"packets":N,"bytes":N,"sources":{"IP:PORT":N},"ssrcs":{"SSRC":N},"payload_types":{"PT":N},
//    "first_at_ms":EPOCH_MS|null,"last_at_ms":EPOCH_MS|null}
// SSRC and payload type are read from packets that look like RTP (version 2, 12+ bytes).
// --echo sends every datagram back to its source with "echo:" in front (a NAT round trip).
// --send sends N (default 5) datagrams "probe-I" from the bound socket, 100 ms apart, so what
// is counted is what came back (port 0 / no --port: any free port).
// It prints "listening IP:PORT" on stderr once bound; exit code 1 if it cannot bind.
import dgram from "node:dgram";

const args = { seconds: "5", echo: false, port: "0", count: "5" };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
    const m = /^--(bind|port|seconds|echo|send|count)(?:=(.*))?$/.exec(argv[i]);
    if (!m) {
        process.stderr.write(`error unexpected argument '${argv[i]}'\n`);
        process.exit(1);
    }
    args[m[1]] = m[1] === "echo" ? true : m[2] ?? argv[++i];
}
const port = Number(args.port);
const seconds = Number(args.seconds);
const count = Number(args.count);
const target = args.send ? /^(.+):(\d+)$/.exec(args.send) : null;
if (!args.bind || !Number.isInteger(port) || !(seconds > 0) || (args.send && !target)) {
    process.stderr.write("error usage: node udp-count.mjs --bind IP [--port PORT] --seconds S [--echo] [--send HOST:PORT [--count N]]\n");
    process.exit(1);
}

const result = { sent: 0, packets: 0, bytes: 0, sources: {}, ssrcs: {}, payload_types: {}, first_at_ms: null, last_at_ms: null };
const bump = (map, key) => { map[key] = (map[key] ?? 0) + 1; };
const socket = dgram.createSocket("udp4");
socket.on("error", (e) => {
    process.stderr.write(`error ${e.message}\n`);
    process.exit(1);
});
socket.on("message", (msg, rinfo) => {
    const now = Date.now();
    result.packets++;
    result.bytes += msg.length;
    result.first_at_ms ??= now;
    result.last_at_ms = now;
    bump(result.sources, `${rinfo.address}:${rinfo.port}`);
    if (msg.length >= 12 && msg[0] >> 6 === 2) {
        bump(result.ssrcs, msg.readUInt32BE(8));
        bump(result.payload_types, msg[1] & 0x7f);
    }
    if (args.echo) socket.send(Buffer.concat([Buffer.from("echo:"), msg]), rinfo.port, rinfo.address);
});
socket.bind(port, args.bind, () => {
    process.stderr.write(`listening ${args.bind}:${socket.address().port}\n`);
    if (target) {
        for (let i = 0; i < count; i++) {
            setTimeout(() => socket.send(Buffer.from(`probe-${i}`), Number(target[2]), target[1], () => result.sent++), i * 100);
        }
    }
    setTimeout(() => {
        process.stdout.write(`${JSON.stringify(result)}\n`);
        socket.close();
        process.exit(0);
    }, seconds * 1000);
});
