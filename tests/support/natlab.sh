#!/usr/bin/env bash
# The NAT lab: every host in a network namespace of its own, node B behind an nftables NAT.
#
#   natlab.sh up LABID     build the lab (idempotent: tears down a leftover first)
#   natlab.sh down LABID   remove it (idempotent; kills what still runs inside)
#   natlab.sh env LABID    print the lab's names and addresses as shell variables
#
#              public segment 198.51.100.0/24 (a bridge inside the router)
#   [con] 198.51.100.20 ──┐
#   [a]   198.51.100.10 ──┼── br0 198.51.100.1 + .2 (B's public address) [rtr] 100.64.0.1 ── [b] 100.64.0.10
#
# The router DNATs 198.51.100.2 (TCP API ports, the forwarded UDP range) to B and masquerades
# B's traffic going out. Nothing is added to the root namespace: no address, no route, no
# interface stays there. Needs root. Settings: JCC_LAB_FWD_FIRST/LAST (UDP range the NAT
# forwards, default 40000-40099), JCC_LAB_API_PORTS (TCP, default "8188, 7188").
set -euo pipefail

cmd=${1:-}; id=${2:-}
[[ -n "$cmd" && "$id" =~ ^[a-z0-9]{1,6}$ ]] || { echo "usage: $0 up|down|env LABID (1-6 of [a-z0-9])" >&2; exit 2; }

ns_rtr="jcc${id}rtr"; ns_a="jcc${id}a"; ns_b="jcc${id}b"; ns_con="jcc${id}con"
fwd_first=${JCC_LAB_FWD_FIRST:-40000}; fwd_last=${JCC_LAB_FWD_LAST:-40099}
api_ports=${JCC_LAB_API_PORTS:-"8188, 7188"}
a_ip=198.51.100.10; con_ip=198.51.100.20; rtr_ip=198.51.100.1; b_public=198.51.100.2
b_private=100.64.0.10; rtr_inside=100.64.0.1

print_env() {
  cat <<VARS
JCC_LAB_ID=$id
JCC_LAB_NS_ROUTER=$ns_rtr
JCC_LAB_NS_A=$ns_a
JCC_LAB_NS_B=$ns_b
JCC_LAB_NS_CONSOLE=$ns_con
JCC_LAB_A_IP=$a_ip
JCC_LAB_CONSOLE_IP=$con_ip
JCC_LAB_B_PUBLIC=$b_public
JCC_LAB_B_PRIVATE=$b_private
JCC_LAB_FWD_FIRST=$fwd_first
JCC_LAB_FWD_LAST=$fwd_last
VARS
}

down() {
  for ns in "$ns_a" "$ns_b" "$ns_con" "$ns_rtr"; do
    if ip netns list | grep -qw "$ns"; then
      pids=$(ip netns pids "$ns" 2>/dev/null || true)
      [ -n "$pids" ] && kill -9 $pids 2>/dev/null || true
      ip netns del "$ns" 2>/dev/null || true
    fi
  done
}

up() {
  down
  trap 'echo "natlab: setup failed, tearing down" >&2; down' ERR
  for ns in "$ns_rtr" "$ns_a" "$ns_b" "$ns_con"; do
    ip netns add "$ns"
    ip -n "$ns" link set lo up
  done
  # veth pairs are created inside the router's namespace, their peers moved straight into the
  # hosts' namespaces: nothing ever appears in the root namespace. Host-side names avoid the
  # prefixes werift skips (veth, vmnet, tun, tap).
  ip -n "$ns_rtr" link add br0 type bridge
  for host in a con; do
    ns_var="ns_$host"
    ip -n "$ns_rtr" link add "p-$host" type veth peer name lan0 netns "${!ns_var}"
    ip -n "$ns_rtr" link set "p-$host" master br0 up
  done
  ip -n "$ns_rtr" link add p-b type veth peer name lan0 netns "$ns_b"
  ip -n "$ns_rtr" addr add "$rtr_ip/24" dev br0
  ip -n "$ns_rtr" addr add "$b_public/24" dev br0
  ip -n "$ns_rtr" link set br0 up
  ip -n "$ns_rtr" addr add "$rtr_inside/24" dev p-b
  ip -n "$ns_rtr" link set p-b up
  ip -n "$ns_a" addr add "$a_ip/24" dev lan0
  ip -n "$ns_con" addr add "$con_ip/24" dev lan0
  ip -n "$ns_b" addr add "$b_private/24" dev lan0
  for ns in "$ns_a" "$ns_con" "$ns_b"; do ip -n "$ns" link set lan0 up; done
  ip -n "$ns_b" route add default via "$rtr_inside"
  ip netns exec "$ns_rtr" sysctl -qw net.ipv4.ip_forward=1
  ip netns exec "$ns_rtr" nft -f - <<NFT
table ip jcclab {
  chain prerouting {
    type nat hook prerouting priority dstnat; policy accept;
    ip daddr $b_public tcp dport { $api_ports } dnat to $b_private
    ip daddr $b_public udp dport $fwd_first-$fwd_last dnat to $b_private
  }
  chain postrouting {
    type nat hook postrouting priority srcnat; policy accept;
    ip saddr 100.64.0.0/24 oifname "br0" snat to $b_public
  }
}
NFT
  trap - ERR
  print_env
}

case "$cmd" in
  up) up ;;
  down) down ;;
  env) print_env ;;
  *) echo "usage: $0 up|down|env LABID" >&2; exit 2 ;;
esac
