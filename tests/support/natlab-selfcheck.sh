#!/usr/bin/env bash
# Self-check of the NAT lab, end to end with real parts (docs/natlab.md):
#   the lab's forwarding (UDP through the DNAT and back, a port outside the range blocked),
#   a real WebRTC publisher (werift) on Janus A, the article's 499 on Janus B behind the NAT,
#   and a cascade A → B through the NAT proven by counting RTP packets in the console's
#   namespace. Everything it creates is removed afterwards, also on failure or Ctrl-C.
#
#   natlab-selfcheck.sh [LABID]        (default LABID: sc; needs root, janus, node)
#
# Exit codes: 0 all checks passed, 1 a check failed, 77 cannot run here (reason printed).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
pub="$here/publisher"
id=${1:-sc}
skip() { echo "SKIPPED: $*"; exit 77; }
[ "$(id -u)" -eq 0 ] || skip "the NAT lab needs root"
for tool in ip nft janus node; do command -v "$tool" >/dev/null || skip "'$tool' is not installed"; done
janus_lib=${JCC_JANUS_LIBDIR:-/usr/lib/x86_64-linux-gnu/janus}
[ -e "$janus_lib/plugins/libjanus_videoroom.so" ] || skip "no libjanus_videoroom.so in $janus_lib (set JCC_JANUS_LIBDIR)"
if [ ! -d "$pub/node_modules/werift" ]; then
  echo "[selfcheck] npm ci in $pub"
  (cd "$pub" && npm ci --no-audit --no-fund --loglevel=error) || skip "npm ci failed in $pub"
fi

