<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>probe room %1 on %2</source>
        <translation>%2 上的探测房间 %1</translation>
    </message>
    <message>
        <source>remote publisher %1 in room %2 on %3 (link %4)</source>
        <translation>%3 上房间 %2 中的远程发布者 %1（链路 %4）</translation>
    </message>
    <message>
        <source>remotization %1 of publisher %2 in room %3 on %4</source>
        <translation>%4 上房间 %3 中发布者 %2 的远程发布 %1</translation>
    </message>
    <message>
        <source>rtp_forward of %1 to %2 in the probe endpoint room %3 on %4</source>
        <translation>%4 上探测端点房间 %3 中 %1 到 %2 的 rtp_forward</translation>
    </message>
    <message>
        <source>rtp_forward %1 to %2 of the probe endpoint in room %3 on %4</source>
        <translation>%4 上房间 %3 中探测端点的 rtp_forward %1（到 %2）</translation>
    </message>
    <message>
        <source>%1 — left by a console that ended (journal)</source>
        <translation>%1 — 由已退出的控制台遗留（操作日志）</translation>
    </message>
    <message>
        <source>%1 — incomplete link: no remotization feeds it</source>
        <translation>%1 — 级联链路不完整：没有远程发布为其提供媒体</translation>
    </message>
    <message>
        <source>%1 — incomplete link: its copy on the target is missing</source>
        <translation>%1 — 级联链路不完整：目标上的副本缺失</translation>
    </message>
    <message>
        <source>%1 — a probe no console runs</source>
        <translation>%1 — 没有控制台在运行的探测</translation>
    </message>
    <message>
        <source>%1 — its link is not in the profile</source>
        <translation>%1 — 其链路不在配置文件中</translation>
    </message>
    <message>
        <source>journal: %1 thing(s) left by a console that ended: %2 removed, %3 back with their links, the rest gone already%4</source>
        <translation>操作日志：已退出的控制台遗留了 %1 个对象：已移除 %2 个，%3 个已随其链路恢复，其余已不存在%4</translation>
    </message>
</context>
<context>
    <name>VideoRoom</name>
    <message>
        <source>the answer has no &quot;%1&quot;</source>
        <translation>应答中缺少“%1”</translation>
    </message>
    <message>
        <source>the answer names no room, id and port of the copy</source>
        <translation>应答中未给出副本的房间、id 和端口</translation>
    </message>
</context>
<context>
    <name>VideoRoomError</name>
    <message>
        <source>the request had no body</source>
        <translation>请求没有 body</translation>
    </message>
    <message>
        <source>the request is not valid JSON</source>
        <translation>请求不是有效的 JSON</translation>
    </message>
    <message>
        <source>this server&apos;s VideoRoom does not know the request; it may be older than the request needs (remote publishers need Janus 1.1)</source>
        <translation>此服务器的 VideoRoom 不认识该请求；其版本可能低于该请求的要求（远程发布者需要 Janus 1.1）</translation>
    </message>
    <message>
        <source>the handle must join a room first</source>
        <translation>句柄必须先加入房间</translation>
    </message>
    <message>
        <source>the handle has already joined a room</source>
        <translation>句柄已加入某个房间</translation>
    </message>
    <message>
        <source>no such room on this node</source>
        <translation>此节点上没有该房间</translation>
    </message>
    <message>
        <source>a room with this id already exists</source>
        <translation>已存在具有此 id 的房间</translation>
    </message>
    <message>
        <source>no such publisher in this room</source>
        <translation>此房间中没有该发布者</translation>
    </message>
    <message>
        <source>the request misses a mandatory field</source>
        <translation>请求缺少必填字段</translation>
    </message>
    <message>
        <source>a field has a value this server&apos;s VideoRoom refuses (its type or range differs between Janus versions)</source>
        <translation>某个字段的值被此服务器的 VideoRoom 拒绝（其类型或取值范围因 Janus 版本而异）</translation>
    </message>
    <message>
        <source>the SDP type is not valid here</source>
        <translation>此处的 SDP 类型无效</translation>
    </message>
    <message>
        <source>the room has as many publishers as it allows; raise its publisher limit or free a slot</source>
        <translation>房间的发布者已达上限；请提高其发布者上限，或空出一个名额</translation>
    </message>
    <message>
        <source>unauthorized: the room secret (or the admin key) is wrong or missing</source>
        <translation>未授权：房间密钥（或房间管理密钥）错误或缺失</translation>
    </message>
    <message>
        <source>already published</source>
        <translation>已在发布</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>尚未发布</translation>
    </message>
    <message>
        <source>the publisher id is already in use in this room</source>
        <translation>此房间中该发布者 id 已被使用</translation>
    </message>
    <message>
        <source>the SDP is not valid</source>
        <translation>SDP 无效</translation>
    </message>
</context>
<context>
    <name>alerts</name>
    <message>
        <source>%1: %2 back to normal</source>
        <translation>%1：%2 已恢复正常</translation>
    </message>
    <message>
        <source>%1: probe loss %2 % over %3 %</source>
        <translation>%1：探测丢包 %2 %，超过 %3 %</translation>
    </message>
    <message>
        <source>%1: RTT p95 %2 ms over %3 ms</source>
        <translation>%1：RTT p95 %2 ms，超过 %3 ms</translation>
    </message>
    <message>
        <source>%1: jitter %2 ms over %3 ms</source>
        <translation>%1：抖动 %2 ms，超过 %3 ms</translation>
    </message>
    <message>
        <source>%1: no media for %2 s (threshold %3 s)</source>
        <translation>%1：已 %2 秒无媒体（阈值 %3 秒）</translation>
    </message>
    <message>
        <source>%1: unreachable for %2 s (threshold %3 s)</source>
        <translation>%1：已 %2 秒不可达（阈值 %3 秒）</translation>
    </message>
</context>
<context>
    <name>cascade::EventLog</name>
    <message>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
</context>
<context>
    <name>cascade::Fleet</name>
    <message>
        <source>unknown node &apos;%1&apos;</source>
        <translation>未知节点“%1”</translation>
    </message>
    <message>
        <source>the forwarded port range of %1 is exhausted</source>
        <translation>%1 的转发端口范围已用尽</translation>
    </message>
    <message>
        <source>srtp is required but %1</source>
        <translation>要求使用 SRTP，但%1</translation>
    </message>
    <message>
        <source>Admin API answers again</source>
        <translation>管理 API 恢复应答</translation>
    </message>
    <message>
        <source>up — no media: %1</source>
        <translation>已连通 — 无媒体：%1</translation>
    </message>
</context>
<context>
    <name>cascade::Journal</name>
    <message>
        <source>cannot create the journal folder %1</source>
        <translation>无法创建操作日志目录 %1</translation>
    </message>
    <message>
        <source>cannot lock the journal in %1</source>
        <translation>无法锁定 %1 中的操作日志</translation>
    </message>
    <message>
        <source>cannot write the journal %1: %2</source>
        <translation>无法写入操作日志 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2 unreadable line(s) skipped (a torn last line after a crash)</source>
        <translation>%1：跳过了 %2 行无法读取的内容（崩溃后被截断的最后一行）</translation>
    </message>
</context>
<context>
    <name>cascade::LinkController</name>
    <message>
        <source>not brought up</source>
        <translation>未启动</translation>
    </message>
    <message>
        <source>bringing the link up</source>
        <translation>正在启动级联链路</translation>
    </message>
    <message>
        <source>source node %1 is unreachable: %2</source>
        <translation>源节点 %1 不可达：%2</translation>
    </message>
    <message>
        <source>connecting to source node %1</source>
        <translation>正在连接源节点 %1</translation>
    </message>
    <message>
        <source>target node %1 is unreachable: %2</source>
        <translation>目标节点 %1 不可达：%2</translation>
    </message>
    <message>
        <source>connecting to target node %1</source>
        <translation>正在连接目标节点 %1</translation>
    </message>
    <message>
        <source>cannot follow room %1 on %2: %3</source>
        <translation>无法跟踪 %2 上的房间 %1：%3</translation>
    </message>
    <message>
        <source>joining room %1 on %2 to follow its publishers</source>
        <translation>正在加入 %2 上的房间 %1 以跟踪其发布者</translation>
    </message>
    <message>
        <source>room %1 does not exist on %2; create it or enable &quot;create target room&quot; on the link</source>
        <translation>房间 %1 在 %2 上不存在；请创建该房间，或在链路上启用“创建目标房间”</translation>
    </message>
    <message>
        <source>cannot create room %1 on %2: %3</source>
        <translation>无法在 %2 上创建房间 %1：%3</translation>
    </message>
    <message>
        <source>the forwarded port range %1–%2 of %3 is exhausted; widen it in the node&apos;s settings</source>
        <translation>%3 的转发端口范围 %1–%2 已用尽；请在节点设置中扩大该范围</translation>
    </message>
    <message>
        <source>port %1 on %2 is busy, trying the next one</source>
        <translation>%2 上的端口 %1 已被占用，尝试下一个</translation>
    </message>
    <message>
        <source>no publishers in room %1 on %2 yet</source>
        <translation>%2 上的房间 %1 中尚无发布者</translation>
    </message>
    <message>
        <source>%1 of %2 publishers failed: %3</source>
        <translation>%2 个发布者中有 %1 个失败：%3</translation>
    </message>
    <message>
        <source>waiting for %1 mirror(s)</source>
        <translation>正在等待 %1 个镜像</translation>
    </message>
    <message>
        <source>stopped, but cleanup was incomplete: %1</source>
        <translation>已停止，但清理不完整：%1</translation>
    </message>
    <message>
        <source>stopped; nothing of this link is left on the servers</source>
        <translation>已停止；服务器上没有留下此链路的任何内容</translation>
    </message>
    <message>
        <source>its publisher left</source>
        <translation>其发布者已离开</translation>
    </message>
    <message>
        <source>stale: target copy missing or host changed</source>
        <translation>已过期：目标上的副本缺失或主机已变化</translation>
    </message>
    <message>
        <source>no remotization feeds it</source>
        <translation>没有远程发布为其提供媒体</translation>
    </message>
    <message>
        <source>rollback</source>
        <translation>回滚</translation>
    </message>
    <message numerus="yes">
        <source>%n publisher(s) mirrored; %1</source>
        <translation>
            <numerusform>已镜像 %n 个发布者；%1</numerusform>
        </translation>
    </message>
    <message>
        <source>replaced: its SRTP key is not this console&apos;s</source>
        <translation>已替换：其 SRTP 密钥不属于本控制台</translation>
    </message>
    <message>
        <source>replaced: the leg is plain RTP now</source>
        <translation>已替换：该链路段现在使用明文 RTP</translation>
    </message>
    <message>
        <source>srtp is required but %1</source>
        <translation>要求使用 SRTP，但%1</translation>
    </message>
    <message>
        <source>; the leg is SRTP: keys that differ at both ends look the same (link down and up makes new ones)</source>
        <translation>；该链路段使用 SRTP：两端密钥不一致时现象相同（先停用再启用链路会生成新密钥）</translation>
    </message>
</context>
<context>
    <name>cascade::LinkRequests</name>
    <message>
        <source>Cascade of %1/%2</source>
        <translation>%1/%2 的级联</translation>
    </message>
    <message>
        <source>create room %1 on %2</source>
        <translation>在 %2 上创建房间 %1</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>（全部）</translation>
    </message>
    <message>
        <source>(chosen by Janus)</source>
        <translation>（由 Janus 选择）</translation>
    </message>
    <message>
        <source>update_remote_publisher %1 on %2 (streams changed)</source>
        <translation>%2 上 update_remote_publisher %1（媒体流已变化）</translation>
    </message>
    <message>
        <source>remove_remote_publisher %1 on %2 (%3)</source>
        <translation>%2 上 remove_remote_publisher %1（%3）</translation>
    </message>
    <message>
        <source>unpublish_remotely %1 on %2 (%3)</source>
        <translation>%2 上 unpublish_remotely %1（%3）</translation>
    </message>
    <message>
        <source>source node %1 unreachable</source>
        <translation>源节点 %1 不可达</translation>
    </message>
    <message>
        <source>target node %1 unreachable</source>
        <translation>目标节点 %1 不可达</translation>
    </message>
    <message>
        <source>link down</source>
        <translation>关闭链路</translation>
    </message>
    <message>
        <source>add_remote_publisher %1 on %2: iface %3, port %4%5</source>
        <translation>在 %2 上对 %1 执行 add_remote_publisher：iface %3，端口 %4%5</translation>
    </message>
    <message>
        <source>, SRTP %1</source>
        <translation>，SRTP %1</translation>
    </message>
    <message>
        <source>publish_remotely %1 on %2 → %3:%4 (the target&apos;s public side)%5</source>
        <translation>在 %2 上对 %1 执行 publish_remotely → %3:%4（目标的公网侧）%5</translation>
    </message>
</context>
<context>
    <name>cascade::LinkState</name>
    <message>
        <source>pending</source>
        <translation>建立中</translation>
    </message>
    <message>
        <source>up</source>
        <translation>已连通</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>部分连通</translation>
    </message>
    <message>
        <source>down</source>
        <translation>已断开</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>no-media</source>
        <translation>已连通 — 无媒体</translation>
    </message>
