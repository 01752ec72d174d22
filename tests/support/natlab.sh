#!/usr/bin/env bash
# The NAT lab: every host in a network namespace of its own, node B behind an nftables NAT.
# Documentation: docs/natlab.md.
#
#   natlab.sh [OPTIONS] up LABID      build the lab (tears down a leftover with that id first)
#   natlab.sh down LABID              remove it: idempotent, kills what still runs inside
#   natlab.sh env LABID               print the lab's names and addresses as shell variables
#   natlab.sh status LABID            exit 0 when the lab is up (and print its variables)
#
#   OPTIONS (or the environment variable in brackets):
#     --fwd FIRST-LAST      UDP range the NAT forwards to B   [JCC_LAB_FWD_FIRST/LAST, 40000-40099]
#     --api-ports P[,P...]  TCP ports the NAT forwards to B   [JCC_LAB_API_PORTS, "8188,7188"]
#
#    public segment 198.51.100.0/24: bridge br0 inside the router's namespace
#   [con] lan0 198.51.100.20 ─┐
#                             ├─ br0 198.51.100.1, 198.51.100.2 (B's public address) ─┐ [rtr]
#   [a]   lan0 198.51.100.10 ─┘                                          nftables NAT │
#   [b]   lan0 100.64.0.10 ──────────────────────────────── in0 100.64.0.1 ───────────┘
#   default routes: a, con via 198.51.100.1 (a dead end: the router has no way out); b via .1
#
# The router DNATs 198.51.100.2 (the TCP API ports and the forwarded UDP range) to B and
# SNATs B's traffic leaving on the public segment to 198.51.100.2. Nothing is created in the
# root namespace: no address, no route, no interface (every veth is created inside the
# router's namespace and its peer is moved straight into the host's). Needs root.
set -Eeuo pipefail

usage() {
  sed -n '4,12p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

fwd_first=${JCC_LAB_FWD_FIRST:-40000}
fwd_last=${JCC_LAB_FWD_LAST:-40099}
api_ports=${JCC_LAB_API_PORTS:-8188,7188}
positional=()
while [ $# -gt 0 ]; do
  case "$1" in
    --fwd) [ $# -ge 2 ] || usage; fwd_first=${2%-*}; fwd_last=${2#*-}; shift 2 ;;
    --fwd=*) v=${1#--fwd=}; fwd_first=${v%-*}; fwd_last=${v#*-}; shift ;;
    --api-ports) [ $# -ge 2 ] || usage; api_ports=$2; shift 2 ;;
    --api-ports=*) api_ports=${1#--api-ports=}; shift ;;
    -h|--help) usage ;;
    -*) echo "natlab: unknown option $1" >&2; usage ;;
    *) positional+=("$1"); shift ;;
  esac
