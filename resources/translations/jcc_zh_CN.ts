<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>probe room %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote publisher %1 in room %2 on %3 (link %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remotization %1 of publisher %2 in room %3 on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rtp_forward of %1 to %2 in the probe endpoint room %3 on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rtp_forward %1 to %2 of the probe endpoint in room %3 on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — left by a console that ended (journal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — incomplete link: no remotization feeds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — incomplete link: its copy on the target is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — a probe no console runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — its link is not in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal: %1 thing(s) left by a console that ended: %2 removed, %3 back with their links, the rest gone already%4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cascade::EventLog</name>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cascade::Fleet</name>
    <message>
        <source>unknown node &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the forwarded port range of %1 is exhausted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cascade::Journal</name>
    <message>
        <source>cannot create the journal folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock the journal in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 unreadable line(s) skipped (a torn last line after a crash)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cascade::LinkController</name>
    <message>
        <source>not brought up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bringing the link up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source node %1 is unreachable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting to source node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target node %1 is unreachable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting to target node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot follow room %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joining room %1 on %2 to follow its publishers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room %1 does not exist on %2; create it or enable &quot;create target room&quot; on the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cascade of %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create room %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create room %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update_remote_publisher %1 on %2 (streams changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpublish_remotely %1 on %2 (stale: target copy missing or host changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove_remote_publisher %1 on %2 (no remotization feeds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove_remote_publisher %1 on %2 (its publisher left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the forwarded port range %1–%2 of %3 is exhausted; widen it in the node&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add_remote_publisher %1 on %2: iface %3, port %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(chosen by Janus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add_remote_publisher answer without port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 on %2 is busy, trying the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish_remotely %1 on %2 → %3:%4 (the target&apos;s public side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove_remote_publisher %1 on %2 (rollback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no publishers in room %1 on %2 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n publisher(s) mirrored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 publishers failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for %1 mirror(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped, but cleanup was incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped; nothing of this link is left on the servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove_remote_publisher %1 on %2 (link down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target node %1 unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpublish_remotely %1 on %2 (link down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source node %1 unreachable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cascade::LinksModel</name>
    <message>
        <source>%1 / room %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> / publisher %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / room %2 via %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cascade::NodeClient</name>
    <message>
        <source>disconnected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected — Janus %1, but the VideoRoom plugin is not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected — Janus %1 is too old for cascading (remote publishers need 1.1.0 or newer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected — Janus %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnecting in %1 s — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 forwarded port pairs refused by the server (%3): something on the node holds them. Janus before 1.2.2 keeps the sockets of remote publishers that had media until it restarts, and other programs may bind ports of the range: restart Janus, or widen the forwarded range on the NAT and in the node&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cascade::NodesModel</name>
    <message>
        <source>all interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n unusable)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded UDP ports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cascade::OrphanScanner</name>
    <message>
        <source>node %1 is not connected: %2 (journal) not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1 is not connected: not scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove %1: node not connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cascade::ParticipantsModel</name>
    <message>
        <source>remote publisher (link %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>console watcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTP forwarders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cascaded to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cascade::RoomWatcher</name>
    <message>
        <source>connection to the node lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room destroyed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cascade::RoomsModel</name>
    <message>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codecs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>validate PROFILE            check a profile, name every problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status PROFILE              nodes (state, version, addresses) and links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rooms PROFILE NODE          rooms of a node and their participant counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link up|down PROFILE LINK   bring a cascade link up (waits) or down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orphans PROFILE [--remove]  find (and remove) objects no link owns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run PROFILE                 keep every enabled link up until stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe PROFILE --node N | --path A:B | --reflector ADDR:PORT [--count N] [--rate PPS]  RTP loopback probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reflect --bind ADDR:PORT    echo UDP to test a port forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitor PROFILE [--interval S] [--textfile PATH] [--once]  links up + probes on a schedule, Prometheus metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 failed (link down, probe failed), 2 usage, 3 invalid profile, 4 node unreachable, secret or TLS certificate refused.
Secrets come from JCC_&lt;NODE&gt;_API_SECRET, _TOKEN, _ADMIN_SECRET, _ADMIN_KEY, _ROOM_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cascade Janus VideoRoom servers through NAT, headless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log connections and server actions on stderr (QT_LOGGING_RULES selects more, e.g. jcc.janus.traffic.debug=true).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for nodes and links (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orphans: remove what was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe: node check of NODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe: path check A:B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe: packets to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe: packets per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe: a UDP echo (janus-cascade reflect) instead of a node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reflect: address and port to listen on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitor: seconds between checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitor: write Prometheus metrics to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitor: one round, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> See --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be between 0 and 3600 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  publisher %1 (%2) → remote publisher %3, port %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link did not come up within %1 s; run with --verbose to see what the servers answered, or try a longer --timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: janus-cascade link up|down PROFILE LINK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no link &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot bring link %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link %1: removal did not finish within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node stopped answering; run link down again, or orphans --remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some of the link&apos;s copies may be left on the servers; run link down again once both nodes answer, or orphans --remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: janus-cascade orphans PROFILE [--remove]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orphan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scan did not finish within the time allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no orphans on %1 node(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scan could not read every room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orphan(s) found; orphans --remove removes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1 of %2 orphans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: janus-cascade run PROFILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeping %1 link(s) up; Ctrl-C to stop (links stay on the servers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: left on servers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reflector takes ADDR:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count and --rate take whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: janus-cascade probe PROFILE --node N | --path A:B [--count N] [--rate PPS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--path takes two node ids: A:B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no node &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: janus-cascade reflect --bind ADDR:PORT (e.g. 0.0.0.0:40000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address is not this host&apos;s or the port is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>echoing UDP on %1:%2; probe it from the console, Ctrl-C to stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>echoed %1 datagram(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: janus-cascade monitor PROFILE [--interval S] [--textfile PATH] [--once]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval must be 5–86400 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--textfile must name a file in a writable folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not probed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: node %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last round&apos;s checks did not all pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each failed check&apos;s verdict is in the round above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: janus-cascade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid (%2 nodes, %3 links)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>     bind %1, public %2, ports %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all interfaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>     Janus says: local-ip %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, public-ips %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link %1  %2/%3 -&gt; %4/%5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rooms of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node is overloaded or dropped the request; try a longer --timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 participant(s)  %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1; a crash now leaves what only the marker scan of orphans can find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: node %2 not reachable: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from %1 within --timeout; check the node&apos;s URL and that Janus runs there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>janus::Error</name>
    <message>
        <source>error %1 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server is unreachable or closed the connection; check the URL, that Janus runs and that its WebSockets transport listens there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s answer does not follow the Janus API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server is overloaded, unreachable or dropped the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if you trust this server, put its fingerprint in the node&apos;s tls_pin_sha256 (the node editor&apos;s TLS pin); otherwise check that the URL names the right server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API secret, token or admin secret is wrong or missing; set it for this node (keychain or environment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this token may not use the requested plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session expired or the server restarted; the console creates a new session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plugin handle is gone; the console attaches again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VideoRoom plugin is not loaded on this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the UDP port is already in use on this server (another remote publisher or program holds it); pick another port of the node&apos;s forwarded range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bind address (iface) is not an address of this server. Behind NAT the public address is not bound locally: set the node&apos;s bind address to its private address or leave it empty, and put the NAT&apos;s address as its public address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such room on this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a room with this id already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such publisher in this room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request misses a mandatory field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unauthorized: the room secret is wrong or missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the publisher id is already in use in this room</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cascade Janus VideoRoom servers through NAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cascade profile to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>probe::ProbeResult</name>
    <message>
        <source>%1: sent %2, received %3, lost %4, duplicated %5, reordered %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTT ms: min %1, median %2, p95 %3, p99 %4, max %5; jitter %6 ms (%7 timestamps)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>probe::ProbeRunner</name>
    <message>
        <source>rate %1 is out of range %2–%3 packets per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count %1 is out of range %2–%3 packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packet size %1 is out of range %2–%3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return port %1 is out of range 0–65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a probe needs at least one node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot resolve the public address &apos;%1&apos; of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1:%2 for the returning packets: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe %1: packets return to %2:%3 (%4 timestamps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 went away during the probe (%2); the figures cover the time before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleanup incomplete, left on servers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending %1 packets at %2/s to %3:%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe cancelled; removing its resources from the servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no probe packet came back: UDP to %1 does not reach %2, or the way back to the console is blocked. Check that the NAT forwards this UDP port to the node&apos;s bind address, that the public address is right, that no firewall drops it, and that the node can reach the console&apos;s return address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTT median %1 ms, p95 %2 ms, jitter %3 ms, loss %4 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the NAT forwards %1, but %2 % of the packets were lost (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT forwarding works: %1 reaches %2 and back (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>probe::Prometheus</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>probe::ServerLoop</name>
    <message>
        <source>a probe needs at least one node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1 is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the probe endpoint on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the probe room on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for the probe endpoint on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reusing the probe endpoint on %1 (port %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add_remote_publisher on %1 (iface %2, port %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add_remote_publisher answer without port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rtp_forward on %1 to %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1 is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop_rtp_forward on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destroying the probe room on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove_remote_publisher on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwarder %1 of the probe endpoint on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe room %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>probe::UdpReflector</name>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <source>&apos;%1&apos; has leading or trailing spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address or interface name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address or host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must start with ws:// or wss://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a SHA-256 fingerprint (64 hex digits, colons optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate pin needs a wss:// api_url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be lowercase letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first %1 &gt; last %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null is not allowed; leave the field out instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a positive whole number or a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets do not belong in a profile; keep them in the system keychain or in JCC_&lt;NODE&gt;_… environment variables (docs/profile.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object {&quot;first&quot;: N, &quot;last&quot;: M}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs both first and last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id: duplicate node id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id: duplicate link id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source_node: unknown node &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target_node: unknown node &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target_node: a link needs two different nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target_node: node &apos;%1&apos; has no public_address to send to (set it, or a host_override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2 (is the file truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a profile is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format: &apos;%1&apos; is not a janus-cascade profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile version %1 is newer than this console supports (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version: %1 is not a profile version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>profile::SecretStore</name>
    <message>
        <source>no keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the environment is read-only here: set %1 before starting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::Banner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::EventLogView</name>
    <message>
        <source>Filter events (node, link, text)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when the console starts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::LatencyChart</name>
    <message>
        <source>RTT median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTT median–p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss (right axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: the probe goes on; Resume shows what came meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet: run a probe to see round-trip time, jitter and loss here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::LinkWizard</name>
    <message>
        <source>Create the room on the target if it is missing (with the source&apos;s codecs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cascade link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: the room whose publishers are mirrored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty = every publisher of the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link &amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &amp;room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: where the copies appear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty = the target&apos;s public address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For two nodes behind the same NAT (no hairpin): the target&apos;s private address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target n&amp;ode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target roo&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the console will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a target node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source and target must be different nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both rooms are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1 has no public address: set it in the node&apos;s settings, or give a host override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a port pair from %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a port Janus picks (no forwarded range set: a NAT will not forward it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;For %1 in room %2 on &lt;b&gt;%3&lt;/b&gt;:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;on &lt;b&gt;%4&lt;/b&gt;: &lt;code&gt;add_remote_publisher&lt;/code&gt; in room %5 with &lt;code&gt;iface&lt;/code&gt; = %6 and %7;&lt;/li&gt;&lt;li&gt;on &lt;b&gt;%3&lt;/b&gt;: &lt;code&gt;publish_remotely&lt;/code&gt; with &lt;code&gt;host&lt;/code&gt; = &lt;b&gt;%8&lt;/b&gt; (the target&apos;s public side) and that port.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;The link is kept true afterwards: new publishers are mirrored, departed ones removed, and it is rebuilt after either node restarts.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publisher %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not sent: all interfaces)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::LinksPanel</name>
    <message>
        <source>Ne&amp;w link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;orphans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a link to see its mirrors and diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 — %3&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publisher %1 (%2) → remote publisher %3 on %4, port %5%6&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>Node %1: select it to see its rooms; double-click to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Janus API the console talks to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local address of the server that RTP forwarders and remote publishers bind to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No public address: other nodes and probes send to the API host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where other nodes and probes send RTP to this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP ports the NAT forwards to this node, for links and probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect n&amp;ow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the selected node again now instead of waiting for the countdown (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Janus node (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected node (Ctrl+E, or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected node and its links from the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No nodes yet. Add a node with &lt;b&gt;Add…&lt;/b&gt; (Ctrl+Shift+N): its Janus API URL is enough to connect. Or open a profile with File → Open profile… (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cascade profiles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lin&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;orphans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Janus Cascade Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s), %1 link(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove node %1 and its links from the profile?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnecting now (asked by the user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cascade link needs two nodes: add them first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::NodeEditorDialog</name>
    <message>
        <source>&amp;Detect from server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stable key used in profiles, links and environment variables: a-z, 0-9, - and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in the views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Janus API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ws:// or wss://, e.g. ws://198.51.100.10:8188</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dmin API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. ws://198.51.100.10:7188</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty = the system&apos;s CAs verify wss:// servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the server&apos;s certificate (AB:CD:…): exactly this certificate is accepted, self-signed or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin the certificate the server presented when it was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TLS pin (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets (kept in the system keychain, never in the profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room admin key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty = all interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 198.51.100.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bind address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Public address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded UDP ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Bind&lt;/b&gt; is an address this server owns (behind NAT: its private address; empty = all). &lt;b&gt;Public&lt;/b&gt; is where other nodes and the probe send RTP (behind NAT: the NAT&apos;s address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the server at the Janus API URL (with the API secret and token above) for its local-ip and public-ip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the server&apos;s address, e.g. ws://198.51.100.10:8188</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no scheme: add ws:// or wss:// in front (ws://%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id: use lowercase letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id: a node &apos;%1&apos; exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Janus API URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin API URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Janus API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within 8 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1 as bind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1 as public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Janus %1 reports local-ip %2%3. Behind NAT, keep the private address as bind and put the NAT&apos;s address as public; without NAT, an empty bind means all interfaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, no public-ip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, public-ip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot ask the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::OrphansDialog</name>
    <message>
        <source>Left by a console that ended (journal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marker, no such link or probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remotization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rtp_forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find orphans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a console left on the servers: things recorded in the crash journal by a console that ended, links whose two halves do not match, and objects with this console&apos;s marker whose link is not in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning every node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left behind: no orphaned remote publishers, remotizations or probe rooms, and no incomplete links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n orphan(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removing %n orphan(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>orphans: removed %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ProbePanel</name>
    <message>
        <source>R&amp;un probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pau&amp;se</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PN&amp;G…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>console → node → console: proves the NAT forwards the node&apos;s port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path check A → B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>console → A → B → console: the way a link&apos;s media takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflector check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>console → UDP echo → console: a port forward, before Janus runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to check: one node, the path between two nodes, or a UDP echo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node probed (A of a path check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B of a path check: where A forwards the probe&apos;s packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDR:PORT of janus-cascade reflect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test a port forward before Janus runs: start `janus-cascade reflect --bind 0.0.0.0:PORT` on the node&apos;s host and probe its public address and port here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the probe sends (packets = duration × rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> /s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe packets sent per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the check (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending and remove the probe&apos;s rooms from the servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the chart; the probe goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart with its title, what was probed, when, and the verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the per-second figures as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;de:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ec&amp;ho:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durat&amp;ion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A path check sends RTP to A, which forwards it to B, which forwards it back here: it is the way a link&apos;s media takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reflector check sends UDP to `janus-cascade reflect` on the node&apos;s host: it tests a port forward before Janus runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node check sends RTP to the node&apos;s public address and port and counts what its remote publisher forwards back: it proves the NAT forwards that port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;des:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the chart live again, with what came meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>How long the probe sends: %n packet(s) at this rate</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A path check needs two nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a node first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the probe: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reflector as ADDR:PORT, e.g. 198.51.100.2:40000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reflector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reflector %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the probe of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before anything was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n packet(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 came back, RTT median %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1 was removed after this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1 changed after this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: %1. It said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Janus Cascade Console — latency probe, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run at %1 · %2 s at %3 packets/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTT median %1 ms, p95 %2 ms, jitter %3 ms, loss %4 % (%5 of %6 back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no packet came back (%1 sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CANCELLED — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ProfileDocument</name>
    <message>
        <source>no system keychain (%1): secrets are kept in memory for this run only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a crash now leaves what only Find orphans&apos; marker scan can find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ProfileProblemsDialog</name>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; was not opened: it has %n problem(s). Fix them in the file and open it again; the current profile stays open.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::RoomEditorDialog</name>
    <message>
        <source>&amp;Private (hidden from the room list of other clients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create room on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty = Janus chooses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number from 1 to 9223372036854775807 (or a text id when the node runs with string_ids); leave it empty and Janus picks a free number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty = &quot;Room &lt;id&gt;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many participants may publish at the same time; cascade links add one remote publisher per source publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, in order of preference (at most %1): %2. Empty = Janus&apos;s default (opus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, in order of preference (at most %1): %2. Empty = Janus&apos;s default (vp8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (opus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (vp8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed to destroy or edit the room and to forward from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room &amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ublishers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audio codecs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Video codecs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room &amp;secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console keeps one room secret per node; %1 has none, so the console manages its rooms without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no room secret in its settings: links and clean-up cannot manage this room until the node&apos;s Room secret (Edit node…) is the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is %1&apos;s room secret (its node settings): the console uses it for links and clean-up in every room of that node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not %1&apos;s room secret: the console uses that one for every room of the node, so links and clean-up cannot manage this room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 codec VideoRoom knows (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 %2 codecs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 codec is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room id %1 is out of range: use 1 to 9223372036854775807, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room id &quot;%1&quot; is not valid: a number, or (on a node with string_ids) up to 64 letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room %1 already exists on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::RoomsPanel</name>
    <message>
        <source>%1 + console watcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room %1 on %2: select it to see its participants below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 joined: %2 besides the console&apos;s watcher, which joined to follow the publishers for a cascade link and publishes nothing. Subscribers are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 joined (publishing or not); subscribers are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public: listed to every client of the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private: hidden from other clients&apos; room lists; the console sees it with the node&apos;s room admin key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Janus&apos;s default codecs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio / video codecs, in order of preference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant id %1 in this room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console&apos;s own handle: it joined as a publisher that never publishes, to follow this room&apos;s publishers for cascade links. Janus counts it as a participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remote publisher: its media comes over RTP from another Janus (a cascade copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishes media from a client of this Janus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined, publishes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No RTP forwarders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not cascaded to another node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destro&amp;y room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node whose rooms are shown (also: select a node in the Nodes area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter rooms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the rooms whose number, description or codecs contain this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh rooms and participants (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a room on the selected node: id, description, publishers, codecs, secret, private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy the selected room (with the node&apos;s room secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;de:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants of the selected room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No nodes yet: add one with Add… (Ctrl+Shift+N) in the Nodes area, and its rooms appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a node in the Nodes area to see its rooms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: %1 is not connected since %2 (%3). The rooms below are as they were then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not connected since %2 (%3): no rooms to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a connected node first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a room secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room %1 created: &quot;%2&quot;, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room %1 created on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a room: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the room: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a room first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy room %1 on %2? Everybody in it is kicked out, and cascade links into it go down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room %1 destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot destroy room %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot destroy room %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::TopologyView</name>
    <message>
        <source>No nodes yet: add one with Node → Add node (Ctrl+Shift+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all interfaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