</context>
<context>
    <name>cascade::LinksModel</name>
    <message>
        <source>%1 / room %2%3</source>
        <translation>%1 / 房间 %2%3</translation>
    </message>
    <message>
        <source> / publisher %1</source>
        <translation> / 发布者 %1</translation>
    </message>
    <message>
        <source>%1 / room %2 via %3</source>
        <translation>%1 / 房间 %2，经由 %3</translation>
    </message>
    <message>
        <source>%1 of %2 up</source>
        <translation>%1 / %2 已连通</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链路</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Publishers</source>
        <translation>发布者</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>up — no media</source>
        <translation>已连通 — 无媒体</translation>
    </message>
</context>
<context>
    <name>cascade::MediaTap</name>
    <message>
        <source>node %1 is not connected</source>
        <translation>节点 %1 未连接</translation>
    </message>
    <message>
        <source>no return address for the media tap</source>
        <translation>媒体探测没有返回地址</translation>
    </message>
    <message>
        <source>cannot listen on port %1 for the media tap: %2</source>
        <translation>无法在端口 %1 上监听媒体探测：%2</translation>
    </message>
    <message>
        <source>the copy has no audio or video stream to tap</source>
        <translation>该副本没有可探测的音频或视频流</translation>
    </message>
</context>
<context>
    <name>cascade::MediaWatch</name>
    <message>
        <source>cannot resolve %1 to find the return address of the media tap</source>
        <translation>无法解析 %1，找不到媒体探测的返回地址</translation>
    </message>
    <message>
        <source>media tap of %1&apos;s copy of publisher %2 failed: %3</source>
        <translation>%1 上发布者 %2 的副本媒体探测失败：%3</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more silent copies)</source>
        <translation>
            <numerusform>%1（另有 %n 个无媒体的副本）</numerusform>
        </translation>
    </message>
    <message>
        <source>media reaches %1 again</source>
        <translation>媒体已重新到达 %1</translation>
    </message>
    <message>
        <source>no RTP reached %1&apos;s copy of publisher %2 on port %3 in %4 s: check the NAT&apos;s UDP forward of %5:%3 and the source&apos;s publish_remotely host (and that %1 can send UDP to the console at %6)</source>
        <translation>%4 秒内没有 RTP 到达 %1 上发布者 %2 的副本（端口 %3）：请检查 NAT 对 %5:%3 的 UDP 转发以及源节点 publish_remotely 的 host（并确认 %1 能向控制台 %6 发送 UDP）</translation>
    </message>
</context>
<context>
    <name>cascade::Monitor</name>
    <message>
        <source>node %1 is not connected</source>
        <translation>节点 %1 未连接</translation>
    </message>
    <message>
        <source>not probed: %1</source>
        <translation>未探测：%1</translation>
    </message>
</context>
<context>
    <name>cascade::NodeClient</name>
    <message>
        <source>disconnected: %1</source>
        <translation>已断开：%1</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>connected — Janus %1, but the VideoRoom plugin is not loaded</source>
        <translation>已连接 — Janus %1，但未加载 VideoRoom 插件</translation>
    </message>
    <message>
        <source>connected — Janus %1 is too old for cascading (remote publishers need 1.1.0 or newer)</source>
        <translation>已连接 — Janus %1 版本过旧，无法级联（远程发布者需要 1.1.0 或更高版本）</translation>
    </message>
    <message>
        <source>connected — Janus %1</source>
        <translation>已连接 — Janus %1</translation>
    </message>
    <message>
        <source>reconnecting in %1 s — %2</source>
        <translation>%1 秒后重连 — %2</translation>
    </message>
    <message>
        <source>auth failed: %1</source>
        <translation>认证失败：%1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <source>%1 of %2 forwarded port pairs refused by the server (%3): something on the node holds them. Janus before 1.2.2 keeps the sockets of remote publishers that had media until it restarts, and other programs may bind ports of the range: restart Janus, or widen the forwarded range on the NAT and in the node&apos;s settings.</source>
        <translation>服务器拒绝了 %2 对转发端口中的 %1 对（%3）：节点上有程序占用了它们。1.2.2 之前的 Janus 会一直保留曾有媒体的远程发布者的套接字，直到重启；其他程序也可能绑定了该范围内的端口。请重启 Janus，或在 NAT 和节点设置中扩大转发端口范围。</translation>
    </message>
</context>
<context>
    <name>cascade::NodeHealth</name>
    <message>
        <source>no Admin API: set admin_url for health</source>
        <translation>无 管理 API：设置 admin_url 以查看健康状况</translation>
    </message>
    <message>
        <source>Admin API not connected: %1</source>
        <translation>管理 API 未连接：%1</translation>
    </message>
    <message>
        <source>Admin API connecting</source>
        <translation>管理 API 正在连接</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Admin API failed: %1</source>
        <translation>管理 API 失败：%1</translation>
    </message>
</context>
<context>
    <name>cascade::NodesModel</name>
    <message>
        <source>all interfaces</source>
        <translation>所有网卡</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n unusable)</source>
        <translation>
            <numerusform>%1（%n 个不可用）</numerusform>
        </translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API URL</translation>
    </message>
    <message>
        <source>Bind address</source>
        <translation>绑定地址</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>公网地址</translation>
    </message>
    <message>
        <source>Forwarded UDP ports</source>
        <translation>转发 UDP 端口</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Admin API</source>
        <translation>管理 API</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Handles</source>
        <translation>句柄</translation>
    </message>
</context>
<context>
    <name>cascade::OrphanScanner</name>
    <message>
        <source>node %1 is not connected: %2 (journal) not checked</source>
        <translation>节点 %1 未连接：%2（操作日志）未检查</translation>
    </message>
    <message>
        <source>node %1 is not connected: not scanned</source>
        <translation>节点 %1 未连接：未扫描</translation>
    </message>
    <message>
        <source>cannot remove %1: node not connected</source>
        <translation>无法移除 %1：节点未连接</translation>
    </message>
</context>
<context>
    <name>cascade::ParticipantsModel</name>
    <message>
        <source>remote publisher (link %1)</source>
        <translation>远程发布者（链路 %1）</translation>
    </message>
    <message>
        <source>remote publisher</source>
        <translation>远程发布者</translation>
    </message>
    <message>
        <source>console watcher</source>
        <translation>控制台观察者</translation>
    </message>
    <message>
        <source>local publisher</source>
        <translation>本地发布者</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>显示名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>RTP forwarders</source>
        <translation>RTP 转发器</translation>
    </message>
    <message>
        <source>Cascaded to</source>
        <translation>级联到</translation>
    </message>
</context>
<context>
    <name>cascade::RoomWatcher</name>
    <message>
        <source>connection to the node lost</source>
        <translation>与节点的连接已断开</translation>
    </message>
    <message>
        <source>room destroyed</source>
        <translation>房间已销毁</translation>
    </message>
</context>
<context>
    <name>cascade::RoomsModel</name>
    <message>
        <source>private</source>
        <translation>私有</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>访问权限</translation>
    </message>
    <message>
        <source>Codecs</source>
        <translation>编解码器</translation>
    </message>
</context>
<context>
    <name>cascade::SourceMedia</name>
    <message>
        <source>ICE %1</source>
        <translation>ICE %1</translation>
    </message>
    <message>
        <source>(no PeerConnection)</source>
        <translation>（无 PeerConnection）</translation>
    </message>
    <message>
        <source>%1 %2: %3 packets, %4 bytes in</source>
        <translation>%1 %2：收到 %3 个包，%4 字节</translation>
    </message>
    <message>
        <source>, RTT %1 ms</source>
        <translation>，RTT %1 毫秒</translation>
    </message>
    <message>
        <source>, jitter %1 ms</source>
        <translation>，抖动 %1 毫秒</translation>
    </message>
    <message>
        <source>, %1 NACKs</source>
        <translation>，%1 个 NACK</translation>
    </message>
    <message>
        <source>publisher %1 of room %2 has no handle on the source node (it left, or the Admin API sees another server)</source>
        <translation>房间 %2 的发布者 %1 在源节点上没有句柄（它已离开，或 管理 API 连接的是另一台服务器）</translation>
    </message>
    <message>
        <source>no Admin API: set admin_url for media counters</source>
        <translation>无 管理 API：设置 admin_url 以查看媒体计数</translation>
    </message>
</context>
<context>
    <name>cascade::Srtp</name>
    <message>
        <source>the Janus version of %1 is not known yet</source>
        <translation>尚不知道 %1 的 Janus 版本</translation>
    </message>
    <message>
        <source>%1 runs Janus %2: SRTP needs 1.3.0</source>
        <translation>%1 运行的是 Janus %2：SRTP 需要 1.3.0</translation>
    </message>
    <message>
        <source>SRTP (AES_CM_128_HMAC_SHA1_%1)</source>
        <translation>SRTP（AES_CM_128_HMAC_SHA1_%1）</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>plain RTP (srtp: off)</source>
        <translation>明文 RTP（srtp: off）</translation>
    </message>
    <message>
        <source>plain RTP: %1</source>
        <translation>明文 RTP：%1</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>validate PROFILE            check a profile, name every problem</source>
        <translation>validate PROFILE            检查配置文件，列出每个问题</translation>
    </message>
    <message>
        <source>status PROFILE              nodes (state, version, addresses) and links</source>
        <translation>status PROFILE              节点（状态、版本、地址）和级联链路</translation>
    </message>
    <message>
        <source>rooms PROFILE NODE          rooms of a node and their participant counts</source>
        <translation>rooms PROFILE NODE          节点的房间及其参与者数量</translation>
    </message>
    <message>
        <source>link up|down PROFILE LINK   bring a cascade link up (waits) or down</source>
        <translation>link up|down PROFILE LINK   启动（等待完成）或关闭一条级联链路</translation>
    </message>
    <message>
        <source>orphans PROFILE [--remove]  find (and remove) objects no link owns</source>
        <translation>orphans PROFILE [--remove]  查找（并移除）不属于任何链路的残留对象</translation>
    </message>
    <message>
        <source>run PROFILE                 keep every enabled link up until stopped</source>
        <translation>run PROFILE                 保持所有已启用的链路运行，直到停止</translation>
    </message>
    <message>
        <source>reflect --bind ADDR:PORT    echo UDP to test a port forward</source>
        <translation>reflect --bind ADDR:PORT    回显 UDP，用于测试端口转发</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 failed (link down, probe failed), 2 usage, 3 invalid profile, 4 node unreachable, secret or TLS certificate refused.
Secrets come from JCC_&lt;NODE&gt;_API_SECRET, _TOKEN, _ADMIN_SECRET, _ADMIN_KEY, _ROOM_SECRET.</source>
        <translation>退出码：0 成功，1 失败（链路未启动、探测失败），2 用法错误，3 配置文件无效，4 节点不可达、密钥或 TLS 证书被拒绝。