done
[ ${#positional[@]} -eq 2 ] || usage
cmd=${positional[0]}
id=${positional[1]}
[[ "$id" =~ ^[a-z0-9]{1,6}$ ]] || { echo "natlab: LABID must be 1-6 characters of [a-z0-9]" >&2; exit 2; }

# "8188, 7188" / "8188 7188" / "8188,7188" → "8188,7188"
api_ports=$(echo "$api_ports" | tr -s ' ,' ',' | sed 's/^,//; s/,$//')
valid_port() { [[ "$1" =~ ^[0-9]+$ ]] && [ "$1" -ge 1 ] && [ "$1" -le 65535 ]; }
if [ "$cmd" = up ]; then
  if ! { valid_port "$fwd_first" && valid_port "$fwd_last" && [ "$fwd_first" -le "$fwd_last" ]; }; then
    echo "natlab: bad forwarded UDP range '$fwd_first-$fwd_last'" >&2
    exit 2
  fi
  [ -n "$api_ports" ] || { echo "natlab: no API ports" >&2; exit 2; }
  for p in ${api_ports//,/ }; do valid_port "$p" || { echo "natlab: bad API port '$p'" >&2; exit 2; }; done
fi

ns_rtr="jcc${id}rtr"; ns_a="jcc${id}a"; ns_b="jcc${id}b"; ns_con="jcc${id}con"
all_ns=("$ns_a" "$ns_b" "$ns_con" "$ns_rtr" "jcc${id}chk")
state="/run/jcc-natlab-${id}.env"
rtr_ip=198.51.100.1; b_public=198.51.100.2; a_ip=198.51.100.10; con_ip=198.51.100.20
rtr_inside=100.64.0.1; b_private=100.64.0.10
iface=lan0 # the hosts' interface name in every namespace (werift skips veth*/vmnet*/tun*/tap*)

print_env() {
  cat <<VARS
JCC_LAB_ID=$id
JCC_LAB_NS_ROUTER=$ns_rtr
JCC_LAB_NS_A=$ns_a
JCC_LAB_NS_B=$ns_b
JCC_LAB_NS_CONSOLE=$ns_con
JCC_LAB_IFACE=$iface
JCC_LAB_ROUTER_IP=$rtr_ip
JCC_LAB_ROUTER_INSIDE=$rtr_inside
JCC_LAB_A_IP=$a_ip
JCC_LAB_CONSOLE_IP=$con_ip
JCC_LAB_B_PUBLIC=$b_public
JCC_LAB_B_PRIVATE=$b_private
JCC_LAB_FWD_FIRST=$fwd_first
JCC_LAB_FWD_LAST=$fwd_last
JCC_LAB_API_PORTS=$api_ports
VARS
}

ns_exists() { [ -e "/var/run/netns/$1" ]; }

down() {
  local ns pids
  for ns in "${all_ns[@]}"; do
    ns_exists "$ns" || continue
    # Processes still inside (janus, node, listeners) would keep the namespace's network
    # alive after `ip netns del`: ask them to stop, then kill what is left (bounded: 2 s).
    mapfile -t pids < <(ip netns pids "$ns" 2>/dev/null || true)
    if [ ${#pids[@]} -gt 0 ]; then
      kill -TERM "${pids[@]}" 2>/dev/null || true
      for _ in 1 2 3 4 5 6 7 8 9 10; do
        mapfile -t pids < <(ip netns pids "$ns" 2>/dev/null || true)
        [ ${#pids[@]} -eq 0 ] && break
        sleep 0.2
      done
      if [ ${#pids[@]} -gt 0 ]; then kill -KILL "${pids[@]}" 2>/dev/null || true; fi
    fi
    ip netns del "$ns" 2>/dev/null || true
  done
  rm -f "$state"
}

up() {
  [ "$(id -u)" -eq 0 ] || { echo "natlab: needs root (network namespaces)" >&2; exit 1; }
  for tool in ip nft sysctl; do
    command -v "$tool" >/dev/null || { echo "natlab: '$tool' is not installed" >&2; exit 1; }
  done
  down
  trap 'echo "natlab: setup failed at line $LINENO, tearing down" >&2; down; exit 1' ERR
  trap 'echo "natlab: interrupted, tearing down" >&2; down; exit 130' INT TERM
  local ns
  for ns in "$ns_rtr" "$ns_a" "$ns_b" "$ns_con"; do
    ip netns add "$ns"
    ip -n "$ns" link set lo up
    # IPv4 only: no IPv6 link-local addresses, so Janus and werift gather IPv4 candidates only.
    ip netns exec "$ns" sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
    ip netns exec "$ns" sysctl -qw net.ipv4.ip_forward=0
  done
  ip -n "$ns_rtr" link add br0 type bridge
  ip -n "$ns_rtr" link add p-a type veth peer name "$iface" netns "$ns_a"
  ip -n "$ns_rtr" link add p-con type veth peer name "$iface" netns "$ns_con"
  ip -n "$ns_rtr" link add in0 type veth peer name "$iface" netns "$ns_b"
  ip -n "$ns_rtr" link set p-a master br0
  ip -n "$ns_rtr" link set p-con master br0
  ip -n "$ns_rtr" addr add "$rtr_ip/24" dev br0
  ip -n "$ns_rtr" addr add "$b_public/24" dev br0
  ip -n "$ns_rtr" addr add "$rtr_inside/24" dev in0
  for dev in br0 p-a p-con in0; do ip -n "$ns_rtr" link set "$dev" up; done
  ip -n "$ns_a" addr add "$a_ip/24" dev "$iface"
  ip -n "$ns_con" addr add "$con_ip/24" dev "$iface"
  ip -n "$ns_b" addr add "$b_private/24" dev "$iface"
  for ns in "$ns_a" "$ns_con" "$ns_b"; do ip -n "$ns" link set "$iface" up; done
  ip -n "$ns_b" route add default via "$rtr_inside"
  # The public hosts route "the internet" via the router too (which has no way out and drops
  # it): Janus finds its local IP by the default route, otherwise it says 127.0.0.1.
  ip -n "$ns_a" route add default via "$rtr_ip"
  ip -n "$ns_con" route add default via "$rtr_ip"
  ip netns exec "$ns_rtr" sysctl -qw net.ipv4.ip_forward=1
  # DNAT matches the public address (not an input interface): bridged traffic passes these
  # hooks too. B's replies are un-DNATed by conntrack; B's own new connections to the public
  # segment leave with the public address.
  ip netns exec "$ns_rtr" nft -f - <<NFT
table ip jcclab {
  chain prerouting {
    type nat hook prerouting priority dstnat; policy accept;
    ip daddr $b_public tcp dport { $api_ports } counter dnat to $b_private
    ip daddr $b_public udp dport $fwd_first-$fwd_last counter dnat to $b_private
  }
  chain postrouting {
    type nat hook postrouting priority srcnat; policy accept;
    ip saddr 100.64.0.0/24 oifname "br0" counter snat to $b_public
  }
}
NFT
  # Wait (bounded) until every link has carrier and the bridge ports forward.
  local i ready
  for i in $(seq 1 50); do
    ready=1
    for ns in "$ns_a" "$ns_con" "$ns_b"; do
      [[ "$(ip -n "$ns" -br link show "$iface")" =~ [[:space:]]UP[[:space:]] ]] || ready=0
    done
    for dev in p-a p-con; do
      [[ "$(ip -n "$ns_rtr" -d link show "$dev")" == *"state forwarding"* ]] || ready=0
    done
    [ "$ready" = 1 ] && break
    [ "$i" -eq 50 ] && { echo "natlab: the lab's links did not come up" >&2; false; }
    sleep 0.1
  done
  trap - ERR INT TERM
  print_env >"$state"
  print_env
}

case "$cmd" in
  up) up ;;
  down) down ;;
  env)
    if [ -r "$state" ]; then cat "$state"; else print_env; fi ;;
  status)
    if ns_exists "$ns_rtr" && [ -r "$state" ]; then cat "$state"; else echo "natlab: lab '$id' is not up" >&2; exit 1; fi ;;
  *) usage ;;
esac
