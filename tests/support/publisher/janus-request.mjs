// Sends VideoRoom requests to Janus and prints the plugin's answers: a tiny scripting client
// for the NAT lab's self-check and for poking at a lab by hand (docs/natlab.md).
//
//   node janus-request.mjs --url ws://HOST:PORT [--apisecret S] [--token T] BODY [BODY...]
//
// Each BODY is a JSON object sent as the body of one "message" to janus.plugin.videoroom on
// one fresh session (destroyed at the end). stdout: one compact JSON line per BODY with the
// plugin's data (plus "jsep" when there is one). A plugin error ({"error_code":...}) is printed
// like any answer; exit code 3 if any answer carried an error_code, 1 on transport problems.
import WebSocket from "ws";

const args = { bodies: [] };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
    const m = /^--(url|apisecret|token)(?:=(.*))?$/.exec(argv[i]);
    if (m) args[m[1]] = m[2] ?? argv[++i];
    else args.bodies.push(argv[i]);
}
function fail(message) {
    process.stderr.write(`error ${message}\n`);
    process.exit(1);
}
if (!args.url || args.bodies.length === 0) fail("usage: node janus-request.mjs --url ws://HOST:PORT [--apisecret S] BODY...");
const bodies = args.bodies.map((text) => {
    try {
        return JSON.parse(text);
    } catch (e) {
        return fail(`not JSON: ${text}`);
    }
});

const ws = new WebSocket(args.url, "janus-protocol", { handshakeTimeout: 5000 });
const pending = new Map();
let session = null;
let n = 0;
ws.on("error", (e) => fail(`websocket ${args.url}: ${e.message}`));
ws.on("message", (data) => {
    const msg = JSON.parse(data.toString());
    const waiter = pending.get(msg.transaction);
    if (!waiter || msg.janus === "ack") return;
    pending.delete(msg.transaction);
    if (msg.janus === "error") waiter.reject(new Error(`${msg.error.code} ${msg.error.reason}`));
    else waiter.resolve(msg);
});
function send(message) {
    const transaction = `req-${++n}`;
    const full = { ...message, transaction };
    if (args.apisecret) full.apisecret = args.apisecret;
    if (args.token) full.token = args.token;
    if (session !== null) full.session_id = session;
    return new Promise((resolve, reject) => {
        pending.set(transaction, { resolve, reject });
        ws.send(JSON.stringify(full));
        setTimeout(() => pending.delete(transaction) && reject(new Error(`no answer to ${message.janus}`)), 10000);
    });
}

ws.on("open", async () => {
    try {
        session = (await send({ janus: "create" })).data.id;
        const handle = (await send({ janus: "attach", plugin: "janus.plugin.videoroom" })).data.id;
        let pluginErrors = 0;
        for (const body of bodies) {
            const answer = await send({ janus: "message", handle_id: handle, body });
            const data = answer.plugindata?.data ?? {};
            if (data.error_code) pluginErrors++;
            process.stdout.write(`${JSON.stringify(answer.jsep ? { ...data, jsep: answer.jsep } : data)}\n`);
        }
        await send({ janus: "destroy" }).catch(() => {});
        ws.close();
        process.exit(pluginErrors ? 3 : 0);
    } catch (e) {
        fail(e.message);
    }
});