密钥来自环境变量 JCC_&lt;NODE&gt;_API_SECRET、_TOKEN、_ADMIN_SECRET、_ADMIN_KEY、_ROOM_SECRET。</translation>
    </message>
    <message>
        <source>Cascade Janus VideoRoom servers through NAT, headless.</source>
        <translation>穿越 NAT 级联 Janus VideoRoom 服务器（无界面版）。</translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation>输出机器可读的 JSON。</translation>
    </message>
    <message>
        <source>Log connections and server actions on stderr (QT_LOGGING_RULES selects more, e.g. jcc.janus.traffic.debug=true).</source>
        <translation>在 stderr 上记录连接和服务器操作（用 QT_LOGGING_RULES 可选择更多，例如 jcc.janus.traffic.debug=true）。</translation>
    </message>
    <message>
        <source>Seconds to wait for nodes and links (default 10).</source>
        <translation>等待节点和链路的秒数（默认 10）。</translation>
    </message>
    <message>
        <source>orphans: remove what was found.</source>
        <translation>orphans：移除找到的残留对象。</translation>
    </message>
    <message>
        <source>probe: node check of NODE.</source>
        <translation>probe：对节点 NODE 做节点检查。</translation>
    </message>
    <message>
        <source>probe: path check A:B.</source>
        <translation>probe：路径检查 A:B。</translation>
    </message>
    <message>
        <source>probe: packets to send.</source>
        <translation>probe：要发送的数据包数。</translation>
    </message>
    <message>
        <source>probe: packets per second.</source>
        <translation>probe：每秒数据包数。</translation>
    </message>
    <message>
        <source>probe: a UDP echo (janus-cascade reflect) instead of a node.</source>
        <translation>probe：探测一个 UDP 回显（janus-cascade reflect），而不是节点。</translation>
    </message>
    <message>
        <source>reflect: address and port to listen on.</source>
        <translation>reflect：监听的地址和端口。</translation>
    </message>
    <message>
        <source>monitor: seconds between checks.</source>
        <translation>monitor：两次检查之间的秒数。</translation>
    </message>
    <message>
        <source>monitor: write Prometheus metrics to this file.</source>
        <translation>monitor：将 Prometheus 指标写入此文件。</translation>
    </message>
    <message>
        <source>monitor: one round, then exit.</source>
        <translation>monitor：只执行一轮，然后退出。</translation>
    </message>
    <message>
        <source>The command (see above).</source>
        <translation>命令（见上文）。</translation>
    </message>
    <message>
        <source> See --help.</source>
        <translation> 参见 --help。</translation>
    </message>
    <message>
        <source>no command given; see --help</source>
        <translation>未指定命令；参见 --help</translation>
    </message>
    <message>
        <source>--timeout must be between 0 and 3600 seconds</source>
        <translation>--timeout 必须在 0 到 3600 秒之间</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see --help</source>
        <translation>未知命令“%1”；参见 --help</translation>
    </message>
    <message>
        <source>link %1: %2 — %3</source>
        <translation>链路 %1：%2 — %3</translation>
    </message>
    <message>
        <source>  publisher %1 (%2) → remote publisher %3, port %4%5</source>
        <translation>  发布者 %1（%2）→ 远程发布者 %3，端口 %4%5</translation>
    </message>
    <message>
        <source>link %1 is %2</source>
        <translation>链路 %1 处于 %2</translation>
    </message>
    <message>
        <source>the link did not come up within %1 s; run with --verbose to see what the servers answered, or try a longer --timeout</source>
        <translation>链路在 %1 秒内未能启动；使用 --verbose 运行可查看服务器的应答，或尝试更长的 --timeout</translation>
    </message>
    <message>
        <source>usage: janus-cascade link up|down PROFILE LINK</source>
        <translation>用法：janus-cascade link up|down PROFILE LINK</translation>
    </message>
    <message>
        <source>no link &apos;%1&apos; in %2</source>
        <translation>%2 中没有链路“%1”</translation>
    </message>
    <message>
        <source>cannot bring link %1 %2</source>
        <translation>无法将链路 %1 设为 %2</translation>
    </message>
    <message>
        <source>link %1: removal did not finish within %2 s</source>
        <translation>链路 %1：移除未在 %2 秒内完成</translation>
    </message>
    <message>
        <source>a node stopped answering; run link down again, or orphans --remove</source>
        <translation>某个节点停止了应答；请再次运行 link down，或运行 orphans --remove</translation>
    </message>
    <message>
        <source>some of the link&apos;s copies may be left on the servers; run link down again once both nodes answer, or orphans --remove</source>
        <translation>链路的部分副本可能残留在服务器上；待两个节点都应答后再次运行 link down，或运行 orphans --remove</translation>
    </message>
    <message>
        <source>usage: janus-cascade orphans PROFILE [--remove]</source>
        <translation>用法：janus-cascade orphans PROFILE [--remove]</translation>
    </message>
    <message>
        <source>orphan: %1</source>
        <translation>残留对象：%1</translation>
    </message>
    <message>
        <source>the scan did not finish within the time allowed</source>
        <translation>扫描未在允许的时间内完成</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>removed %1 of %2</source>
        <translation>已移除 %1 / %2</translation>
    </message>
    <message>
        <source>no orphans on %1 node(s)</source>
        <translation>%1 个节点上没有残留对象</translation>
    </message>
    <message>
        <source>the scan could not read every room</source>
        <translation>扫描未能读取所有房间</translation>
    </message>
    <message>
        <source>%1 orphan(s) found; orphans --remove removes them</source>
        <translation>找到 %1 个残留对象；orphans --remove 可移除它们</translation>
    </message>
    <message>
        <source>removed %1 of %2 orphans</source>
        <translation>已移除 %2 个残留对象中的 %1 个</translation>
    </message>
    <message>
        <source>usage: janus-cascade run PROFILE</source>
        <translation>用法：janus-cascade run PROFILE</translation>
    </message>
    <message>
        <source>keeping %1 link(s) up; Ctrl-C to stop (links stay on the servers)</source>
        <translation>正在保持 %1 条链路运行；按 Ctrl-C 停止（链路保留在服务器上）</translation>
    </message>
    <message>
        <source>warning: left on servers: %1</source>
        <translation>警告：残留在服务器上：%1</translation>
    </message>
    <message>
        <source>--reflector takes ADDR:PORT</source>
        <translation>--reflector 的参数为 ADDR:PORT</translation>
    </message>
    <message>
        <source>--count and --rate take whole numbers</source>
        <translation>--count 和 --rate 的参数必须是整数</translation>
    </message>
    <message>
        <source>usage: janus-cascade probe PROFILE --node N | --path A:B [--count N] [--rate PPS]</source>
        <translation>用法：janus-cascade probe PROFILE --node N | --path A:B [--count N] [--rate PPS]</translation>
    </message>
    <message>
        <source>--path takes two node ids: A:B</source>
        <translation>--path 的参数为两个节点 id：A:B</translation>
    </message>
    <message>
        <source>no node &apos;%1&apos; in %2</source>
        <translation>%2 中没有节点“%1”</translation>
    </message>
    <message>
        <source>usage: janus-cascade reflect --bind ADDR:PORT (e.g. 0.0.0.0:40000)</source>
        <translation>用法：janus-cascade reflect --bind ADDR:PORT（例如 0.0.0.0:40000）</translation>
    </message>
    <message>
        <source>the address is not this host&apos;s or the port is taken</source>
        <translation>该地址不属于本机，或端口已被占用</translation>
    </message>
    <message>
        <source>echoing UDP on %1:%2; probe it from the console, Ctrl-C to stop</source>
        <translation>正在 %1:%2 上回显 UDP；请从控制台探测它，按 Ctrl-C 停止</translation>
    </message>
    <message>
        <source>echoed %1 datagram(s)</source>
        <translation>已回显 %1 个数据报</translation>
    </message>
    <message>
        <source>--interval must be 5–86400 seconds</source>
        <translation>--interval 必须为 5–86400 秒</translation>
    </message>
    <message>
        <source>--textfile must name a file in a writable folder</source>
        <translation>--textfile 必须指向可写目录中的文件</translation>
    </message>
    <message>
        <source>a node is not connected</source>
        <translation>有节点未连接</translation>
    </message>
    <message>
        <source>not probed: %1</source>
        <translation>未探测：%1</translation>
    </message>
    <message>
        <source>warning: node %1: %2</source>
        <translation>警告：节点 %1：%2</translation>
    </message>
    <message>
        <source>the last round&apos;s checks did not all pass</source>
        <translation>最近一轮检查未全部通过</translation>
    </message>
    <message>
        <source>each failed check&apos;s verdict is in the round above</source>
        <translation>每个失败检查的结论见上面这一轮的输出</translation>
    </message>
    <message>
        <source>usage: janus-cascade %1</source>
        <translation>用法：janus-cascade %1</translation>
    </message>
    <message>
        <source>%1 is not a valid profile</source>
        <translation>%1 不是有效的配置文件</translation>
    </message>
    <message>
        <source>%1: valid (%2 nodes, %3 links)</source>
        <translation>%1：有效（%2 个节点，%3 条链路）</translation>
    </message>
    <message>
        <source>node %1  %2</source>
        <translation>节点 %1  %2</translation>
    </message>
    <message>
        <source>     bind %1, public %2, ports %3</source>
        <translation>     绑定 %1，公网 %2，端口 %3</translation>
    </message>
    <message>
        <source>(all interfaces)</source>
        <translation>（所有网卡）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>（任意）</translation>
    </message>
    <message>
        <source>     Janus says: local-ip %1%2</source>
        <translation>     Janus 报告：local-ip %1%2</translation>
    </message>
    <message>
        <source>, public-ips %1</source>
        <translation>，public-ips %1</translation>
    </message>
    <message>
        <source>link %1  %2/%3 -&gt; %4/%5%6</source>
        <translation>链路 %1  %2/%3 -&gt; %4/%5%6</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation>（已禁用）</translation>
    </message>
    <message>
        <source>rooms of %1</source>
        <translation>%1 的房间</translation>
    </message>
    <message>
        <source>no answer from %1</source>
        <translation>%1 没有应答</translation>
    </message>
    <message>
        <source>the node is overloaded or dropped the request; try a longer --timeout</source>
        <translation>节点过载或丢弃了请求；请尝试更长的 --timeout</translation>
    </message>
    <message>
        <source>%1  %2 participant(s)  %3%4</source>
        <translation>%1  %2 位参与者  %3%4</translation>
    </message>
    <message>
        <source>  (private)</source>
        <translation>  （私有）</translation>
    </message>
    <message>
        <source>warning: %1; a crash now leaves what only the marker scan of orphans can find</source>
        <translation>警告：%1；此时若崩溃，遗留的对象只能通过残留对象的标记扫描找到</translation>
    </message>
    <message>
        <source>%1: node %2 not reachable: %3</source>
        <translation>%1：节点 %2 不可达：%3</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>no answer from %1 within --timeout; check the node&apos;s URL and that Janus runs there</source>
        <translation>%1 在 --timeout 时间内没有应答；请检查节点的 URL，以及 Janus 是否在那里运行</translation>
    </message>
    <message>
        <source>probe PROFILE --node N | --path A:B | --reflector ADDR:PORT [--count N] [--rate PPS] [--srtp MODE]  RTP loopback probe</source>
        <translation>probe PROFILE --node N | --path A:B | --reflector ADDR:PORT [--count N] [--rate PPS] [--srtp MODE]  RTP 回环探测</translation>
    </message>
    <message>
        <source>probe --path: preferred, required or off (default: as the link A→B is set, else preferred).</source>
        <translation>probe --path：preferred、required 或 off（默认：按链路 A→B 的设置，否则为 preferred）。</translation>
    </message>
    <message>
        <source>leg: %1</source>
        <translation>链路段：%1</translation>
    </message>
    <message>
        <source>--srtp takes preferred, required or off</source>
        <translation>--srtp 只接受 preferred、required 或 off</translation>
    </message>
    <message>
        <source>monitor PROFILE [--interval S] [--textfile PATH] [--listen ADDR:PORT] [--once]  links up + probes on a schedule, Prometheus metrics (file, or /metrics and /healthz over HTTP)</source>
        <translation>monitor PROFILE [--interval S] [--textfile PATH] [--listen ADDR:PORT] [--once]  按计划保持链路并探测，输出 Prometheus 指标（文件，或通过 HTTP 提供 /metrics 和 /healthz）</translation>
    </message>
    <message>
        <source>monitor: serve /metrics and /healthz over HTTP on ADDR:PORT (e.g. 127.0.0.1:9464, [::1]:9464).</source>
        <translation>monitor：在 ADDR:PORT 上通过 HTTP 提供 /metrics 和 /healthz（例如 127.0.0.1:9464、[::1]:9464）。</translation>
    </message>
    <message>
        <source>--listen needs an address of this host and a free port</source>
        <translation>--listen 需要本机的地址和一个空闲端口</translation>
    </message>
    <message>
        <source>serving /metrics and /healthz on http://%1/</source>
        <translation>正在 http://%1/ 上提供 /metrics 和 /healthz</translation>
    </message>
    <message>
        <source>usage: janus-cascade monitor PROFILE [--interval S] [--textfile PATH] [--listen ADDR:PORT] [--once]</source>
        <translation>用法：janus-cascade monitor PROFILE [--interval S] [--textfile PATH] [--listen ADDR:PORT] [--once]</translation>
    </message>
    <message>
        <source>--listen takes ADDR:PORT, e.g. 127.0.0.1:9464 or [::1]:9464, not &apos;%1&apos;</source>
        <translation>--listen 的格式为 ADDR:PORT，例如 127.0.0.1:9464 或 [::1]:9464，而不是“%1”</translation>
    </message>
    <message>
        <source>--listen: &apos;%1&apos; is not an IP address (IPv6 goes in brackets: [::1]:9464)</source>
        <translation>--listen：“%1”不是 IP 地址（IPv6 地址要放在方括号中：[::1]:9464）</translation>
    </message>
    <message>
        <source>--listen: the port must be 1–65535, not %1</source>
        <translation>--listen：端口必须在 1–65535 之间，而不是 %1</translation>
    </message>
    <message>
        <source>--listen %1:%2: %3</source>
        <translation>--listen %1:%2：%3</translation>
    </message>
    <message>
        <source>--listen: this build has no Qt HTTP Server</source>
        <translation>--listen：此版本构建时没有 Qt HTTP Server</translation>
    </message>
    <message>
        <source>     health: %1</source>
        <translation>     健康：%1</translation>
    </message>
    <message>
        <source>     health: Admin API ok, %1 — Janus %2, %3 sessions, %4 handles, new sessions %5</source>
        <translation>     健康：管理 API 正常，%1 — Janus %2，%3 个会话，%4 个句柄，新会话%5</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>     event loops %1; uptime not reported by Janus; plugins %2</source>
        <translation>     事件循环 %1；Janus 不报告运行时间；插件 %2</translation>
    </message>
    <message>
        <source>     source media of %1: %2</source>
        <translation>     %1 的源端媒体：%2</translation>
    </message>