work=$(mktemp -d /tmp/jcc-natlab-selfcheck.XXXXXX)
pids=()
cleanup() {
  local rc=$?
  set +e
  for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null; done
  for p in "${pids[@]}"; do
    for _ in $(seq 1 30); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$p" 2>/dev/null
  done
  "$here/natlab.sh" down "$id"
  if [ "$rc" -ne 0 ] && [ -d "$work" ]; then
    for f in "$work"/*/janus.log "$work"/publisher.*; do
      [ -f "$f" ] && { echo "---- tail of $f"; tail -n 15 "$f"; }
    done
  fi
  rm -rf "$work"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { echo "[selfcheck] $*"; }
failed() { echo "[selfcheck] FAIL: $*"; exit 1; }
ok() { echo "[selfcheck] ok: $*"; }
# json FIELD-EXPRESSION < JSON   e.g. json '.id'  (JS expression on "d", "" when missing)
json() { node -e 'let s="";process.stdin.on("data",c=>s+=c).on("end",()=>{const d=JSON.parse(s);const v=eval("d"+process.argv[1]);console.log(v===undefined?"":typeof v==="object"?JSON.stringify(v):v)})' "$1"; }
now_ms() { date +%s%3N; }

eval "$("$here/natlab.sh" up "$id")"
# (background processes are started with ip netns exec directly: it execs, so $! is theirs)
in_ns() { local ns=$1; shift; ip netns exec "$ns" "$@"; }
api_port=${JCC_LAB_API_PORTS%%,*}
first=$JCC_LAB_FWD_FIRST; last=$JCC_LAB_FWD_LAST
[ $((last - first)) -ge 30 ] || failed "the self-check needs a forwarded range of 31+ ports"
url_a="ws://$JCC_LAB_A_IP:$api_port"
url_b="ws://$JCC_LAB_B_PUBLIC:$api_port" # B's API through the router's DNAT
log "lab $id up: A $JCC_LAB_A_IP, console $JCC_LAB_CONSOLE_IP, B $JCC_LAB_B_PRIVATE behind NAT $JCC_LAB_B_PUBLIC, UDP $first-$last"

# A UDP probe from the console (sends 5 datagrams) to an echoing listener in B.
count() { # NS BIND PORT SECONDS [more udp-count args] → JSON line
  local ns=$1 bind=$2 port=$3 secs=$4; shift 4
  in_ns "$ns" node "$pub/udp-count.mjs" --bind "$bind" --port "$port" --seconds "$secs" "$@" 2>/dev/null
}
udp_roundtrip() { # PORT → "sent received_by_B echoes_back"
  local port=$1
  count "$JCC_LAB_NS_B" "$JCC_LAB_B_PRIVATE" "$port" 1.5 --echo >"$work/b.$port" &
  local listener=$!
  sleep 0.4
  local back
  back=$(count "$JCC_LAB_NS_CONSOLE" "$JCC_LAB_CONSOLE_IP" 0 0.9 --send "$JCC_LAB_B_PUBLIC:$port" --count 5)
  wait "$listener"
  echo "$(json .sent <<<"$back") $(json .packets <"$work/b.$port") $(json .packets <<<"$back") $(json '.sources' <<<"$back")"
}
read -r sent got back from <<<"$(udp_roundtrip $((first + 10)))"
{ [ "$got" = 5 ] && [ "$back" = 5 ]; } || failed "UDP to $JCC_LAB_B_PUBLIC:$((first + 10)): sent $sent, B got $got, echoes back $back"
ok "UDP console → $JCC_LAB_B_PUBLIC:$((first + 10)) → B $JCC_LAB_B_PRIVATE:$((first + 10)): 5/5 arrived, 5/5 echoes back from $from"
read -r sent got back from <<<"$(udp_roundtrip $((last + 1)))"
[ "$got" = 0 ] || failed "UDP to port $((last + 1)) (outside the range) reached B"
ok "UDP console → $JCC_LAB_B_PUBLIC:$((last + 1)) (outside the range): 0/5 arrived"

# ---- Janus A (public) and B (behind the NAT), from temporary configs ----------------------
start_janus() { # NAME NS WS_IP
  local name=$1 ns=$2 ws_ip=$3 dir="$work/$1"
  mkdir -p "$dir/plugins" "$dir/transports"
  ln -s "$janus_lib/plugins/libjanus_videoroom.so" "$dir/plugins/"
  ln -s "$janus_lib/transports/libjanus_websockets.so" "$dir/transports/"
  cat >"$dir/janus.jcfg" <<CFG
general: {
  configs_folder = "$dir"
  plugins_folder = "$dir/plugins"
  transports_folder = "$dir/transports"
  events_folder = "$dir/none"
  loggers_folder = "$dir/none"
  debug_level = 4
  session_timeout = 60
  server_name = "selfcheck-$name"
}
media: { rtp_port_range = "20000-20999" }
CFG
  cat >"$dir/janus.transport.websockets.jcfg" <<CFG
general: { json = "compact" ws = true ws_port = $api_port ws_ip = "$ws_ip" wss = false }
admin: { admin_ws = false admin_wss = false }
CFG
  cat >"$dir/janus.plugin.videoroom.jcfg" <<CFG
general: { string_ids = false }
room-1234: { description = "natlab selfcheck" publishers = 6 audiocodec = "opus" videocodec = "vp8" }
CFG
  ip netns exec "$ns" janus -F "$dir" -C "$dir/janus.jcfg" -o >"$dir/janus.log" 2>&1 &
  pids+=($!)
}
req() { # URL BODY... → the plugin's answers, one JSON line each (from the console namespace)
  local url=$1; shift
  log "→ $url $*" >&2
  local out
  out=$(in_ns "$JCC_LAB_NS_CONSOLE" node "$pub/janus-request.mjs" --url "$url" "$@") || true
  printf '%s\n' "$out" | sed 's/^/[selfcheck] ← /' >&2
  printf '%s\n' "$out"
}
wait_api() { # URL
  for _ in $(seq 1 100); do
    in_ns "$JCC_LAB_NS_CONSOLE" node "$pub/janus-request.mjs" --url "$1" '{"request":"list"}' >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  failed "no Janus API at $1"
}
start_janus a "$JCC_LAB_NS_A" "$JCC_LAB_A_IP"
start_janus b "$JCC_LAB_NS_B" "$JCC_LAB_B_PRIVATE"
wait_api "$url_a"
wait_api "$url_b"
ok "Janus A at $url_a, Janus B at $url_b (DNAT to $JCC_LAB_B_PRIVATE:$api_port)"

# ---- the WebRTC publisher on A ---------------------------------------------------------------
t0=$(now_ms)
ip netns exec "$JCC_LAB_NS_A" node "$pub/publish.mjs" --url "$url_a" --room 1234 --display alice --video --duration 120 \
  >"$work/publisher.out" 2>"$work/publisher.err" &
pids+=($!)
for _ in $(seq 1 300); do
  grep -q '^ready ' "$work/publisher.out" && break
  kill -0 "${pids[-1]}" 2>/dev/null || failed "the publisher exited: $(cat "$work/publisher.err")"
  sleep 0.1
done
ready=$(sed -n 's/^ready //p' "$work/publisher.out")
[ -n "$ready" ] || failed "the publisher did not get ready in 30 s"
publisher=$(json .publisher_id <<<"$ready")
ok "publisher $publisher ready after $(($(now_ms) - t0)) ms: $ready"
streams=$(json .streams <<<"$ready")

out=$(req "$url_a" '{"request":"listparticipants","room":1234}')
[ "$(json ".participants.find(p=>p.id==$publisher)?.publisher" <<<"$out")" = true ] || failed "A does not list the publisher as publishing"
ok "listparticipants on A shows $publisher publishing"

count "$JCC_LAB_NS_CONSOLE" "$JCC_LAB_CONSOLE_IP" 6000 3 >"$work/count.a" &
counter=$!
sleep 0.3
req "$url_a" "{\"request\":\"rtp_forward\",\"room\":1234,\"publisher_id\":$publisher,\"host\":\"$JCC_LAB_CONSOLE_IP\",\"streams\":[{\"mid\":\"0\",\"port\":6000},{\"mid\":\"1\",\"port\":6000}]}" >/dev/null
wait "$counter"
n=$(json .packets <"$work/count.a")
[ "$n" -gt 50 ] || failed "rtp_forward from A to the console: only $n packets"
ok "rtp_forward A → console: $n packets in ~2.7 s $(cat "$work/count.a")"

# ---- the article's problem on B ----------------------------------------------------------
# add_remote_publisher numbers streams by position: send them all, in mindex order.
rstreams=$(json '.map(s=>({type:s.type,mindex:s.mindex,mid:s.mid,codec:s.codec}))' <<<"$streams")
port=$((first + 10))
out=$(req "$url_b" "{\"request\":\"add_remote_publisher\",\"room\":1234,\"display\":\"alice@A\",\"iface\":\"$JCC_LAB_B_PUBLIC\",\"port\":$port,\"streams\":$rstreams}")
[ "$(json .error_code <<<"$out")" = 499 ] || failed "iface=$JCC_LAB_B_PUBLIC (the NAT's address) did not fail with 499: $out"
ok "add_remote_publisher iface=$JCC_LAB_B_PUBLIC → 499 $(json .error <<<"$out")"

out=$(req "$url_b" "{\"request\":\"add_remote_publisher\",\"room\":1234,\"display\":\"alice@A\",\"iface\":\"$JCC_LAB_B_PRIVATE\",\"port\":$port,\"rtcp_port\":$((port + 1)),\"streams\":$rstreams}")
remote=$(json .id <<<"$out")
{ [ -n "$remote" ] && [ "$(json .port <<<"$out")" = "$port" ]; } || failed "add_remote_publisher iface=$JCC_LAB_B_PRIVATE port=$port: $out"
ok "add_remote_publisher iface=$JCC_LAB_B_PRIVATE port=$port → $out"

count "$JCC_LAB_NS_CONSOLE" "$JCC_LAB_CONSOLE_IP" 6001 4 >"$work/count.b" &
counter=$!
sleep 0.3
req "$url_b" "{\"request\":\"rtp_forward\",\"room\":1234,\"publisher_id\":$remote,\"host\":\"$JCC_LAB_CONSOLE_IP\",\"streams\":[{\"mid\":\"0\",\"port\":6001},{\"mid\":\"1\",\"port\":6001}]}" >/dev/null
sleep 0.5
t1=$(now_ms)
req "$url_a" "{\"request\":\"publish_remotely\",\"room\":1234,\"publisher_id\":$publisher,\"remote_id\":\"selfcheck-b\",\"host\":\"$JCC_LAB_B_PUBLIC\",\"port\":$port,\"rtcp_port\":$((port + 1))}" >/dev/null
wait "$counter"
n=$(json .packets <"$work/count.b")
first_at=$(json .first_at_ms <"$work/count.b")
[ "$n" -gt 50 ] || failed "cascade A → $JCC_LAB_B_PUBLIC:$port → B → console: only $n packets"
ok "cascade A → NAT $JCC_LAB_B_PUBLIC:$port → B $JCC_LAB_B_PRIVATE:$port → rtp_forward → console: $n packets, first $((first_at - t1)) ms after publish_remotely was sent $(cat "$work/count.b")"
req "$url_a" "{\"request\":\"listremotes\",\"room\":1234,\"publisher_id\":$publisher}" >/dev/null
req "$url_b" '{"request":"listparticipants","room":1234}' >/dev/null

# ---- workaround 1: no iface (bind all), public address to the source --------------------------
port2=$((first + 20))
out=$(req "$url_b" "{\"request\":\"add_remote_publisher\",\"room\":1234,\"display\":\"alice@A (no iface)\",\"port\":$port2,\"rtcp_port\":$((port2 + 1)),\"streams\":$rstreams}")
remote2=$(json .id <<<"$out")
{ [ -n "$remote2" ] && [ -z "$(json .ip <<<"$out")" ]; } || failed "add_remote_publisher without iface: $out"
ok "add_remote_publisher without iface → no ip in the answer: $out"
count "$JCC_LAB_NS_CONSOLE" "$JCC_LAB_CONSOLE_IP" 6002 3 >"$work/count.c" &
counter=$!
sleep 0.3
req "$url_b" "{\"request\":\"rtp_forward\",\"room\":1234,\"publisher_id\":$remote2,\"host\":\"$JCC_LAB_CONSOLE_IP\",\"streams\":[{\"mid\":\"0\",\"port\":6002}]}" >/dev/null
req "$url_a" "{\"request\":\"publish_remotely\",\"room\":1234,\"publisher_id\":$publisher,\"remote_id\":\"selfcheck-b-any\",\"host\":\"$JCC_LAB_B_PUBLIC\",\"port\":$port2}" >/dev/null
wait "$counter"
n=$(json .packets <"$work/count.c")
[ "$n" -gt 50 ] || failed "workaround 1 (no iface): only $n packets"
ok "workaround 1 (bind all, host = public address): $n audio packets"

# ---- a port outside the forwarded range: accepted by both servers, dropped by the NAT --------
port3=$((last + 1))
out=$(req "$url_b" "{\"request\":\"add_remote_publisher\",\"room\":1234,\"display\":\"alice@A (bad port)\",\"iface\":\"$JCC_LAB_B_PRIVATE\",\"port\":$port3,\"streams\":$rstreams}")
remote3=$(json .id <<<"$out")
[ -n "$remote3" ] || failed "add_remote_publisher port=$port3: $out"
count "$JCC_LAB_NS_CONSOLE" "$JCC_LAB_CONSOLE_IP" 6003 3 >"$work/count.d" &
counter=$!
sleep 0.3
req "$url_b" "{\"request\":\"rtp_forward\",\"room\":1234,\"publisher_id\":$remote3,\"host\":\"$JCC_LAB_CONSOLE_IP\",\"streams\":[{\"mid\":\"0\",\"port\":6003}]}" >/dev/null
req "$url_a" "{\"request\":\"publish_remotely\",\"room\":1234,\"publisher_id\":$publisher,\"remote_id\":\"selfcheck-b-bad\",\"host\":\"$JCC_LAB_B_PUBLIC\",\"port\":$port3}" >/dev/null
wait "$counter"
n=$(json .packets <"$work/count.d")
[ "$n" = 0 ] || failed "port $port3 is outside the forwarded range but $n packets arrived"
ok "port $port3 outside the range: both servers accept, 0 packets arrive"

# ---- cleanup on the servers ------------------------------------------------------------------
for rid in selfcheck-b selfcheck-b-any selfcheck-b-bad; do
  req "$url_a" "{\"request\":\"unpublish_remotely\",\"room\":1234,\"publisher_id\":$publisher,\"remote_id\":\"$rid\"}" >/dev/null
done
for r in "$remote" "$remote2" "$remote3"; do
  req "$url_b" "{\"request\":\"remove_remote_publisher\",\"room\":1234,\"id\":$r}" >/dev/null
done
out=$(req "$url_b" '{"request":"listparticipants","room":1234}')
[ "$(json .participants.length <<<"$out")" = 0 ] || failed "remote publishers left on B: $out"
out=$(req "$url_a" "{\"request\":\"listremotes\",\"room\":1234,\"publisher_id\":$publisher}")
[ "$(json .list.length <<<"$out")" = 0 ] || failed "remotizations left on A: $out"
kill -TERM "${pids[2]}"
rc=0; wait "${pids[2]}" || rc=$?
[ "$rc" = 0 ] || failed "the publisher did not exit cleanly on SIGTERM (exit code $rc)"
tail -n 1 "$work/publisher.out"
out=$(req "$url_a" '{"request":"listparticipants","room":1234}')
[ "$(json .participants.length <<<"$out")" = 0 ] || failed "the publisher did not leave A: $out"
ok "cleanup: no remote publishers on B, no remotizations on A, the publisher left"
log "ALL CHECKS PASSED"