</context>
<context>
    <name>history::HistoryStore</name>
    <message>
        <source>Could not read the monitoring history %1.</source>
        <translation>无法读取监控历史 %1。</translation>
    </message>
    <message>
        <source>Could not write the monitoring history %1.</source>
        <translation>无法写入监控历史 %1。</translation>
    </message>
    <message>
        <source>Monitoring history needs Qt&apos;s SQLite driver (libqt6sql6-sqlite).</source>
        <translation>监控历史需要 Qt 的 SQLite 驱动（libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>Could not open the monitoring history %1.</source>
        <translation>无法打开监控历史 %1。</translation>
    </message>
    <message>
        <source>The monitoring history %1 cannot be read: it is damaged or not a history database. It was left untouched; move it away to start a new history.</source>
        <translation>无法读取监控历史 %1：文件已损坏或不是历史数据库。文件未被改动；将其移走即可开始新的历史。</translation>
    </message>
    <message>
        <source>The monitoring history %1 cannot be read: it is damaged. It was left untouched; move it away to start a new history.</source>
        <translation>无法读取监控历史 %1：文件已损坏。文件未被改动；将其移走即可开始新的历史。</translation>
    </message>
    <message>
        <source>%1 is not a monitoring history of this console. It was left untouched.</source>
        <translation>%1 不是本控制台的监控历史。文件未被改动。</translation>
    </message>
    <message>
        <source>The monitoring history %1 was written by a newer console (schema %2; this one knows %3). It was left untouched.</source>
        <translation>监控历史 %1 由更新版本的控制台写入（架构 %2；本控制台支持 %3）。文件未被改动。</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>janus::AdminClient</name>
    <message>
        <source>the answer has no &quot;%1&quot;</source>
        <translation>应答中缺少“%1”</translation>
    </message>
</context>
<context>
    <name>janus::Connection</name>
    <message>
        <source>connection closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <source>connection lost: %1</source>
        <translation>连接已断开：%1</translation>
    </message>
    <message>
        <source>closed by the server</source>
        <translation>被服务器关闭</translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation>未连接到 %1</translation>
    </message>
</context>
<context>
    <name>janus::Error</name>
    <message>
        <source>error %1 </source>
        <translation>错误 %1 </translation>
    </message>
    <message>
        <source>the server&apos;s answer does not follow the Janus API</source>
        <translation>服务器的应答不符合 Janus API</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>%1 毫秒内无应答</translation>
    </message>
    <message>
        <source>the server is overloaded, unreachable or dropped the request</source>
        <translation>服务器过载、不可达或丢弃了请求</translation>
    </message>
    <message>
        <source>if you trust this server, put its fingerprint in the node&apos;s tls_pin_sha256 (the node editor&apos;s TLS pin); otherwise check that the URL names the right server</source>
        <translation>如果信任此服务器，请将其指纹填入节点的 tls_pin_sha256（节点编辑器中的 TLS 固定证书）；否则请检查 URL 是否指向正确的服务器</translation>
    </message>
    <message>
        <source>the API secret, token or admin secret is wrong or missing; set it for this node (keychain or environment)</source>
        <translation>API 密钥、令牌或管理密钥错误或缺失；请为此节点设置（系统密钥环或环境变量）</translation>
    </message>
    <message>
        <source>this token may not use the requested plugin</source>
        <translation>此令牌无权使用所请求的插件</translation>
    </message>
    <message>
        <source>the session expired or the server restarted; the console creates a new session</source>
        <translation>会话已过期或服务器已重启；控制台会创建新会话</translation>
    </message>
    <message>
        <source>the plugin handle is gone; the console attaches again</source>
        <translation>插件句柄已失效；控制台会重新 attach</translation>
    </message>
    <message>
        <source>the VideoRoom plugin is not loaded on this server</source>
        <translation>此服务器未加载 VideoRoom 插件</translation>
    </message>
    <message>
        <source>the server is unreachable or closed the connection; check the URL, that Janus runs and that its WebSockets or HTTP transport listens there</source>
        <translation>服务器不可达或关闭了连接；请检查 URL、Janus 是否在运行，以及其 WebSockets 或 HTTP 传输是否在该地址监听</translation>
    </message>
</context>
<context>
    <name>janus::HttpTransport</name>
    <message>
        <source>no answer to the long poll within %1 s</source>
        <translation>长轮询在 %1 秒内无应答</translation>
    </message>
</context>
<context>
    <name>janus::PluginHandle</name>
    <message>
        <source>attach without handle id</source>
        <translation>attach 的应答中没有句柄 id</translation>
    </message>
    <message>
        <source>%1 handle not attached</source>
        <translation>%1 句柄尚未 attach</translation>
    </message>
</context>
<context>
    <name>janus::Reply</name>
    <message>
        <source>reply without plugindata</source>
        <translation>应答中没有 plugindata</translation>
    </message>
</context>
<context>
    <name>janus::Router</name>
    <message>
        <source>not a JSON object or array of objects</source>
        <translation>不是 JSON 对象或对象数组</translation>
    </message>
    <message>
        <source>malformed frame ignored: %1</source>
        <translation>已忽略格式错误的帧：%1</translation>
    </message>
    <message>
        <source>session timed out</source>
        <translation>会话超时</translation>
    </message>
</context>
<context>
    <name>janus::Session</name>
    <message>
        <source>create without session id</source>
        <translation>create 的应答中没有会话 id</translation>
    </message>
</context>
<context>
    <name>janus::Transport</name>
    <message>
        <source>no certificate</source>
        <translation>无证书</translation>
    </message>
    <message>
        <source>%1 presented a certificate that is not trusted (%2): %3</source>
        <translation>%1 出示的证书不受信任（%2）：%3</translation>
    </message>
    <message>
        <source>%1 presented a certificate (%2) that is not the pinned one (SHA-256 %3)</source>
        <translation>%1 出示的证书（%2）不是固定的证书（SHA-256 %3）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cascade Janus VideoRoom servers through NAT.</source>
        <translation>穿越 NAT 级联 Janus VideoRoom 服务器。</translation>
    </message>
    <message>
        <source>Cascade profile to open.</source>
        <translation>要打开的级联配置文件。</translation>
    </message>
</context>
<context>
    <name>probe::ProbeResult</name>
    <message>
        <source>%1: sent %2, received %3, lost %4, duplicated %5, reordered %6</source>
        <translation>%1：发送 %2，收到 %3，丢失 %4，重复 %5，乱序 %6</translation>
    </message>
    <message>
        <source>RTT ms: min %1, median %2, p95 %3, p99 %4, max %5; jitter %6 ms (%7 timestamps)</source>
        <translation>RTT（毫秒）：最小 %1，中位数 %2，p95 %3，p99 %4，最大 %5；抖动 %6 毫秒（%7 时间戳）</translation>
    </message>
</context>
<context>
    <name>probe::ProbeRunner</name>
    <message>
        <source>rate %1 is out of range %2–%3 packets per second</source>
        <translation>速率 %1 超出范围 %2–%3 包/秒</translation>
    </message>
    <message>
        <source>count %1 is out of range %2–%3 packets</source>
        <translation>包数 %1 超出范围 %2–%3 个</translation>
    </message>
    <message>
        <source>packet size %1 is out of range %2–%3 bytes</source>
        <translation>包大小 %1 超出范围 %2–%3 字节</translation>
    </message>
    <message>
        <source>return port %1 is out of range 0–65535</source>
        <translation>回程端口 %1 超出范围 0–65535</translation>
    </message>
    <message>
        <source>a probe needs at least one node</source>
        <translation>探测至少需要一个节点</translation>
    </message>
    <message>
        <source>cannot resolve the public address &apos;%1&apos; of %2</source>
        <translation>无法解析 %2 的公网地址“%1”</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2 for the returning packets: %3</source>
        <translation>无法在 %1:%2 上监听回程数据包：%3</translation>
    </message>
    <message>
        <source>probe %1: packets return to %2:%3 (%4 timestamps)</source>
        <translation>探测 %1：数据包返回到 %2:%3（%4 时间戳）</translation>
    </message>
    <message>
        <source>%1 went away during the probe (%2); the figures cover the time before</source>
        <translation>%1 在探测期间离开了（%2）；数据只统计此前的时间</translation>
    </message>
    <message>
        <source>cleanup incomplete, left on servers: %1</source>
        <translation>清理不完整，残留在服务器上：%1</translation>
    </message>
    <message>
        <source>sending %1 packets at %2/s to %3:%4</source>
        <translation>正在以 %2 包/秒向 %3:%4 发送 %1 个数据包</translation>
    </message>
    <message>
        <source>probe cancelled; removing its resources from the servers</source>
        <translation>探测已取消；正在从服务器移除其资源</translation>
    </message>
    <message>
        <source>probe failed: %1</source>
        <translation>探测失败：%1</translation>
    </message>
    <message>
        <source>cancelled before sending</source>
        <translation>发送前已取消</translation>
    </message>
    <message>
        <source>nothing sent yet</source>
        <translation>尚未发送任何数据</translation>
    </message>
    <message>
        <source>no probe packet came back: UDP to %1 does not reach %2, or the way back to the console is blocked. Check that the NAT forwards this UDP port to the node&apos;s bind address, that the public address is right, that no firewall drops it, and that the node can reach the console&apos;s return address.</source>
        <translation>没有探测包返回：发往 %1 的 UDP 未到达 %2，或返回控制台的路径被阻断。请检查 NAT 是否将此 UDP 端口转发到节点的绑定地址、公网地址是否正确、是否有防火墙丢弃了它，以及节点能否访问控制台的回程地址。</translation>
    </message>
    <message>
        <source>RTT median %1 ms, p95 %2 ms, jitter %3 ms, loss %4 %</source>
        <translation>RTT 中位数 %1 毫秒，p95 %2 毫秒，抖动 %3 毫秒，丢包 %4 %</translation>
    </message>
    <message>
        <source>the NAT forwards %1, but %2 % of the packets were lost (%3)</source>
        <translation>NAT 转发了 %1，但丢失了 %2 % 的数据包（%3）</translation>
    </message>
    <message>
        <source>NAT forwarding works: %1 reaches %2 and back (%3)</source>
        <translation>NAT 转发正常：%1 可到达 %2 并返回（%3）</translation>
    </message>
</context>
<context>
    <name>probe::Prometheus</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>probe::ServerLoop</name>
    <message>
        <source>a probe needs at least one node</source>
        <translation>探测至少需要一个节点</translation>
    </message>
    <message>
        <source>node %1 is not connected</source>
        <translation>节点 %1 未连接</translation>
    </message>
    <message>
        <source>creating the probe endpoint on %1</source>
        <translation>正在 %1 上创建探测端点</translation>
    </message>
    <message>
        <source>creating the probe room on %1</source>
        <translation>正在 %1 上创建探测房间</translation>
    </message>
    <message>
        <source>looking for the probe endpoint on %1</source>
        <translation>正在 %1 上查找探测端点</translation>
    </message>
    <message>
        <source>reusing the probe endpoint on %1 (port %2)</source>
        <translation>复用 %1 上的探测端点（端口 %2）</translation>
    </message>
    <message>
        <source>add_remote_publisher on %1 (iface %2, port %3)</source>
        <translation>%1 上 add_remote_publisher（iface %2，端口 %3）</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>rtp_forward on %1 to %2:%3</source>
        <translation>%1 上 rtp_forward 到 %2:%3</translation>
    </message>
    <message>
        <source>node %1 is gone</source>
        <translation>节点 %1 已离开</translation>
    </message>
    <message>
        <source>stop_rtp_forward on %1</source>
        <translation>%1 上 stop_rtp_forward</translation>
    </message>
    <message>
        <source>destroying the probe room on %1</source>
        <translation>正在销毁 %1 上的探测房间</translation>
    </message>
    <message>
        <source>remove_remote_publisher on %1</source>
        <translation>%1 上 remove_remote_publisher</translation>
    </message>
    <message>
        <source>forwarder %1 of the probe endpoint on %2</source>
        <translation>%2 上探测端点的转发器 %1</translation>
    </message>
    <message>
        <source>probe room %1 on %2</source>
        <translation>%2 上的探测房间 %1</translation>
    </message>
</context>
<context>
    <name>probe::UdpReflector</name>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>无法在 %1:%2 上监听：%3</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <source>&apos;%1&apos; has leading or trailing spaces</source>
        <translation>“%1”的首尾有空格</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>“%1”不是 IP 地址</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address or interface name</source>
        <translation>“%1”不是 IP 地址或网卡名</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address or host name</source>
        <translation>“%1”不是 IP 地址或主机名</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a URL</source>
        <translation>“%1”不是 URL</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no host</source>
        <translation>“%1”没有主机部分</translation>
    </message>
    <message>
        <source>must be a SHA-256 fingerprint (64 hex digits, colons optional)</source>
        <translation>必须是 SHA-256 指纹（64 位十六进制数字，冒号可选）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be lowercase letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>“%1”只能包含小写字母、数字、&apos;-&apos; 或 &apos;_&apos;</translation>
    </message>
    <message>
        <source>first %1 &gt; last %2</source>
        <translation>first %1 &gt; last %2</translation>
    </message>
    <message>
        <source>null is not allowed; leave the field out instead</source>
        <translation>不允许为 null；请直接省略该字段</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>%1 is out of range %2–%3</source>
        <translation>%1 超出范围 %2–%3</translation>
    </message>
    <message>
        <source>must be a positive whole number or a non-empty string</source>
        <translation>必须是正整数或非空字符串</translation>
    </message>
    <message>
        <source>secrets do not belong in a profile; keep them in the system keychain or in JCC_&lt;NODE&gt;_… environment variables (docs/profile.md)</source>
        <translation>密钥不应写在配置文件中；请保存在系统密钥环或 JCC_&lt;NODE&gt;_… 环境变量中（见 docs/profile.md）</translation>
    </message>
    <message>
        <source>must be an object {&quot;first&quot;: N, &quot;last&quot;: M}</source>
        <translation>必须是对象 {&quot;first&quot;: N, &quot;last&quot;: M}</translation>
    </message>
    <message>
        <source>needs both first and last</source>
        <translation>需要同时提供 first 和 last</translation>
    </message>
    <message>
        <source>id: duplicate node id &apos;%1&apos;</source>
        <translation>id：节点 id“%1”重复</translation>
    </message>
    <message>
        <source>id: duplicate link id &apos;%1&apos;</source>
        <translation>id：链路 id“%1”重复</translation>
    </message>
    <message>
        <source>source_node: unknown node &apos;%1&apos;</source>
        <translation>source_node：未知节点“%1”</translation>
    </message>
    <message>
        <source>target_node: unknown node &apos;%1&apos;</source>
        <translation>target_node：未知节点“%1”</translation>
    </message>
    <message>
        <source>target_node: a link needs two different nodes</source>
        <translation>target_node：级联链路需要两个不同的节点</translation>
    </message>
    <message>
        <source>target_node: node &apos;%1&apos; has no public_address to send to (set it, or a host_override)</source>
        <translation>target_node：节点“%1”没有可发送的 public_address（请设置它，或设置 host_override）</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2 (is the file truncated?)</source>
        <translation>第 %1 字节处不是有效的 JSON：%2（文件是否被截断？）</translation>
    </message>
    <message>
        <source>a profile is a JSON object</source>
        <translation>配置文件必须是一个 JSON 对象</translation>
    </message>
    <message>
        <source>format: &apos;%1&apos; is not a janus-cascade profile</source>
        <translation>format：“%1”不是 janus-cascade 配置文件</translation>
    </message>
    <message>
        <source>version: missing</source>
        <translation>version：缺失</translation>
    </message>
    <message>
        <source>profile version %1 is newer than this console supports (%2)</source>
        <translation>配置文件版本 %1 比此控制台支持的版本（%2）更新</translation>
    </message>
    <message>
        <source>version: %1 is not a profile version</source>
        <translation>version：%1 不是有效的配置文件版本</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must start with ws://, wss://, http:// or https://</source>
        <translation>“%1”必须以 ws://、wss://、http:// 或 https:// 开头</translation>
    </message>
    <message>
        <source>a certificate pin needs a wss:// or https:// api_url</source>
        <translation>固定证书需要 wss:// 或 https:// 的 api_url</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not preferred, required or off</source>
        <translation>“%1”不是 preferred、required 或 off</translation>
    </message>
    <message>
        <source>must be 80 or 32</source>
        <translation>必须是 80 或 32</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>not an alert setting</source>
        <translation>不是告警设置项</translation>
    </message>
</context>
<context>
    <name>profile::SecretStore</name>
    <message>
        <source>no keychain: %1</source>
        <translation>没有系统密钥环：%1</translation>
    </message>
    <message>
        <source>the environment is read-only here: set %1 before starting</source>
        <translation>此处环境变量只读：请在启动前设置 %1</translation>
    </message>
</context>
<context>
    <name>ui::Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ui::EventLogView</name>
    <message>
        <source>Filter events (node, link, text)…</source>
        <translation>筛选事件（节点、链路、文本）…</translation>
    </message>
    <message>
        <source>Warnings and errors only</source>
        <translation>仅警告和错误</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>全部复制</translation>
    </message>
</context>
<context>
    <name>ui::HistoryChart</name>
    <message>
        <source>1 h</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>Raw rows…</source>
        <translation>原始数据…</translation>
    </message>
    <message>
        <source>1-minute aggregates…</source>
        <translation>1 分钟聚合…</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>RTT limit</source>
        <translation>RTT 阈值</translation>
    </message>
    <message>
        <source>Loss limit</source>
        <translation>丢包阈值</translation>
    </message>
    <message>
        <source>Wheel: zoom · drag: pan · Shift+drag: zoom to a span · ←/→: pan · Home or double click: back</source>
        <translation>滚轮：缩放 · 拖动：平移 · Shift+拖动：缩放到所选区间 · ←/→：平移 · Home 或双击：复原</translation>
    </message>
    <message>
        <source>No monitoring history is open.</source>
        <translation>未打开监控历史。</translation>
    </message>
    <message>
        <source>No series chosen.</source>
        <translation>未选择数据系列。</translation>
    </message>
    <message>
        <source>No history in this range.</source>
        <translation>此时间范围内没有历史数据。</translation>
    </message>
    <message>
        <source>Janus Cascade Console — latency history</source>
        <translation>Janus 级联控制台 — 延迟历史</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2（%3）</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Thresholds: RTT %1, loss %2</source>
        <translation>阈值：RTT %1，丢包 %2</translation>
    </message>
    <message>
        <source>Export history as PNG</source>
        <translation>将历史导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>导出历史</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>将历史导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ui::HistoryView</name>
    <message>
        <source>loss % (right axis)</source>
        <translation>丢包 %（右轴）</translation>
    </message>
    <message>
        <source>RTT limit</source>
        <translation>RTT 阈值</translation>
    </message>
    <message>
        <source>loss limit</source>
        <translation>丢包阈值</translation>
    </message>
    <message>
        <source>loss 0 %</source>
        <translation>丢包 0 %</translation>
    </message>
    <message>
        <source>&lt; 2 %</source>
        <translation>&lt; 2 %</translation>
    </message>
    <message>
        <source>&lt; 5 %</source>
        <translation>&lt; 5 %</translation>
    </message>
    <message>
        <source>&lt; 10 %</source>
        <translation>&lt; 10 %</translation>
    </message>
    <message>
        <source>&lt; 20 %</source>
        <translation>&lt; 20 %</translation>
    </message>
    <message>
        <source>≥ 20 %</source>
        <translation>≥ 20 %</translation>
    </message>
    <message>
        <source>median RTT</source>
        <translation>RTT 中位数</translation>
    </message>
    <message>
        <source>median–p95</source>
        <translation>中位数–p95</translation>
    </message>
    <message>
        <source>RTT limit %1 ms</source>
        <translation>RTT 阈值 %1 毫秒</translation>
    </message>
    <message>
        <source>loss limit %1 %</source>
        <translation>丢包阈值 %1 %</translation>
    </message>
    <message>
        <source>median %1 ms · p95 %2 ms</source>
        <translation>中位数 %1 毫秒 · p95 %2 毫秒</translation>
    </message>
    <message>
        <source>loss %1 % · jitter %2 ms</source>
        <translation>丢包 %1 % · 抖动 %2 毫秒</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n 个样本</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The language changes when the console starts again.</source>
        <translation>语言将在控制台下次启动时切换。</translation>
    </message>
</context>
<context>
    <name>ui::LatencyChart</name>
    <message>
        <source>RTT median</source>
        <translation>RTT 中位数</translation>
    </message>
    <message>
        <source>RTT median–p95</source>
        <translation>RTT 中位数–p95</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>抖动</translation>
    </message>
    <message>
        <source>Loss (right axis)</source>
        <translation>丢包（右轴）</translation>
    </message>
    <message>
        <source>loss %</source>
        <translation>丢包 %</translation>
    </message>
    <message>
        <source>Paused: the probe goes on; Resume shows what came meanwhile</source>
        <translation>已暂停：探测仍在进行；点“继续”可显示期间收到的数据</translation>
    </message>
    <message>
        <source>No data yet: run a probe to see round-trip time, jitter and loss here</source>
        <translation>暂无数据：运行一次探测即可在此查看往返时间、抖动和丢包</translation>
    </message>
</context>
<context>
    <name>ui::LinkWizard</name>
    <message>
        <source>Create the room on the target if it is missing (with the source&apos;s codecs)</source>
        <translation>目标上缺少该房间时自动创建（使用源房间的编解码器）</translation>
    </message>
    <message>
        <source>New cascade link</source>
        <translation>新建级联链路</translation>
    </message>
    <message>
        <source>Source: the room whose publishers are mirrored</source>
        <translation>源：其发布者将被镜像的房间</translation>
    </message>
    <message>
        <source>empty = every publisher of the room</source>
        <translation>留空 = 房间内的所有发布者</translation>
    </message>
    <message>
        <source>Link &amp;id</source>
        <translation>链路 ID(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Source node</source>
        <translation>源节点(&amp;S)</translation>
    </message>
    <message>
        <source>Source &amp;room</source>
        <translation>源房间(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation>发布者(&amp;P)</translation>
    </message>
    <message>
        <source>Target: where the copies appear</source>
        <translation>目标：副本出现的位置</translation>
    </message>
    <message>
        <source>empty = the target&apos;s public address</source>
        <translation>留空 = 目标的公网地址</translation>
    </message>
    <message>
        <source>For two nodes behind the same NAT (no hairpin): the target&apos;s private address</source>
        <translation>两个节点位于同一 NAT 之后（不支持 hairpin 回流）时：填目标的内网地址</translation>
    </message>
    <message>
        <source>Target n&amp;ode</source>
        <translation>目标节点(&amp;O)</translation>
    </message>
    <message>
        <source>Target roo&amp;m</source>
        <translation>目标房间(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Host override</source>
        <translation>覆盖主机(&amp;H)</translation>
    </message>
    <message>
        <source>What the console will do</source>
        <translation>控制台将执行的操作</translation>
    </message>
    <message>
        <source>Choose a target node.</source>
        <translation>请选择目标节点。</translation>
    </message>
    <message>
        <source>Source and target must be different nodes.</source>
        <translation>源和目标必须是不同的节点。</translation>
    </message>
    <message>
        <source>Both rooms are needed.</source>
        <translation>两个房间都必须填写。</translation>
    </message>
    <message>
        <source>Node %1 has no public address: set it in the node&apos;s settings, or give a host override.</source>
        <translation>节点 %1 没有公网地址：请在节点设置中填写，或指定覆盖主机。</translation>
    </message>
    <message>
        <source>a port pair from %1–%2</source>
        <translation>%1–%2 中的一对端口</translation>
    </message>
    <message>
        <source>a port Janus picks (no forwarded range set: a NAT will not forward it)</source>
        <translation>由 Janus 选择的端口（未设置转发端口范围：NAT 不会转发它）</translation>
    </message>
    <message>
        <source>publisher %1</source>
        <translation>发布者 %1</translation>
    </message>
    <message>
        <source>every publisher</source>
        <translation>所有发布者</translation>
    </message>
    <message>
        <source>(not sent: all interfaces)</source>
        <translation>（不发送：所有网卡）</translation>
    </message>
    <message>
        <source>Preferred: encrypted where both nodes run Janus 1.3.0 or newer</source>
        <translation>首选：两个节点都运行 Janus 1.3.0 或更新版本时加密</translation>
    </message>
    <message>
        <source>Required: refuse the link where a node cannot</source>
        <translation>必需：任一节点不支持时拒绝该链路</translation>
    </message>
    <message>
        <source>Off: plain RTP</source>
        <translation>关闭：明文 RTP</translation>
    </message>
    <message>
        <source>SRTP on the leg between the nodes, with a fresh key per publisher that never leaves this console&apos;s memory</source>
        <translation>节点之间的链路段使用 SRTP，每个发布者一个新密钥，密钥只保存在本控制台的内存中</translation>
    </message>
    <message>
        <source>&amp;Encryption (SRTP)</source>
        <translation>加密（SRTP）(&amp;E)</translation>
    </message>
    <message>
        <source>&lt;p&gt;For %1 in room %2 on &lt;b&gt;%3&lt;/b&gt;:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;on &lt;b&gt;%4&lt;/b&gt;: &lt;code&gt;add_remote_publisher&lt;/code&gt; in room %5 with &lt;code&gt;iface&lt;/code&gt; = %6 and %7;&lt;/li&gt;&lt;li&gt;on &lt;b&gt;%3&lt;/b&gt;: &lt;code&gt;publish_remotely&lt;/code&gt; with &lt;code&gt;host&lt;/code&gt; = &lt;b&gt;%8&lt;/b&gt; (the target&apos;s public side) and that port.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;%9&lt;/p&gt;&lt;p&gt;The link is kept true afterwards: new publishers are mirrored, departed ones removed, and it is rebuilt after either node restarts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;对于 &lt;b&gt;%3&lt;/b&gt; 上房间 %2 中的%1：&lt;/p&gt;&lt;ol&gt;&lt;li&gt;在 &lt;b&gt;%4&lt;/b&gt; 上：在房间 %5 中执行 &lt;code&gt;add_remote_publisher&lt;/code&gt;，&lt;code&gt;iface&lt;/code&gt; = %6，使用%7；&lt;/li&gt;&lt;li&gt;在 &lt;b&gt;%3&lt;/b&gt; 上：执行 &lt;code&gt;publish_remotely&lt;/code&gt;，&lt;code&gt;host&lt;/code&gt; = &lt;b&gt;%8&lt;/b&gt;（目标的公网侧），并使用该端口。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;%9&lt;/p&gt;&lt;p&gt;此后链路会持续保持一致：新发布者会被镜像，离开的发布者会被移除，任一节点重启后链路都会重建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The leg: %1.</source>
        <translation>链路段：%1。</translation>
    </message>
</context>
<context>
    <name>ui::LinksPanel</name>
    <message>
        <source>Ne&amp;w link…</source>
        <translation>新建链路(&amp;W)…</translation>
    </message>
    <message>
        <source>Bring &amp;up</source>
        <translation>启动(&amp;U)</translation>
    </message>
    <message>
        <source>Bring &amp;down</source>
        <translation>关闭(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Find &amp;orphans…</source>
        <translation>查找残留对象(&amp;O)…</translation>
    </message>
    <message>
        <source>Select a link to see its mirrors and diagnosis.</source>
        <translation>选择一条链路以查看其镜像和诊断信息。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 — %3&lt;br&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2 — %3&lt;br&gt;</translation>
    </message>
    <message>
        <source>publisher %1 (%2) → remote publisher %3 on %4, port %5%6&lt;br&gt;</source>
        <translation>发布者 %1（%2）→ %4 上的远程发布者 %3，端口 %5%6&lt;br&gt;</translation>
    </message>
    <message>
        <source>%1 (mid %2) %3 packets, %4 kbit/s</source>
        <translation>%1（mid %2）%3 个包，%4 kbit/s</translation>
    </message>
    <message>
        <source>received at the target in %1 s: %2</source>
        <translation>目标端 %1 秒内接收：%2</translation>
    </message>
    <message>
        <source>up — no media</source>
        <translation>已连通 — 无媒体</translation>
    </message>
    <message>
        <source>received at the target: not tapped yet</source>
        <translation>目标端接收：尚未探测</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>Node %1: select it to see its rooms; double-click to edit</source>
        <translation>节点 %1：选中可查看其房间；双击可编辑</translation>
    </message>
    <message>
        <source>Janus API the console talks to</source>
        <translation>控制台所连接的 Janus API</translation>
    </message>
    <message>
        <source>Local address of the server that RTP forwarders and remote publishers bind to</source>
        <translation>RTP 转发器和远程发布者绑定的服务器本地地址</translation>
    </message>
    <message>
        <source>No public address: other nodes and probes send to the API host</source>
        <translation>无公网地址：其他节点和探测将发送到 API 主机</translation>
    </message>
    <message>
        <source>Where other nodes and probes send RTP to this node</source>
        <translation>其他节点和探测向此节点发送 RTP 的地址</translation>
    </message>
    <message>
        <source>UDP ports the NAT forwards to this node, for links and probes</source>
        <translation>NAT 转发到此节点的 UDP 端口，用于级联链路和探测</translation>
    </message>
    <message>
        <source>&amp;Rooms</source>
        <translation>房间(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation>链路(&amp;L)</translation>
    </message>
    <message>
        <source>Pro&amp;be</source>
        <translation>探测(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Topology</source>
        <translation>拓扑(&amp;T)</translation>
    </message>
    <message>
        <source>Reconnect n&amp;ow</source>
        <translation>立即重连(&amp;O)</translation>
    </message>
    <message>
        <source>Connect to the selected node again now instead of waiting for the countdown (Ctrl+Shift+R)</source>
        <translation>立即重新连接所选节点，而不等待倒计时结束（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a Janus node (Ctrl+Shift+N)</source>
        <translation>添加一个 Janus 节点（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected node (Ctrl+E, or double-click it)</source>
        <translation>编辑所选节点（Ctrl+E，或双击它）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected node and its links from the profile</source>
        <translation>从配置文件中移除所选节点及其链路</translation>
    </message>
    <message>
        <source>No nodes yet. Add a node with &lt;b&gt;Add…&lt;/b&gt; (Ctrl+Shift+N): its Janus API URL is enough to connect. Or open a profile with File → Open profile… (Ctrl+O).</source>
        <translation>还没有节点。用&lt;b&gt;添加…&lt;/b&gt;（Ctrl+Shift+N）添加一个节点：只需其 Janus API URL 即可连接。或者通过“文件 → 打开配置文件…”（Ctrl+O）打开一个配置文件。</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>事件日志</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New profile</source>
        <translation>新建配置文件(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open profile…</source>
        <translation>打开配置文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>打开配置文件</translation>
    </message>
    <message>
        <source>Cascade profiles (*.json)</source>
        <translation>级联配置文件 (*.json)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Node</source>
        <translation>节点(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Add node…</source>
        <translation>添加节点(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit node…</source>
        <translation>编辑节点(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove node</source>
        <translation>移除节点(&amp;R)</translation>
    </message>
    <message>
        <source>Lin&amp;k</source>
        <translation>链路(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;New link…</source>
        <translation>新建链路(&amp;N)…</translation>
    </message>
    <message>
        <source>Find &amp;orphans…</source>
        <translation>查找残留对象(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Probe</source>
        <translation>探测(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Run probe</source>
        <translation>运行探测(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>%1 — Janus Cascade Console</source>
        <translation>%1 — Janus Cascade Console</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s), %1 link(s)</source>
        <translation>
            <numerusform>%n 个节点，%1 条链路</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>保存配置文件</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The profile has unsaved changes. Save them?</source>
        <translation>配置文件有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>Remove node</source>
        <translation>移除节点</translation>
    </message>
    <message>
        <source>Remove node %1 and its links from the profile?</source>
        <translation>要从配置文件中移除节点 %1 及其链路吗？</translation>
    </message>
    <message>
        <source>reconnecting now (asked by the user)</source>
        <translation>正在立即重连（用户请求）</translation>
    </message>
    <message>
        <source>A cascade link needs two nodes: add them first.</source>
        <translation>级联链路需要两个节点：请先添加节点。</translation>
    </message>
    <message>
        <source>Removing the probe&apos;s resources from the servers…</source>
        <translation>正在从服务器上移除探测所建的资源…</translation>
    </message>
    <message>
        <source>Janus sessions and plugin handles on the node, read over its Admin API (handles of at most %1 sessions)</source>
        <translation>节点上的 Janus 会话和插件句柄，通过其 管理 API 读取（最多统计 %1 个会话的句柄）</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史(&amp;H)</translation>
    </message>
</context>
<context>
    <name>ui::MonitorPanel</name>
    <message>
        <source>&amp;Monitor continuously</source>
        <translation>持续监测(&amp;M)</translation>
    </message>
    <message>
        <source>Monitor continuously</source>
        <translation>持续监测</translation>
    </message>
    <message>
        <source>Probe every node and every enabled link&apos;s path each probe interval of the profile, and keep the results in the history (Ctrl+M)</source>
        <translation>按配置文件的探测间隔探测每个节点和每条已启用链路的路径，并将结果保存到历史记录中（Ctrl+M）</translation>
    </message>
    <message>
        <source>No history: %1 (%2). Monitoring still runs; its results are not kept.</source>
        <translation>无历史记录：%1（%2）。监测仍在运行，但不保存其结果。</translation>
    </message>
    <message>
        <source>history</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>monitor</source>
        <translation>监测</translation>
    </message>
    <message numerus="yes">
        <source>monitoring every node and link every %n s</source>
        <translation>
            <numerusform>每 %n 秒监测所有节点和链路</numerusform>
        </translation>
    </message>
    <message>
        <source>monitoring stopped</source>
        <translation>监测已停止</translation>
    </message>
    <message>
        <source>monitoring: round %1 running</source>
        <translation>监测：第 %1 轮进行中</translation>
    </message>
    <message>
        <source>monitoring: round %1, next in %2 s</source>
        <translation>监测：第 %1 轮，%2 秒后进行下一轮</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>alert: %1</source>
        <translation>告警：%1</translation>
    </message>
    <message>
        <source>Janus Cascade Console</source>
        <translation>Janus 级联控制台</translation>
    </message>
    <message>
        <source>recovered: %1</source>
        <translation>已恢复：%1</translation>
    </message>
    <message>
        <source>Alerts: none</source>
        <translation>告警：无</translation>
    </message>
    <message>
        <source>Alerts: %1</source>
        <translation>告警：%1</translation>
    </message>
</context>
<context>
    <name>ui::NodeEditorDialog</name>
    <message>
        <source>&amp;Detect from server</source>
        <translation>从服务器检测(&amp;D)</translation>
    </message>
    <message>
        <source>Add node</source>
        <translation>添加节点</translation>
    </message>
    <message>
        <source>Edit node %1</source>
        <translation>编辑节点 %1</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translation>ID(&amp;I)</translation>
    </message>
    <message>
        <source>Stable key used in profiles, links and environment variables: a-z, 0-9, - and _</source>
        <translation>在配置文件、链路和环境变量中使用的固定标识：a-z、0-9、- 和 _</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Shown in the views</source>
        <translation>在各视图中显示</translation>
    </message>
    <message>
        <source>&amp;Janus API URL</source>
        <translation>Janus API URL(&amp;J)</translation>
    </message>
    <message>
        <source>Optional, e.g. ws://198.51.100.10:7188</source>
        <translation>可选，例如 ws://198.51.100.10:7188</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of the server&apos;s certificate (AB:CD:…): exactly this certificate is accepted, self-signed or not</source>
        <translation>服务器证书的 SHA-256 指纹（AB:CD:…）：只接受这一张证书，无论是否自签名</translation>
    </message>
    <message>
        <source>Use &amp;presented</source>
        <translation>使用服务器出示的证书(&amp;P)</translation>
    </message>
    <message>
        <source>Pin the certificate the server presented when it was refused</source>
        <translation>固定服务器在被拒绝时出示的证书</translation>
    </message>
    <message>
        <source>&amp;TLS pin (SHA-256)</source>
        <translation>TLS 固定证书 (SHA-256)(&amp;T)</translation>
    </message>
    <message>
        <source>Secrets (kept in the system keychain, never in the profile)</source>
        <translation>密钥（保存在系统密钥环中，绝不写入配置文件）</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Admin secret</source>
        <translation>管理密钥</translation>
    </message>
    <message>
        <source>Room admin key</source>
        <translation>房间管理密钥</translation>
    </message>
    <message>
        <source>Room secret</source>
        <translation>房间密钥</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>NAT</source>
        <translation>NAT</translation>
    </message>
    <message>
        <source>empty = all interfaces</source>
        <translation>留空 = 所有网卡</translation>
    </message>
    <message>
        <source>e.g. 198.51.100.2</source>
        <translation>例如 198.51.100.2</translation>
    </message>
    <message>
        <source>&amp;Bind address</source>
        <translation>绑定地址(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Public address</source>
        <translation>公网地址(&amp;P)</translation>
    </message>
    <message>
        <source>only</source>
        <translation>仅限</translation>
    </message>
    <message>
        <source>Forwarded UDP ports</source>
        <translation>转发 UDP 端口</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bind&lt;/b&gt; is an address this server owns (behind NAT: its private address; empty = all). &lt;b&gt;Public&lt;/b&gt; is where other nodes and the probe send RTP (behind NAT: the NAT&apos;s address).</source>
        <translation>&lt;b&gt;绑定地址&lt;/b&gt;是此服务器自身的地址（在 NAT 之后：其内网地址；留空 = 全部）。&lt;b&gt;公网地址&lt;/b&gt;是其他节点和探测发送 RTP 的目标（在 NAT 之后：NAT 的地址）。</translation>
    </message>
    <message>
        <source>Asks the server at the Janus API URL (with the API secret and token above) for its local-ip and public-ip</source>
        <translation>向 Janus API URL 处的服务器（使用上面的 API 密钥和令牌）查询其 local-ip 和 public-ip</translation>
    </message>
    <message>
        <source>enter the server&apos;s address, e.g. ws://198.51.100.10:8188</source>
        <translation>请输入服务器地址，例如 ws://198.51.100.10:8188</translation>
    </message>
    <message>
        <source>Id: use lowercase letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>ID：请使用小写字母、数字、&apos;-&apos; 和 &apos;_&apos;</translation>
    </message>
    <message>
        <source>Id: a node &apos;%1&apos; exists already</source>
        <translation>ID：节点“%1”已存在</translation>
    </message>
    <message>
        <source>Janus API URL: %1</source>
        <translation>Janus API URL：%1</translation>
    </message>
    <message>
        <source>Admin API URL: %1</source>
        <translation>管理 API URL：%1</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Janus API URL</source>
        <translation>Janus API URL</translation>
    </message>
    <message>
        <source>Admin API URL</source>
        <translation>管理 API URL</translation>
    </message>
    <message>
        <source>Bind address</source>
        <translation>绑定地址</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>公网地址</translation>
    </message>
    <message>
        <source>Forwarded ports</source>
        <translation>转发端口</translation>
    </message>
    <message>
        <source>TLS pin</source>
        <translation>TLS 固定证书</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>正在询问 %1…</translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <source>no answer within 8 s</source>
        <translation>8 秒内无应答</translation>
    </message>
    <message>
        <source>Use %1 as bind</source>
        <translation>将 %1 用作绑定地址</translation>
    </message>
    <message>
        <source>Use %1 as public</source>
        <translation>将 %1 用作公网地址</translation>
    </message>
    <message>
        <source>Janus %1 reports local-ip %2%3. Behind NAT, keep the private address as bind and put the NAT&apos;s address as public; without NAT, an empty bind means all interfaces.</source>
        <translation>Janus %1 报告 local-ip %2%3。在 NAT 之后，请将内网地址保留为绑定地址，并将 NAT 的地址填为公网地址；没有 NAT 时，绑定地址留空表示所有网卡。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>, no public-ip</source>
        <translation>，没有 public-ip</translation>
    </message>
    <message>
        <source>, public-ip %1</source>
        <translation>，public-ip %1</translation>
    </message>
    <message>
        <source>Cannot ask the server: %1</source>
        <translation>无法询问服务器：%1</translation>
    </message>
    <message>
        <source>Ad&amp;min API URL</source>
        <translation>管理 API URL(&amp;M)</translation>
    </message>
    <message>
        <source>ws://, wss://, http:// or https://, e.g. ws://198.51.100.10:8188</source>
        <translation>ws://、wss://、http:// 或 https://，例如 ws://198.51.100.10:8188</translation>
    </message>
    <message>
        <source>empty = the system&apos;s CAs verify wss:// and https:// servers</source>
        <translation>留空 = 由系统的 CA 验证 wss:// 和 https:// 服务器</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no scheme: add ws://, wss://, http:// or https:// in front (ws://%1)</source>
        <translation>“%1”缺少协议：请在前面加上 ws://、wss://、http:// 或 https://（ws://%1）</translation>
    </message>
</context>
<context>
    <name>ui::NodeHealthPanel</name>
    <message>
        <source>Read the node&apos;s health and its publishers&apos; media counters now</source>
        <translation>立即读取节点的健康状况及其发布者的媒体计数</translation>
    </message>
    <message>
        <source>Admin API</source>
        <translation>管理 API</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>运行时间</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Handles</source>
        <translation>句柄</translation>
    </message>
    <message>
        <source>New sessions</source>
        <translation>新会话</translation>
    </message>
    <message>
        <source>Event loops</source>
        <translation>事件循环</translation>
    </message>
    <message>
        <source>Plugins</source>
        <translation>插件</translation>
    </message>
    <message>
        <source>Forwarded ports</source>
        <translation>转发端口</translation>
    </message>
    <message>
        <source>Read at</source>
        <translation>读取时间</translation>
    </message>
    <message>
        <source>Source media</source>
        <translation>源端媒体</translation>
    </message>
    <message>
        <source>Select a node to see its health.</source>
        <translation>选择一个节点以查看其健康状况。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 — Janus %2</source>
        <translation>%1 — Janus %2</translation>
    </message>
    <message>
        <source>not reported by Janus; the Admin API has answered since %1 (as seen by this console)</source>
        <translation>Janus 不报告；管理 API 自 %1 起一直应答（本控制台所见）</translation>
    </message>
    <message>
        <source>%1 (counted in the first %2 of %3 sessions)</source>
        <translation>%1（仅统计了 %3 个会话中的前 %2 个）</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>refused (accept_new_sessions is off: the server is draining)</source>
        <translation>拒绝（accept_new_sessions 已关闭：服务器正在排空）</translation>
    </message>
    <message numerus="yes">
        <source>#%1: %n handle(s)</source>
        <translation>
            <numerusform>#%1：%n 个句柄</numerusform>
        </translation>
    </message>
    <message>
        <source>no static event loops (one thread per handle)</source>
        <translation>无静态事件循环（每个句柄一个线程）</translation>
    </message>
    <message>
        <source>%1 of %2 port pairs in use, %3 unusable</source>
        <translation>%2 对端口中 %1 对在用，%3 个不可用</translation>
    </message>
    <message>
        <source>any port (no forwarded range)</source>
        <translation>任意端口（无转发范围）</translation>
    </message>
    <message>
        <source>no mirrored publisher of this node is up</source>
        <translation>此节点没有已建立的镜像发布者</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>立即刷新</translation>
    </message>
</context>
<context>
    <name>ui::OrphansDialog</name>
    <message>
        <source>Left by a console that ended (journal)</source>
        <translation>由已退出的控制台遗留（操作日志）</translation>
    </message>
    <message>
        <source>Incomplete link</source>
        <translation>不完整的链路</translation>
    </message>
    <message>
        <source>Marker, no such link or probe</source>
        <translation>有标记，但无对应的链路或探测</translation>
    </message>
    <message>
        <source>remote publisher</source>
        <translation>远程发布者</translation>
    </message>
    <message>
        <source>remotization</source>
        <translation>远程发布</translation>
    </message>
    <message>
        <source>probe room</source>
        <translation>探测房间</translation>
    </message>
    <message>
        <source>rtp_forward</source>
        <translation>rtp_forward</translation>
    </message>
    <message>
        <source>Find orphans</source>
        <translation>查找残留对象</translation>
    </message>
    <message>
        <source>What a console left on the servers: things recorded in the crash journal by a console that ended, links whose two halves do not match, and objects with this console&apos;s marker whose link is not in the profile.</source>
        <translation>控制台遗留在服务器上的内容：已退出的控制台在操作日志（用于崩溃恢复）中记录的对象、两端不匹配的链路，以及带有本控制台标记但其链路不在配置文件中的对象。</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现方式</translation>
    </message>
    <message>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链路</translation>
    </message>
    <message>
        <source>&amp;Scan again</source>
        <translation>重新扫描(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove all</source>
        <translation>全部移除(&amp;R)</translation>
    </message>
    <message>
        <source>Scanning every node…</source>
        <translation>正在扫描所有节点…</translation>
    </message>
    <message>
        <source>Nothing left behind: no orphaned remote publishers, remotizations or probe rooms, and no incomplete links.</source>
        <translation>没有任何残留：没有残留的远程发布者、远程发布或探测房间，也没有不完整的链路。</translation>
    </message>
    <message numerus="yes">
        <source>%n orphan(s) found.</source>
        <translation>
            <numerusform>找到 %n 个残留对象。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>未检查：%1</translation>
    </message>
    <message numerus="yes">
        <source>Removing %n orphan(s)…</source>
        <translation>
            <numerusform>正在移除 %n 个残留对象…</numerusform>
        </translation>
    </message>
    <message>
        <source>orphans: removed %1 of %2</source>
        <translation>残留对象：已移除 %2 个中的 %1 个</translation>
    </message>
</context>
<context>
    <name>ui::ProbePanel</name>
    <message>
        <source>R&amp;un probe</source>
        <translation>运行探测(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Pau&amp;se</source>
        <translation>暂停(&amp;S)</translation>
    </message>
    <message>
        <source>Export PN&amp;G…</source>
        <translation>导出 PNG(&amp;G)…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Node check</source>
        <translation>节点检查</translation>
    </message>
    <message>
        <source>console → node → console: proves the NAT forwards the node&apos;s port</source>
        <translation>控制台 → 节点 → 控制台：证明 NAT 转发了节点的端口</translation>
    </message>
    <message>
        <source>Path check A → B</source>
        <translation>路径检查 A → B</translation>
    </message>
    <message>
        <source>console → A → B → console: the way a link&apos;s media takes</source>
        <translation>控制台 → A → B → 控制台：级联链路媒体所走的路径</translation>
    </message>
    <message>
        <source>Reflector check</source>
        <translation>反射器检查</translation>
    </message>
    <message>
        <source>console → UDP echo → console: a port forward, before Janus runs</source>
        <translation>控制台 → UDP 回显 → 控制台：在运行 Janus 之前检查端口转发</translation>
    </message>
    <message>
        <source>What to check: one node, the path between two nodes, or a UDP echo</source>
        <translation>检查对象：单个节点、两个节点之间的路径，或一个 UDP 回显</translation>
    </message>
    <message>
        <source>The node probed (A of a path check)</source>
        <translation>被探测的节点（路径检查中的 A）</translation>
    </message>
    <message>
        <source>B of a path check: where A forwards the probe&apos;s packets</source>
        <translation>路径检查中的 B：A 将探测包转发到这里</translation>
    </message>
    <message>
        <source>ADDR:PORT of janus-cascade reflect</source>
        <translation>janus-cascade reflect 的 ADDR:PORT</translation>
    </message>
    <message>
        <source>Test a port forward before Janus runs: start `janus-cascade reflect --bind 0.0.0.0:PORT` on the node&apos;s host and probe its public address and port here</source>
        <translation>在运行 Janus 之前测试端口转发：在节点所在主机上启动 `janus-cascade reflect --bind 0.0.0.0:PORT`，然后在这里探测其公网地址和端口</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long the probe sends (packets = duration × rate)</source>
        <translation>探测发送的时长（数据包数 = 时长 × 速率）</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> 个/秒</translation>
    </message>
    <message>
        <source>Probe packets sent per second</source>
        <translation>每秒发送的探测包数</translation>
    </message>
    <message>
        <source>Start the check (Ctrl+R)</source>
        <translation>开始检查（Ctrl+R）</translation>
    </message>
    <message>
        <source>Stop sending and remove the probe&apos;s rooms from the servers</source>
        <translation>停止发送，并从服务器移除探测房间</translation>
    </message>
    <message>
        <source>Freeze the chart; the probe goes on</source>
        <translation>冻结图表；探测继续进行</translation>
    </message>
    <message>
        <source>Save the chart with its title, what was probed, when, and the verdict</source>
        <translation>保存图表及其标题、探测对象、时间和结论</translation>
    </message>
    <message>
        <source>Save the per-second figures as CSV</source>
        <translation>将每秒数据保存为 CSV</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>No&amp;de:</source>
        <translation>节点(&amp;D)：</translation>
    </message>
    <message>
        <source>Ec&amp;ho:</source>
        <translation>回显(&amp;H)：</translation>
    </message>
    <message>
        <source>Durat&amp;ion:</source>
        <translation>时长(&amp;I)：</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>速率：</translation>
    </message>
    <message>
        <source>A path check sends RTP to A, which forwards it to B, which forwards it back here: it is the way a link&apos;s media takes.</source>
        <translation>路径检查向 A 发送 RTP，A 转发给 B，B 再转发回这里：这正是级联链路媒体所走的路径。</translation>
    </message>
    <message>
        <source>A reflector check sends UDP to `janus-cascade reflect` on the node&apos;s host: it tests a port forward before Janus runs.</source>
        <translation>反射器检查向节点主机上的 `janus-cascade reflect` 发送 UDP：可在运行 Janus 之前测试端口转发。</translation>
    </message>
    <message>
        <source>A node check sends RTP to the node&apos;s public address and port and counts what its remote publisher forwards back: it proves the NAT forwards that port.</source>
        <translation>节点检查向节点的公网地址和端口发送 RTP，并统计其远程发布者转发回来的数据：证明 NAT 转发了该端口。</translation>
    </message>
    <message>
        <source>No&amp;des:</source>
        <translation>节点(&amp;D)：</translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>继续(&amp;M)</translation>
    </message>
    <message>
        <source>Show the chart live again, with what came meanwhile</source>
        <translation>重新实时显示图表，包括期间收到的数据</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Export data as CSV</source>
        <translation>将数据导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>How long the probe sends: %n packet(s) at this rate</source>
        <translation>
            <numerusform>探测发送的时长：按此速率共 %n 个数据包</numerusform>
        </translation>
    </message>
    <message>
        <source>A path check needs two nodes</source>
        <translation>路径检查需要两个节点</translation>
    </message>
    <message>
        <source>Add a node first</source>
        <translation>请先添加节点</translation>
    </message>
    <message>
        <source>Cannot start the probe: %1</source>
        <translation>无法开始探测：%1</translation>
    </message>
    <message>
        <source>Give the reflector as ADDR:PORT, e.g. 198.51.100.2:40000</source>
        <translation>请以 ADDR:PORT 形式填写反射器，例如 198.51.100.2:40000</translation>
    </message>
    <message>
        <source>the reflector</source>
        <translation>反射器</translation>
    </message>
    <message>
        <source>reflector %1</source>
        <translation>反射器 %1</translation>
    </message>
    <message>
        <source>path %1 → %2</source>
        <translation>路径 %1 → %2</translation>
    </message>
    <message>
        <source>node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>Starting the probe of %1…</source>
        <translation>正在开始探测 %1…</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent</source>
        <translation>在发送任何数据之前已取消</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n packet(s): %1</source>
        <translation>
            <numerusform>发送 %n 个数据包后已取消：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 came back, RTT median %2 ms</source>
        <translation>返回 %1 个，RTT 中位数 %2 毫秒</translation>
    </message>
    <message>
        <source>none came back</source>
        <translation>没有数据包返回</translation>
    </message>
    <message>
        <source>PASS — %1</source>
        <translation>通过 — %1</translation>
    </message>
    <message>
        <source>FAIL — %1</source>
        <translation>失败 — %1</translation>
    </message>
    <message>
        <source>node %1 was removed after this run</source>
        <translation>节点 %1 在本次运行后已被移除</translation>
    </message>
    <message>
        <source>node %1 changed after this run</source>
        <translation>节点 %1 在本次运行后已更改</translation>
    </message>
    <message>
        <source>Stale: %1. It said: %2</source>
        <translation>已过期：%1。当时结论：%2</translation>
    </message>
    <message>
        <source>Stale: %1</source>
        <translation>已过期：%1</translation>
    </message>
    <message>
        <source>Janus Cascade Console — latency probe, %1</source>
        <translation>Janus Cascade Console — 延迟探测，%1</translation>
    </message>
    <message>
        <source>Run at %1 · %2 s at %3 packets/s</source>
        <translation>运行于 %1 · %2 秒，%3 包/秒</translation>
    </message>
    <message>
        <source>RTT median %1 ms, p95 %2 ms, jitter %3 ms, loss %4 % (%5 of %6 back)</source>
        <translation>RTT 中位数 %1 毫秒，p95 %2 毫秒，抖动 %3 毫秒，丢包 %4 %（%6 个中返回 %5 个）</translation>
    </message>
    <message>
        <source>no packet came back (%1 sent)</source>
        <translation>没有数据包返回（已发送 %1 个）</translation>
    </message>
    <message>
        <source>CANCELLED — %1</source>
        <translation>已取消 — %1</translation>
    </message>
</context>
<context>
    <name>ui::ProfileDocument</name>
    <message>
        <source>no system keychain (%1): secrets are kept in memory for this run only</source>
        <translation>没有系统密钥环（%1）：密钥仅在本次运行期间保存在内存中</translation>
    </message>
    <message>
        <source>%1: a crash now leaves what only Find orphans&apos; marker scan can find</source>
        <translation>%1：此时若崩溃，遗留的对象只能通过“查找残留对象”的标记扫描找到</translation>
    </message>
    <message>
        <source>Untitled profile</source>
        <translation>未命名配置文件</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>ui::ProfileProblemsDialog</name>
    <message>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; was not opened: it has %n problem(s). Fix them in the file and open it again; the current profile stays open.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; 未打开：它有 %n 个问题。请在文件中修正后重新打开；当前配置文件保持打开。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::RoomEditorDialog</name>
    <message>
        <source>&amp;Private (hidden from the room list of other clients)</source>
        <translation>私有(&amp;P)（不在其他客户端的房间列表中显示）</translation>
    </message>
    <message>
        <source>Create room on %1</source>
        <translation>在 %1 上创建房间</translation>
    </message>
    <message>
        <source>empty = Janus chooses</source>
        <translation>留空 = 由 Janus 选择</translation>
    </message>
    <message>
        <source>A number from 1 to 9223372036854775807 (or a text id when the node runs with string_ids); leave it empty and Janus picks a free number</source>
        <translation>1 到 9223372036854775807 之间的数字（节点启用 string_ids 时也可以是文本 id）；留空则由 Janus 选择一个空闲的数字</translation>
    </message>
    <message>
        <source>empty = &quot;Room &lt;id&gt;&quot;</source>
        <translation>留空 = &quot;Room &lt;id&gt;&quot;</translation>
    </message>
    <message>
        <source>How many participants may publish at the same time; cascade links add one remote publisher per source publisher</source>
        <translation>可同时发布的参与者数量；级联链路会为每个源发布者增加一个远程发布者</translation>
    </message>
    <message>
        <source>Comma-separated, in order of preference (at most %1): %2. Empty = Janus&apos;s default (opus).</source>
        <translation>以逗号分隔，按优先顺序（最多 %1 个）：%2。留空 = Janus 默认（opus）。</translation>
    </message>
    <message>
        <source>Comma-separated, in order of preference (at most %1): %2. Empty = Janus&apos;s default (vp8).</source>
        <translation>以逗号分隔，按优先顺序（最多 %1 个）：%2。留空 = Janus 默认（vp8）。</translation>
    </message>
    <message>
        <source>default (opus)</source>
        <translation>默认（opus）</translation>
    </message>
    <message>
        <source>default (vp8)</source>
        <translation>默认（vp8）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Needed to destroy or edit the room and to forward from it</source>
        <translation>销毁、编辑房间以及从房间转发时需要</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>创建(&amp;R)</translation>
    </message>
    <message>
        <source>Room &amp;id</source>
        <translation>房间 ID(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>描述(&amp;D)</translation>
    </message>
    <message>
        <source>P&amp;ublishers</source>
        <translation>最大发布者数(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Audio codecs</source>
        <translation>音频编解码器(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Video codecs</source>
        <translation>视频编解码器(&amp;V)</translation>
    </message>
    <message>
        <source>Room &amp;secret</source>
        <translation>房间密钥(&amp;S)</translation>
    </message>
    <message>
        <source>The console keeps one room secret per node; %1 has none, so the console manages its rooms without one.</source>
        <translation>控制台为每个节点保存一个房间密钥；%1 没有设置，因此控制台不使用房间密钥管理其房间。</translation>
    </message>
    <message>
        <source>%1 has no room secret in its settings: links and clean-up cannot manage this room until the node&apos;s Room secret (Edit node…) is the same.</source>
        <translation>%1 的设置中没有房间密钥：在节点的房间密钥（编辑节点…）与此相同之前，级联链路和清理无法管理此房间。</translation>
    </message>
    <message>
        <source>This is %1&apos;s room secret (its node settings): the console uses it for links and clean-up in every room of that node.</source>
        <translation>这是 %1 的房间密钥（来自其节点设置）：控制台在该节点的所有房间中都用它进行级联和清理。</translation>
    </message>
    <message>
        <source>Not %1&apos;s room secret: the console uses that one for every room of the node, so links and clean-up cannot manage this room.</source>
        <translation>这不是 %1 的房间密钥：控制台对该节点的所有房间都使用节点的房间密钥，因此级联链路和清理无法管理此房间。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 codec VideoRoom knows (%3).</source>
        <translation>“%1”不是 VideoRoom 支持的%2编解码器（%3）。</translation>
    </message>
    <message>
        <source>At most %1 %2 codecs.</source>
        <translation>最多 %1 个%2编解码器。</translation>
    </message>
    <message>
        <source>A %1 codec is listed twice.</source>
        <translation>有一个%1编解码器重复列出。</translation>
    </message>
    <message>
        <source>Room id %1 is out of range: use 1 to 9223372036854775807, or leave it empty.</source>
        <translation>房间 id %1 超出范围：请使用 1 到 9223372036854775807，或留空。</translation>
    </message>
    <message>
        <source>Room id &quot;%1&quot; is not valid: a number, or (on a node with string_ids) up to 64 letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>房间 id“%1”无效：应为数字，或（在启用 string_ids 的节点上）最多 64 个字母、数字、&apos;.&apos;、&apos;-&apos; 和 &apos;_&apos;。</translation>
    </message>
    <message>
        <source>Room %1 already exists on %2.</source>
        <translation>房间 %1 已存在于 %2 上。</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>video</source>
        <translation>视频</translation>
    </message>
</context>
<context>
    <name>ui::RoomsPanel</name>
    <message>
        <source>%1 + console watcher</source>
        <translation>%1 + 控制台观察者</translation>
    </message>
    <message>
        <source>public</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>Room %1 on %2: select it to see its participants below</source>
        <translation>%2 上的房间 %1：选中后可在下方查看其参与者</translation>
    </message>
    <message>
        <source>No description</source>
        <translation>无描述</translation>
    </message>
    <message>
        <source>%1 joined: %2 besides the console&apos;s watcher, which joined to follow the publishers for a cascade link and publishes nothing. Subscribers are not counted.</source>
        <translation>已加入 %1 人：除控制台观察者外有 %2 人。观察者是为级联链路跟踪发布者而加入的，不发布任何媒体。订阅者不计入。</translation>
    </message>
    <message>
        <source>%1 joined (publishing or not); subscribers are not counted.</source>
        <translation>已加入 %1 人（无论是否在发布）；订阅者不计入。</translation>
    </message>
    <message>
        <source>Public: listed to every client of the node</source>
        <translation>公开：对节点的所有客户端列出</translation>
    </message>
    <message>
        <source>Private: hidden from other clients&apos; room lists; the console sees it with the node&apos;s room admin key</source>
        <translation>私有：不在其他客户端的房间列表中显示；控制台通过节点的房间管理密钥看到它</translation>
    </message>
    <message>
        <source>Janus&apos;s default codecs</source>
        <translation>Janus 默认编解码器</translation>
    </message>
    <message>
        <source>Audio / video codecs, in order of preference: %1</source>
        <translation>音频 / 视频编解码器，按优先顺序：%1</translation>
    </message>
    <message>
        <source>Participant id %1 in this room</source>
        <translation>此房间中的参与者 id %1</translation>
    </message>
    <message>
        <source>No display name</source>
        <translation>无显示名</translation>
    </message>
    <message>
        <source>The console&apos;s own handle: it joined as a publisher that never publishes, to follow this room&apos;s publishers for cascade links. Janus counts it as a participant.</source>
        <translation>控制台自己的句柄：它以从不发布的发布者身份加入，用于为级联链路跟踪此房间的发布者。Janus 将其计为参与者。</translation>
    </message>
    <message>
        <source>A remote publisher: its media comes over RTP from another Janus (a cascade copy)</source>
        <translation>远程发布者：其媒体通过 RTP 来自另一个 Janus（级联副本）</translation>
    </message>
    <message>
        <source>Publishes media from a client of this Janus</source>
        <translation>发布来自此 Janus 客户端的媒体</translation>
    </message>
    <message>
        <source>Joined, publishes nothing</source>
        <translation>已加入，未发布任何媒体</translation>
    </message>
    <message>
        <source>No RTP forwarders</source>
        <translation>无 RTP 转发器</translation>
    </message>
    <message>
        <source>Not cascaded to another node</source>
        <translation>未级联到其他节点</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>&amp;Create room…</source>
        <translation>创建房间(&amp;C)…</translation>
    </message>
    <message>
        <source>Destro&amp;y room…</source>
        <translation>销毁房间(&amp;Y)…</translation>
    </message>
    <message>
        <source>The node whose rooms are shown (also: select a node in the Nodes area)</source>
        <translation>显示其房间的节点（也可以在“节点”区域中选择节点）</translation>
    </message>
    <message>
        <source>Filter rooms…</source>
        <translation>筛选房间…</translation>
    </message>
    <message>
        <source>Shows the rooms whose number, description or codecs contain this</source>
        <translation>显示编号、描述或编解码器包含此内容的房间</translation>
    </message>
    <message>
        <source>Refresh rooms and participants (F5)</source>
        <translation>刷新房间和参与者（F5）</translation>
    </message>
    <message>
        <source>Create a room on the selected node: id, description, publishers, codecs, secret, private</source>
        <translation>在所选节点上创建房间：id、描述、发布者数、编解码器、密钥、私有</translation>
    </message>
    <message>
        <source>Destroy the selected room (with the node&apos;s room secret)</source>
        <translation>销毁所选房间（使用节点的房间密钥）</translation>
    </message>
    <message>
        <source>No&amp;de:</source>
        <translation>节点(&amp;D)：</translation>
    </message>
    <message>
        <source>Participants of the selected room</source>
        <translation>所选房间的参与者</translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>正在刷新…</translation>
    </message>
    <message>
        <source>No nodes yet: add one with Add… (Ctrl+Shift+N) in the Nodes area, and its rooms appear here.</source>
        <translation>还没有节点：在“节点”区域中用“添加…”（Ctrl+Shift+N）添加一个，其房间就会显示在这里。</translation>
    </message>
    <message>
        <source>Select a node in the Nodes area to see its rooms.</source>
        <translation>在“节点”区域中选择一个节点以查看其房间。</translation>
    </message>
    <message>
        <source>Stale: %1 is not connected since %2 (%3). The rooms below are as they were then.</source>
        <translation>已过期：%1 自 %2 起未连接（%3）。下面的房间是当时的状态。</translation>
    </message>
    <message>
        <source>%1 is not connected since %2 (%3): no rooms to show.</source>
        <translation>%1 自 %2 起未连接（%3）：没有可显示的房间。</translation>
    </message>
    <message>
        <source>Select a connected node first.</source>
        <translation>请先选择一个已连接的节点。</translation>
    </message>
    <message>
        <source>%1 publishers</source>
        <translation>%1 个发布者</translation>
    </message>
    <message>
        <source>private</source>
        <translation>私有</translation>
    </message>
    <message>
        <source>with a room secret</source>
        <translation>带房间密钥</translation>
    </message>
    <message>
        <source>audio %1</source>
        <translation>音频 %1</translation>
    </message>
    <message>
        <source>video %1</source>
        <translation>视频 %1</translation>
    </message>
    <message>
        <source>room %1 created: &quot;%2&quot;, %3</source>
        <translation>已创建房间 %1：“%2”，%3</translation>
    </message>
    <message>
        <source>Room %1 created on %2.</source>
        <translation>已在 %2 上创建房间 %1。</translation>
    </message>
    <message>
        <source>cannot create a room: %1</source>
        <translation>无法创建房间：%1</translation>
    </message>
    <message>
        <source>Cannot create the room: %1</source>
        <translation>无法创建房间：%1</translation>
    </message>
    <message>
        <source>Select a room first.</source>
        <translation>请先选择一个房间。</translation>
    </message>
    <message>
        <source>Destroy room</source>
        <translation>销毁房间</translation>
    </message>
    <message>
        <source>Destroy room %1 on %2? Everybody in it is kicked out, and cascade links into it go down.</source>
        <translation>要销毁 %2 上的房间 %1 吗？房间内的所有人都会被踢出，进入该房间的级联链路也会断开。</translation>
    </message>
    <message>
        <source>room %1 destroyed</source>
        <translation>房间 %1 已销毁</translation>
    </message>
    <message>
        <source>cannot destroy room %1: %2</source>
        <translation>无法销毁房间 %1：%2</translation>
    </message>
    <message>
        <source>Cannot destroy room %1: %2</source>
        <translation>无法销毁房间 %1：%2</translation>
    </message>
</context>
<context>
    <name>ui::TopologyView</name>
    <message>
        <source>No nodes yet: add one with Node → Add node (Ctrl+Shift+N).</source>
        <translation>还没有节点：通过“节点 → 添加节点”（Ctrl+Shift+N）添加一个。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>all interfaces</source>
        <translation>所有网卡</translation>
    </message>
</context>
</TS>
