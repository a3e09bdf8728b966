<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>Build, review and export Alibaba Cloud security group rules.</source>
        <translation>构建、检查并导出阿里云安全组规则。</translation>
    </message>
    <message>
        <source>Print the monotonic clock (ns) once the first window is shown, then quit (tests/bench).</source>
        <translation>在显示第一个窗口后打印单调时钟（纳秒）并退出（用于测试和基准测试）。</translation>
    </message>
    <message>
        <source>Rule files, projects, setup plans or folders to open (several open as one workspace).</source>
        <translation>要打开的规则文件、项目文件、配置方案或文件夹（打开多个时合为一个工作区）。</translation>
    </message>
</context>
<context>
    <name>sg</name>
    <message>
        <source>Administrators</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Cluster nodes</source>
        <translation>集群节点</translation>
    </message>
    <message>
        <source>Internal networks</source>
        <translation>内部网络</translation>
    </message>
    <message>
        <source>Monitoring servers</source>
        <translation>监控服务器</translation>
    </message>
    <message>
        <source>the file is UTF-32 text; save it as UTF-8</source>
        <translation>文件为 UTF-32 编码的文本，请另存为 UTF-8</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8</source>
        <translation>文件为 UTF-16 编码的文本，请另存为 UTF-8</translation>
    </message>
    <message>
        <source>the file looks like UTF-16 text; save it as UTF-8</source>
        <translation>文件似乎是 UTF-16 编码的文本，请另存为 UTF-8</translation>
    </message>
    <message>
        <source>the file is %1 MB; files over %2 MB are not read</source>
        <translation>文件大小为 %1 MB，不读取超过 %2 MB 的文件</translation>
    </message>
    <message>
        <source>could not read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB and is not read</source>
        <translation>文件大于 %1 MB，未读取</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>testing…</source>
        <translation>测试中…</translation>
    </message>
    <message>
        <source>open</source>
        <translation>开放</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒绝连接</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>not testable (UDP)</source>
        <translation>无法测试（UDP）</translation>
    </message>
</context>
<context>
    <name>sg::AliyunCliFormat</name>
    <message>
        <source>holds a NUL character, which a command line cannot pass</source>
        <translation>包含 NUL 字符，无法通过命令行传递</translation>
    </message>
    <message>
        <source>the region or group id holds a NUL character</source>
        <translation>地域 ID 或安全组 ID 包含 NUL 字符</translation>
    </message>
</context>
<context>
    <name>sg::AnalysisReport</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>rules %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>group</source>
        <translation>安全组</translation>
    </message>
    <message>
        <source> (mitigated)</source>
        <translation>（已缓解）</translation>
    </message>
    <message>
        <source>    Recommendation: %1
</source>
        <translation>    建议：%1
</translation>
    </message>
    <message>
        <source>%1 rules</source>
        <translation>%1 条规则</translation>
    </message>
    <message>
        <source>%1 rules in %2 groups</source>
        <translation>%1 条规则（%2 个安全组）</translation>
    </message>
    <message>
        <source>%1: %2, no findings.
</source>
        <translation>%1：%2，无检查结果。
</translation>
    </message>
    <message>
        <source>%1: %2, %3 findings (%4).
</source>
        <translation>%1：%2，%3 条检查结果（%4）。
</translation>
    </message>
    <message>
        <source>    Reachable on no network interface.
</source>
        <translation>    在任何弹性网卡上均不可访问。
</translation>
    </message>
    <message>
        <source>    Reachable on: %1
</source>
        <translation>    可访问的弹性网卡：%1
</translation>
    </message>
    <message>
        <source>1 rule</source>
        <translation>1 条规则</translation>
    </message>
    <message>
        <source>1 rule in %1 groups</source>
        <translation>1 条规则（%1 个安全组）</translation>
    </message>
    <message>
        <source>%1 more accepted by the baseline (suppressed, listed last).
</source>
        <translation>另有 %1 条检查结果已被基线接受（已抑制，列在最后）。
</translation>
    </message>
    <message>
        <source>SUPPRESSED (%1)</source>
        <translation>已抑制（%1）</translation>
    </message>
    <message>
        <source>    Suppressed: %1 (accepted until %2)
</source>
        <translation>    已抑制：%1（有效期至 %2）
</translation>
    </message>
</context>
<context>
    <name>sg::ApplyOperation</name>
    <message>
        <source>&quot;%1&quot; is not a security group id</source>
        <translation>“%1”不是有效的安全组 ID</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>%1 already equals the file</source>
        <translation>%1 已与文件一致</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to review</source>
        <translation>
            <numerusform>%n 项更改待审查</numerusform>
        </translation>
    </message>
    <message>
        <source>the plan has problems; fix the file first</source>
        <translation>变更计划存在问题，请先修正文件</translation>
    </message>
    <message>
        <source>no folder for the undo file was given</source>
        <translation>未指定保存撤销文件的文件夹</translation>
    </message>
    <message>
        <source>nothing was changed: the undo file could not be saved: %1</source>
        <translation>未做任何更改：无法保存撤销文件：%1</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（第 %2 次调用，共 %3 次）</translation>
    </message>
    <message>
        <source>Reading %1 again to verify</source>
        <translation>正在重新读取 %1 以进行验证</translation>
    </message>
    <message>
        <source>Applied and verified</source>
        <translation>已应用并验证</translation>
    </message>
    <message>
        <source>Applied, but the group differs from the file</source>
        <translation>已应用，但安全组与文件仍不一致</translation>
    </message>
</context>
<context>
    <name>sg::AuditReport</name>
    <message>
        <source>Security group audit</source>
        <translation>安全组审计</translation>
    </message>
    <message>
        <source>Security group audit: %1</source>
        <translation>安全组审计：%1</translation>
    </message>
    <message>
        <source>Generated by SG Assist on %1 from %2.</source>
        <translation>由 SG Assist 于 %1 根据 %2 生成。</translation>
    </message>
    <message>
        <source>an unsaved rule set</source>
        <translation>未保存的规则集</translation>
    </message>
    <message>
        <source>Security group</source>
        <translation>安全组</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Security group ID</source>
        <translation>安全组 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>企业级安全组</translation>
    </message>
    <message>
        <source>basic</source>
        <translation>普通安全组</translation>
    </message>
    <message>
        <source>Intra-group access</source>
        <translation>组内连通策略</translation>
    </message>
    <message>
        <source>members reach each other</source>
        <translation>组内互通</translation>
    </message>
    <message>
        <source>members are isolated</source>
        <translation>组内隔离</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>暴露面</translation>
    </message>
    <message>
        <source>Open ports by the widest source that reaches them</source>
        <translation>按可访问的最大范围访问来源显示开放端口</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>无检查结果。</translation>
    </message>
    <message>
        <source>rules %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>Recommendation:</source>
        <translation>建议：</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>授权策略</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议类型</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>端口范围</translation>
    </message>
    <message>
        <source>Source / destination</source>
        <translation>授权对象</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Rule ID</source>
        <translation>规则 ID</translation>
    </message>
    <message>
        <source>inbound</source>
        <translation>入方向</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>出方向</translation>
    </message>
    <message>
        <source>allow</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>sg::Baseline</name>
    <message>
        <source>cannot read the baseline: %1</source>
        <translation>无法读取基线：%1</translation>
    </message>
    <message>
        <source>not a baseline: expected {&quot;exemptions&quot;: [{&quot;check&quot;, &quot;group&quot;, &quot;ruleId&quot; | &quot;resource&quot; | &quot;port&quot;, &quot;reason&quot;, &quot;expires&quot;}, ...]}</source>
        <translation>不是基线文件：应为 {&quot;exemptions&quot;: [{&quot;check&quot;, &quot;group&quot;, &quot;ruleId&quot; | &quot;resource&quot; | &quot;port&quot;, &quot;reason&quot;, &quot;expires&quot;}, ...]}</translation>
    </message>
    <message>
        <source>an exemption must be an object, not %1</source>
        <translation>豁免必须是对象，而不是%1</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>必须是字符串，而不是%1</translation>
    </message>
    <message>
        <source>must be a port from 1 to 65535, optionally with its protocol (22, &quot;22/tcp&quot;)</source>
        <translation>必须是 1 到 65535 之间的端口，可附带协议（22、&quot;22/tcp&quot;）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; is ignored</source>
        <translation>已忽略未知字段 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the check the exemption accepts is missing</source>
        <translation>缺少该豁免所接受的检查项</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a check id (sgassist-cli check --report sarif lists them)</source>
        <translation>“%1”不是有效的检查项 ID（sgassist-cli check --report sarif 会列出所有检查项）</translation>
    </message>
    <message>
        <source>give at most one of ruleId, resource and port</source>
        <translation>ruleId、resource 和 port 最多只能指定其中一个</translation>
    </message>
    <message>
        <source>an exemption needs a reason</source>
        <translation>豁免必须填写原因</translation>
    </message>
    <message>
        <source>an exemption needs a date it expires (YYYY-MM-DD)</source>
        <translation>豁免必须填写到期日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>The exemption &quot;%1&quot; (%2) expired on %3; it matches no finding now and can be removed from the baseline.</source>
        <translation>豁免“%1”（%2）已于 %3 到期；它现在不匹配任何检查结果，可以从基线中删除。</translation>
    </message>
    <message>
        <source>The exemption &quot;%1&quot; (%2) expired on %3: the findings it accepted count again.</source>
        <translation>豁免“%1”（%2）已于 %3 到期：它所接受的检查结果重新计入统计。</translation>
    </message>
</context>
<context>
    <name>sg::ChangePlan</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>rules %1 and %2 are the same rule (they differ at most in the description): the group can hold it only once; remove one of them</source>
        <translation>规则 %1 和 %2 是同一条规则（最多只有描述不同）：安全组中只能保留一条，请删除其中一条</translation>
    </message>
    <message>
        <source>the file says %1, the live group %2: only rules are applied; change the group&apos;s attribute in the console</source>
        <translation>文件中为 %1，云上的安全组为 %2：只会应用规则；请在控制台中修改安全组的该属性</translation>
    </message>
    <message>
        <source>%1 %2 %3 from %4, priority %5</source>
        <translation>%1 %2 %3，来自 %4，优先级 %5</translation>
    </message>
    <message>
        <source>%1 %2 %3 to %4, priority %5</source>
        <translation>%1 %2 %3，发往 %4，优先级 %5</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>发往 %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>source ports %1</source>
        <translation>源端口 %1</translation>
    </message>
    <message>
        <source>(internet NIC)</source>
        <translation>（公网网卡）</translation>
    </message>
    <message numerus="yes">
        <source>No change: %1 in %2 already holds the %n rule(s) of the file.</source>
        <translation>
            <numerusform>无需更改：%2 中的 %1 已包含文件中的 %n 条规则。</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan for %1 in %2: %3 to modify, %4 to authorize, %5 to revoke; %6 unchanged.</source>
        <translation>%2 中 %1 的变更计划：修改 %3 条，添加 %4 条，删除 %5 条；%6 条不变。</translation>
    </message>
    <message>
        <source>modify %1: %2</source>
        <translation>修改 %1：%2</translation>
    </message>
    <message>
        <source>revoke %1 (replaced below): %2</source>
        <translation>删除 %1（由下方的规则替换）：%2</translation>
    </message>
    <message>
        <source>authorize (file rule %1): %2</source>
        <translation>添加（文件中的规则 %1）：%2</translation>
    </message>
    <message>
        <source>revoke %1: %2</source>
        <translation>删除 %1：%2</translation>
    </message>
</context>
<context>
    <name>sg::Checks</name>
    <message>
        <source>All protocols open to a public source</source>
        <translation>公网来源可访问所有协议</translation>
    </message>
    <message>
        <source>An accept rule for protocol ALL (every protocol and port) whose source is public: everything the instance listens on is reachable.</source>
        <translation>协议为 ALL（所有协议和端口）的允许规则，且访问来源为公网：实例上监听的所有服务均可被访问。</translation>
    </message>
    <message>
        <source>Replace the rule by one rule per service that is needed, each restricted to the sources that use it.</source>
        <translation>将该规则替换为按所需服务分别设置的规则，每条规则仅允许使用该服务的访问来源。</translation>
    </message>
    <message>
        <source>All ports open to a public source</source>
        <translation>公网来源可访问所有端口</translation>
    </message>
    <message>
        <source>A TCP or UDP accept rule for every port (1/65535, or no port range at all) whose source is public.</source>
        <translation>允许所有端口（1/65535，或未设置端口范围）的 TCP 或 UDP 规则，且访问来源为公网。</translation>
    </message>
    <message>
        <source>Open only the ports your services need (least privilege), each to the sources that use it.</source>
        <translation>仅开放服务所需的端口（最小权限原则），且每个端口仅对使用它的访问来源开放。</translation>
    </message>
    <message>
        <source>Docker daemon API reachable from outside</source>
        <translation>Docker 守护进程 API 可从外部访问</translation>
    </message>
    <message>
        <source>Docker 2375 (unencrypted) or 2376 (TLS) is reachable from a public source; whoever reaches it controls the host.</source>
        <translation>Docker 2375（未加密）或 2376（TLS）端口可被公网来源访问；能访问该端口的人即可控制主机。</translation>
    </message>
    <message>
        <source>Restrict to internal access only.</source>
        <translation>仅允许内部访问。</translation>
    </message>
    <message>
        <source>SSH reachable from a public source</source>
        <translation>SSH 可被公网来源访问</translation>
    </message>
    <message>
        <source>TCP 22 (SSH, also Git over SSH) is open to a public source.</source>
        <translation>TCP 22（SSH，也用于基于 SSH 的 Git）对公网来源开放。</translation>
    </message>
    <message>
        <source>Restrict source to specific IP addresses or CIDR blocks.</source>
        <translation>将访问来源限制为特定的 IP 地址或 CIDR 地址段。</translation>
    </message>
    <message>
        <source>RDP reachable from a public source</source>
        <translation>RDP 可被公网来源访问</translation>
    </message>
    <message>
        <source>3389 (Windows Remote Desktop) is open to a public source.</source>
        <translation>3389（Windows 远程桌面）对公网来源开放。</translation>
    </message>
    <message>
        <source>Restrict to users who need remote access; review permissions regularly.</source>
        <translation>仅允许需要远程访问的用户访问，并定期审查访问权限。</translation>
    </message>
    <message>
        <source>VS Code Server reachable from a public source</source>
        <translation>VS Code Server 可被公网来源访问</translation>
    </message>
    <message>
        <source>TCP 3000 (VS Code Server, also many web development servers) is open to a public source.</source>
        <translation>TCP 3000（VS Code Server，也是许多 Web 开发服务器使用的端口）对公网来源开放。</translation>
    </message>
    <message>
        <source>Restrict to internal access or trusted external networks.</source>
        <translation>仅允许内部访问或受信任的外部网络访问。</translation>
    </message>
    <message>
        <source>Jupyter reachable from a public source</source>
        <translation>Jupyter 可被公网来源访问</translation>
    </message>
    <message>
        <source>TCP 8888 (Jupyter Notebook, which runs code on the instance) is open to a public source.</source>
        <translation>TCP 8888（Jupyter Notebook，可在实例上运行代码）对公网来源开放。</translation>
    </message>
    <message>
        <source>Restrict to specific IP addresses or CIDR blocks.</source>
        <translation>限制为特定的 IP 地址或 CIDR 地址段。</translation>
    </message>
    <message>
        <source>HPC scheduler reachable from a public source</source>
        <translation>HPC 调度器可被公网来源访问</translation>
    </message>
    <message>
        <source>Slurm (TCP 6817-6819) or PBS (TCP 15001-15004, 15007, 17001) is open to a public source.</source>
        <translation>Slurm（TCP 6817-6819）或 PBS（TCP 15001-15004、15007、17001）对公网来源开放。</translation>
    </message>
    <message>
        <source>Restrict to cluster nodes only, preferably with a security group reference.</source>
        <translation>仅允许集群节点访问，最好通过引用安全组实现。</translation>
    </message>
    <message>
        <source>NFS reachable from a public source</source>
        <translation>NFS 可被公网来源访问</translation>
    </message>
    <message>
        <source>An NFS port (111, 2049, 20048, 32765-32768) is open to a public source.</source>
        <translation>NFS 端口（111、2049、20048、32765-32768）对公网来源开放。</translation>
    </message>
    <message>
        <source>Restrict source to internal networks or trusted external networks.</source>
        <translation>将访问来源限制为内部网络或受信任的外部网络。</translation>
    </message>
    <message>
        <source>Monitoring reachable from a public source</source>
        <translation>监控服务可被公网来源访问</translation>
    </message>
    <message>
        <source>Prometheus (TCP 9090) or Fluentd (24224) is open to a public source; they expose internal data.</source>
        <translation>Prometheus（TCP 9090）或 Fluentd（24224）对公网来源开放；它们会暴露内部数据。</translation>
    </message>
    <message>
        <source>Restrict to monitoring servers only.</source>
        <translation>仅允许监控服务器访问。</translation>
    </message>
    <message>
        <source>Database, cache or queue reachable from a public source</source>
        <translation>数据库、缓存或消息队列可被公网来源访问</translation>
    </message>
    <message>
        <source>A database, cache, search or message-queue port (SQL Server, Oracle, MySQL, PostgreSQL, Redis, MongoDB, Memcached, Kafka, Elasticsearch, Kibana, Cassandra) is open to a public source.</source>
        <translation>数据库、缓存、搜索或消息队列端口（SQL Server、Oracle、MySQL、PostgreSQL、Redis、MongoDB、Memcached、Kafka、Elasticsearch、Kibana、Cassandra）对公网来源开放。</translation>
    </message>
    <message>
        <source>Keep data services on private networks; reach them through the application or a bastion host.</source>
        <translation>将数据服务保留在私网中；通过应用程序或堡垒机访问它们。</translation>
    </message>
    <message>
        <source>Clear-text or Windows service reachable from a public source</source>
        <translation>明文协议或 Windows 服务可被公网来源访问</translation>
    </message>
    <message>
        <source>FTP (20-21), Telnet (23), SMTP (25), POP3 (110), IMAP (143), MSRPC (135), NetBIOS (137-139) or SMB (445) is open to a public source.</source>
        <translation>FTP（20-21）、Telnet（23）、SMTP（25）、POP3（110）、IMAP（143）、MSRPC（135）、NetBIOS（137-139）或 SMB（445）对公网来源开放。</translation>
    </message>
    <message>
        <source>Close these ports to the internet; use encrypted protocols over a VPN or from specific addresses.</source>
        <translation>对互联网关闭这些端口；改为通过 VPN 或从特定地址使用加密协议。</translation>
    </message>
    <message>
        <source>VNC reachable from a public source</source>
        <translation>VNC 可被公网来源访问</translation>
    </message>
    <message>
        <source>VNC (TCP 5500, 5900) is open to a public source.</source>
        <translation>VNC（TCP 5500、5900）对公网来源开放。</translation>
    </message>
    <message>
        <source>Restrict remote desktop ports to specific addresses and review who has access regularly.</source>
        <translation>将远程桌面端口限制为特定地址，并定期审查哪些人拥有访问权限。</translation>
    </message>
    <message>
        <source>Development web server reachable from a public source</source>
        <translation>开发用 Web 服务器可被公网来源访问</translation>
    </message>
    <message>
        <source>TCP 5000, 8080 or 8088 (development servers, Hadoop YARN) is open to a public source.</source>
        <translation>TCP 5000、8080 或 8088（开发服务器、Hadoop YARN）对公网来源开放。</translation>
    </message>
    <message>
        <source>Serve public web traffic on 80/443 through a hardened server; restrict development ports to specific addresses.</source>
        <translation>通过经过安全加固的服务器在 80/443 端口提供公网 Web 服务；将开发端口限制为特定地址。</translation>
    </message>
    <message>
        <source>Infrastructure service reachable from a public source</source>
        <translation>基础设施服务可被公网来源访问</translation>
    </message>
    <message>
        <source>Salt (TCP 4505-4506), Hadoop (TCP 8020, 50070) or DNS (53) is open to a public source.</source>
        <translation>Salt（TCP 4505-4506）、Hadoop（TCP 8020、50070）或 DNS（53）对公网来源开放。</translation>
    </message>
    <message>
        <source>Restrict management and infrastructure ports to the hosts that need them.</source>
        <translation>将管理和基础设施端口限制为仅需要它们的主机访问。</translation>
    </message>
    <message>
        <source>Web portal reachable from a public source</source>
        <translation>Web 门户可被公网来源访问</translation>
    </message>
    <message>
        <source>The E-HPC web portal (TCP 12011) is open to a public source.</source>
        <translation>E-HPC Web 门户（TCP 12011）对公网来源开放。</translation>
    </message>
    <message>
        <source>Confirm that the cluster&apos;s security group allows inbound access on this port.</source>
        <translation>确认集群的安全组允许该端口的入方向访问。</translation>
    </message>
    <message>
        <source>Other port open to a public source</source>
        <translation>其他端口对公网来源开放</translation>
    </message>
    <message>
        <source>A TCP or UDP port that no known service needs is open to a public source.</source>
        <translation>没有任何已知服务需要的 TCP 或 UDP 端口对公网来源开放。</translation>
    </message>
    <message>
        <source>Apply least privilege: open only the ports required for your workload, to the sources that need them.</source>
        <translation>遵循最小权限原则：仅开放工作负载所需的端口，且仅对需要的访问来源开放。</translation>
    </message>
    <message>
        <source>GRE open to a public source</source>
        <translation>GRE 对公网来源开放</translation>
    </message>
    <message>
        <source>GRE (tunnels) is accepted from a public source.</source>
        <translation>允许来自公网来源的 GRE（隧道）流量。</translation>
    </message>
    <message>
        <source>Accept tunnel traffic only from the tunnel&apos;s peer addresses.</source>
        <translation>仅允许来自隧道对端地址的隧道流量。</translation>
    </message>
    <message>
        <source>Web port open to a public source</source>
        <translation>Web 端口对公网来源开放</translation>
    </message>
    <message>
        <source>TCP 80 or 443 is open to a public source; usual for a public web server.</source>
        <translation>TCP 80 或 443 对公网来源开放；公网 Web 服务器通常如此。</translation>
    </message>
    <message>
        <source>Make sure a web server that is meant to be public listens there.</source>
        <translation>请确认在这些端口监听的是有意对公网提供服务的 Web 服务器。</translation>
    </message>
    <message>
        <source>ICMP open to a public source</source>
        <translation>ICMP 对公网来源开放</translation>
    </message>
    <message>
        <source>ICMP (ping) is accepted from a public source; it tells scanners the instance exists.</source>
        <translation>允许来自公网来源的 ICMP（ping）流量；扫描程序可借此发现实例的存在。</translation>
    </message>
    <message>
        <source>Accept ICMP only from the networks that monitor or troubleshoot the instance.</source>
        <translation>仅允许来自负责监控或排查该实例的网络的 ICMP 流量。</translation>
    </message>
    <message>
        <source>All outbound traffic to the internet</source>
        <translation>允许所有出方向流量访问互联网</translation>
    </message>
    <message>
        <source>An egress accept rule for every protocol or every port to the internet: compromised software can reach anywhere.</source>
        <translation>允许所有协议或所有端口访问互联网的出方向规则：被入侵的软件可以访问任何地址。</translation>
    </message>
    <message>
        <source>Where the cluster allows it, accept outbound traffic only to the services it needs (repositories, license servers, object storage).</source>
        <translation>在集群允许的情况下，仅允许访问所需服务（软件仓库、许可证服务器、对象存储）的出方向流量。</translation>
    </message>
    <message>
        <source>Scheduler ports opened to an address range</source>
        <translation>调度器端口对地址段开放</translation>
    </message>
    <message>
        <source>Slurm or PBS ports accept an address block rather than the cluster&apos;s security group.</source>
        <translation>Slurm 或 PBS 端口允许的是地址段，而不是集群的安全组。</translation>
    </message>
    <message>
        <source>Use a security group reference rather than a CIDR block: traffic from another security group is more precise than an IP range.</source>
        <translation>使用安全组引用代替 CIDR 地址段：按安全组授权比按 IP 地址段授权更精确。</translation>
    </message>
    <message>
        <source>Monitoring ports opened to a broad range</source>
        <translation>监控端口对大范围地址开放</translation>
    </message>
    <message>
        <source>Prometheus or Fluentd accepts an address block wider than /28 (IPv6 /124) instead of the monitoring servers.</source>
        <translation>Prometheus 或 Fluentd 允许的地址段大于 /28（IPv6 为 /124），而不是仅允许监控服务器。</translation>
    </message>
    <message>
        <source>Restrict Prometheus (9090) and Fluentd (24224) to your monitoring server&apos;s IP or security group.</source>
        <translation>将 Prometheus（9090）和 Fluentd（24224）限制为仅允许监控服务器的 IP 或安全组访问。</translation>
    </message>
    <message>
        <source>Direct remote access to review</source>
        <translation>需审查的直接远程访问</translation>
    </message>
    <message>
        <source>RDP (3389) or VS Code Server (3000) grants direct access to running instances.</source>
        <translation>RDP（3389）或 VS Code Server（3000）可直接访问运行中的实例。</translation>
    </message>
    <message>
        <source>Audit who has access to these ports on a scheduled basis and revoke permissions when no longer needed.</source>
        <translation>定期审计哪些人可以访问这些端口，并在不再需要时撤销权限。</translation>
    </message>
    <message>
        <source>Rule wider than its service needs</source>
        <translation>规则范围超出服务所需</translation>
    </message>
    <message>
        <source>A rule built for catalogue services opens ports those services do not use.</source>
        <translation>为服务目录中的服务创建的规则开放了这些服务不使用的端口。</translation>
    </message>
    <message>
        <source>Apply least privilege: narrow the port range to the service&apos;s ports.</source>
        <translation>遵循最小权限原则：将端口范围缩小到该服务使用的端口。</translation>
    </message>
    <message>
        <source>Port range instead of single ports</source>
        <translation>使用端口范围而非单个端口</translation>
    </message>
    <message>
        <source>A TCP or UDP rule opens a range of ports that is not the range of a known service.</source>
        <translation>TCP 或 UDP 规则开放的端口范围不是任何已知服务的端口范围。</translation>
    </message>
    <message>
        <source>Prefer one rule per port a service needs; ranges tend to open more than intended.</source>
        <translation>建议服务需要的每个端口各用一条规则；端口范围往往会开放超出预期的端口。</translation>
    </message>
    <message>
        <source>Rule without a description</source>
        <translation>规则缺少描述</translation>
    </message>
    <message>
        <source>The rule has no description, so reviewers cannot tell why it exists.</source>
        <translation>该规则没有描述，审查人员无法判断其用途。</translation>
    </message>
    <message>
        <source>Describe what each rule is for (service and who connects).</source>
        <translation>为每条规则说明用途（对应的服务和访问方）。</translation>
    </message>
    <message>
        <source>Duplicate rule</source>
        <translation>重复规则</translation>
    </message>
    <message>
        <source>The rule has the same effect as an earlier one (the description aside); the API accepts it but it adds nothing.</source>
        <translation>该规则与之前的某条规则效果相同（描述除外）；API 会接受该规则，但它不起任何额外作用。</translation>
    </message>
    <message>
        <source>Delete the duplicate.</source>
        <translation>删除重复的规则。</translation>
    </message>
    <message>
        <source>Rule never takes effect</source>
        <translation>规则永远不会生效</translation>
    </message>
    <message>
        <source>Rules evaluated earlier (smaller priority number, or a drop at the same priority) decide all the traffic this rule matches, alone or together.</source>
        <translation>优先匹配的规则（优先级数值更小，或优先级相同的拒绝规则）单独或共同决定了该规则匹配的所有流量。</translation>
    </message>
    <message>
        <source>Delete the rule, or give it a smaller priority number if it was meant to take effect.</source>
        <translation>删除该规则；如果希望它生效，请为其设置更小的优先级数值。</translation>
    </message>
    <message>
        <source>Drop rule never takes effect</source>
        <translation>拒绝规则永远不会生效</translation>
    </message>
    <message>
        <source>A drop rule whose traffic is decided by earlier rules, some of which accept it: the block it was written for does not happen.</source>
        <translation>该拒绝规则匹配的流量由优先匹配的规则决定，其中一些规则允许这些流量：该拒绝规则预期的拦截不会发生。</translation>
    </message>
    <message>
        <source>Give the drop a smaller priority number than the accepts it must override (drops win ties).</source>
        <translation>为该拒绝规则设置比需覆盖的允许规则更小的优先级数值（优先级相同时拒绝规则优先）。</translation>
    </message>
    <message>
        <source>Redundant rule</source>
        <translation>冗余规则</translation>
    </message>
    <message>
        <source>Removing the rule changes no decision: other rules, or the group&apos;s default, decide its traffic the same way (for example 10.1.0.0/16 beside 10.0.0.0/8).</source>
        <translation>删除该规则不会改变任何访问决定：其他规则或安全组的默认策略会对其流量做出相同的决定（例如 10.0.0.0/8 已包含 10.1.0.0/16）。</translation>
    </message>
    <message>
        <source>Delete the rule to keep the group small and readable. Remove redundant rules one at a time and re-check.</source>
        <translation>删除该规则，使安全组保持精简、易读。请逐条删除冗余规则，并在每次删除后重新检查。</translation>
    </message>
    <message>
        <source>Accept and drop overlap at the same priority</source>
        <translation>优先级相同的允许规则与拒绝规则重叠</translation>
    </message>
    <message>
        <source>An accept rule and a drop rule of the same priority match the same traffic; the drop wins. Some clouds refuse such rule sets.</source>
        <translation>优先级相同的一条允许规则和一条拒绝规则匹配相同的流量，此时拒绝规则生效。部分云平台会拒绝此类规则集。</translation>
    </message>
    <message>
        <source>Give the rule that should win a smaller priority number, so the intent is explicit.</source>
        <translation>为应当生效的规则设置更小的优先级数值，使意图更加明确。</translation>
    </message>
    <message>
        <source>More than 50 rules</source>
        <translation>规则超过 50 条</translation>
    </message>
    <message>
        <source>Large groups are hard to review and often carry forgotten rules.</source>
        <translation>规则较多的安全组难以审查，且常常留有被遗忘的规则。</translation>
    </message>
    <message>
        <source>Review the rules; remove the ones nobody needs any more.</source>
        <translation>审查规则，删除不再需要的规则。</translation>
    </message>
    <message>
        <source>More than 100 rules in one direction</source>
        <translation>单个方向的规则超过 100 条</translation>
    </message>
    <message>
        <source>One AuthorizeSecurityGroup or AuthorizeSecurityGroupEgress call takes at most 100 permissions; applying the rules takes several calls.</source>
        <translation>一次 AuthorizeSecurityGroup 或 AuthorizeSecurityGroupEgress 调用最多包含 100 条授权规则；应用这些规则需要多次调用。</translation>
    </message>
    <message>
        <source>Export with aliyun-cli or sdk-requests, which split the calls.</source>
        <translation>使用 aliyun-cli 或 sdk-requests 格式导出，它们会自动拆分调用。</translation>
    </message>
    <message>
        <source>More than 200 rules</source>
        <translation>规则超过 200 条</translation>
    </message>
    <message>
        <source>200 rules was the per-group limit in older documentation, and a console import file takes at most 200 rules.</source>
        <translation>旧版文档中每个安全组的规则上限为 200 条，且控制台导入文件最多包含 200 条规则。</translation>
    </message>
    <message>
        <source>Split the rules over several groups or merge rules; console exports are split into files of 200.</source>
        <translation>将规则拆分到多个安全组中，或合并规则；导出为控制台格式时会按每个文件 200 条规则拆分。</translation>
    </message>
    <message>
        <source>More than 1,000 rules</source>
        <translation>规则超过 1,000 条</translation>
    </message>
    <message>
        <source>A network interface takes at most 1,000 rules across all its groups, inbound and outbound; this group alone exceeds it.</source>
        <translation>一个弹性网卡关联的所有安全组的入方向和出方向规则合计最多 1,000 条；仅此安全组就已超出该上限。</translation>
    </message>
    <message>
        <source>Merge rules (address blocks, port ranges) or use prefix lists.</source>
        <translation>合并规则（地址段、端口范围）或使用前缀列表。</translation>
    </message>
    <message>
        <source>More than 20 group references</source>
        <translation>安全组引用超过 20 条</translation>
    </message>
    <message>
        <source>A basic security group allows at most 20 rules that reference other security groups; the API refuses the rest.</source>
        <translation>普通安全组最多允许 20 条引用其他安全组的规则；超出部分会被 API 拒绝。</translation>
    </message>
    <message>
        <source>Merge the referenced groups, or use prefix lists or address blocks for some of them.</source>
        <translation>合并被引用的安全组，或对其中部分安全组改用前缀列表或地址段。</translation>
    </message>
    <message>
        <source>Group reference in an enterprise group</source>
        <translation>企业级安全组中引用了安全组</translation>
    </message>
    <message>
        <source>Enterprise security groups may not reference other security groups; the API refuses such rules.</source>
        <translation>企业级安全组不能引用其他安全组；API 会拒绝此类规则。</translation>
    </message>
    <message>
        <source>Use address blocks or prefix lists, or a basic security group.</source>
        <translation>使用地址段或前缀列表，或改用普通安全组。</translation>
    </message>
    <message>
        <source>Basic rather than enterprise group</source>
        <translation>使用普通安全组而非企业级安全组</translation>
    </message>
    <message>
        <source>A basic group allows all outbound traffic by default and, with InnerAccessPolicy Accept, all traffic between its members.</source>
        <translation>普通安全组默认允许所有出方向流量；当 InnerAccessPolicy 为 Accept 时，还允许组内成员之间的所有流量。</translation>
    </message>
    <message>
        <source>Consider an enterprise security group, which denies by default in both directions.</source>
        <translation>建议使用企业级安全组，其入方向和出方向默认均为拒绝。</translation>
    </message>
    <message>
        <source>Overlap analysis limited</source>
        <translation>重叠分析受限</translation>
    </message>
    <message>
        <source>The rules combine so many different port ranges that shadowing, redundancy and mitigation were not analysed for some of them; their exposure is reported as if no drop rule applied.</source>
        <translation>规则组合的不同端口范围过多，部分规则未进行覆盖、冗余和缓解分析；其暴露面按没有任何拒绝规则生效来报告。</translation>
    </message>
    <message>
        <source>Use fewer distinct port ranges.</source>
        <translation>减少不同端口范围的数量。</translation>
    </message>
    <message>
        <source>Referenced group not in the workspace</source>
        <translation>引用的安全组不在工作区中</translation>
    </message>
    <message>
        <source>A rule admits the members of a security group that is not among the groups read, so who it lets in cannot be told.</source>
        <translation>规则允许某个安全组的成员访问，但该安全组不在已读取的安全组中，因此无法判断该规则允许哪些访问方。</translation>
    </message>
    <message>
        <source>Open the referenced group&apos;s rules too (or pull the whole region) to review who it admits.</source>
        <translation>同时打开被引用安全组的规则（或拉取整个地域），以审查它允许哪些访问方。</translation>
    </message>
    <message>
        <source>Group on no network interface</source>
        <translation>安全组未关联任何弹性网卡</translation>
    </message>
    <message>
        <source>No network interface read carries the group, so its rules apply to no instance; other groups&apos; rules still reference it.</source>
        <translation>已读取的弹性网卡均未关联该安全组，因此其规则不作用于任何实例；但其他安全组的规则仍引用了它。</translation>
    </message>
    <message>
        <source>Check that the group is still meant to exist before relying on it as a source.</source>
        <translation>在将该安全组作为访问来源之前，请确认它是否仍应保留。</translation>
    </message>
    <message>
        <source>Unused group</source>
        <translation>未使用的安全组</translation>
    </message>
    <message>
        <source>No network interface read carries the group and no rule of another group references it: its rules protect nothing and are easily attached by mistake later.</source>
        <translation>已读取的弹性网卡均未关联该安全组，也没有其他安全组的规则引用它：其规则不保护任何资源，且日后容易被误关联。</translation>
    </message>
    <message>
        <source>Delete the group, or attach it where it is meant to apply.</source>
        <translation>删除该安全组，或将其关联到需要它的弹性网卡。</translation>
    </message>
    <message>
        <source>Expired exemption</source>
        <translation>豁免已到期</translation>
    </message>
    <message>
        <source>An exemption of the baseline is past its date: the findings it accepted count again.</source>
        <translation>基线中的某个豁免已过到期日期：它所接受的检查结果重新计入统计。</translation>
    </message>
    <message>
        <source>Fix what the exemption accepted, or review the risk again and give the exemption a new date.</source>
        <translation>修复该豁免所接受的问题，或重新评估风险并为该豁免设置新的到期日期。</translation>
    </message>
    <message>
        <source>Value not known without running the tool</source>
        <translation>值需运行相应工具后才能确定</translation>
    </message>
    <message>
        <source>A Terraform configuration or ROS template leaves a value open (a variable without a value, a parameter without a default, a data source, an attribute known only once created). SG Assist does not guess it: a rule whose protocol, ports, source, policy or priority is open is kept but matches no traffic, so its exposure is not judged.</source>
        <translation>Terraform 配置或 ROS 模板中有未确定的值（没有值的变量、没有默认值的参数、数据源、创建后才能确定的属性）。SG Assist 不会猜测这些值：协议类型、端口范围、访问来源、授权策略或优先级未确定的规则会被保留，但不匹配任何流量，因此不评估其暴露面。</translation>
    </message>
    <message>
        <source>Give the value (--var NAME=VALUE, --var-file, --param NAME=VALUE, or a terraform.tfvars file) and check again, or review the rule by hand.</source>
        <translation>提供该值（--var NAME=VALUE、--var-file、--param NAME=VALUE 或 terraform.tfvars 文件）后重新检查，或手动审查该规则。</translation>
    </message>
</context>
<context>
    <name>sg::CloudConnection</name>
    <message>
        <source>the region option</source>
        <translation>地域选项</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>no region: name one (--region cn-hangzhou), or set region_id in the profile or ALIBABA_CLOUD_REGION_ID</source>
        <translation>未指定地域：请指定一个地域（--region cn-hangzhou），或在凭证配置中设置 region_id，或设置 ALIBABA_CLOUD_REGION_ID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region id such as cn-hangzhou</source>
        <translation>“%1”不是有效的地域 ID（例如 cn-hangzhou）</translation>
    </message>
    <message>
        <source>the access key id or secret is missing</source>
        <translation>缺少 AccessKey ID 或 AccessKey Secret</translation>
    </message>
</context>
<context>
    <name>sg::CloudOperation</name>
    <message>
        <source>the connection is closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <source>%1 is not a list in the answer</source>
        <translation>响应中的 %1 不是列表</translation>
    </message>
    <message>
        <source>the pages do not end (NextToken repeats)</source>
        <translation>分页无法结束（NextToken 重复出现）</translation>
    </message>
    <message>
        <source>SG Assist cannot read the rules of %1:%2</source>
        <translation>SG Assist 无法读取 %1 的规则：%2</translation>
    </message>
    <message>
        <source>asked for %1, the answer is about %2</source>
        <translation>请求的是 %1，但响应中的是 %2</translation>
    </message>
</context>
<context>
    <name>sg::ConnectivityProbe</name>
    <message>
        <source>&quot;%1&quot; is not a port: write 22, 22/tcp, 20048/udp or 6817-6819/tcp</source>
        <translation>“%1”不是有效的端口：请写成 22、22/tcp、20048/udp 或 6817-6819/tcp</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: ports must be between 1 and 65535, the first not larger than the last</source>
        <translation>“%1”：端口必须在 1 到 65535 之间，且起始端口不能大于结束端口</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: at most %2 ports a range</source>
        <translation>“%1”：每个端口范围最多 %2 个端口</translation>
    </message>
    <message>
        <source>a UDP port cannot be tested by connecting</source>
        <translation>UDP 端口无法通过建立连接来测试</translation>
    </message>
    <message>
        <source>%1 has no address</source>
        <translation>%1 没有可用的地址</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>%1 毫秒内无响应</translation>
    </message>
</context>
<context>
    <name>sg::ConsoleCsvFormat</name>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the file holds NUL bytes: it is not CSV text</source>
        <translation>文件包含 NUL 字节：不是 CSV 文本</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text (spreadsheets often save CSV in a local encoding such as GBK: save it as &quot;CSV UTF-8&quot;)</source>
        <translation>文件不是有效的 UTF-8 文本（电子表格软件常以本地编码（如 GBK）保存 CSV：请另存为“CSV UTF-8”）</translation>
    </message>
    <message>
        <source>reading was cancelled</source>
        <translation>已取消读取</translation>
    </message>
    <message>
        <source>unknown column; it is ignored</source>
        <translation>未知列，已忽略</translation>
    </message>
    <message>
        <source>this column means the same as the column &quot;%1&quot;; keep one of them</source>
        <translation>该列与“%1”列含义相同，请只保留其中一列</translation>
    </message>
    <message>
        <source>no protocol column: this does not look like a security group rule CSV (expected headers such as IpProtocol, PortRange, SourceCidrIp, Policy, Priority or 协议类型, 端口范围, 授权对象)</source>
        <translation>缺少协议列：该文件似乎不是安全组规则 CSV 文件（应包含 IpProtocol、PortRange、SourceCidrIp、Policy、Priority 或 协议类型、端口范围、授权对象 等表头）</translation>
    </message>
    <message>
        <source>the row has %1 cells but the header has %2 columns (a comma in an unquoted cell?)</source>
        <translation>该行有 %1 个单元格，但表头有 %2 列（未加引号的单元格中是否含有逗号？）</translation>
    </message>
</context>
<context>
    <name>sg::CredentialLoader</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to be an aliyun configuration file</source>
        <translation>%1 过大，不可能是 aliyun 配置文件</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2: %3)</source>
        <translation>%1 不是有效的 JSON（第 %2 字节处：%3）</translation>
    </message>
    <message>
        <source>%1 is not an aliyun configuration file (no JSON object)</source>
        <translation>%1 不是 aliyun 配置文件（没有 JSON 对象）</translation>
    </message>
    <message>
        <source>ALIBABA_CLOUD_ACCESS_KEY_SECRET is set but ALIBABA_CLOUD_ACCESS_KEY_ID is not</source>
        <translation>已设置 ALIBABA_CLOUD_ACCESS_KEY_SECRET，但未设置 ALIBABA_CLOUD_ACCESS_KEY_ID</translation>
    </message>
    <message>
        <source>ALIBABA_CLOUD_ACCESS_KEY_ID is set but ALIBABA_CLOUD_ACCESS_KEY_SECRET is not</source>
        <translation>已设置 ALIBABA_CLOUD_ACCESS_KEY_ID，但未设置 ALIBABA_CLOUD_ACCESS_KEY_SECRET</translation>
    </message>
    <message>
        <source>the environment (ALIBABA_CLOUD_ACCESS_KEY_ID)</source>
        <translation>环境变量（ALIBABA_CLOUD_ACCESS_KEY_ID）</translation>
    </message>
    <message>
        <source>no credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or configure a profile with &apos;aliyun configure&apos; (%1 does not exist)</source>
        <translation>未找到凭证：请设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET，或使用 &apos;aliyun configure&apos; 添加凭证配置（%1 不存在）</translation>
    </message>
    <message>
        <source>cannot use profile &quot;%1&quot;: %2</source>
        <translation>无法使用凭证配置“%1”：%2</translation>
    </message>
    <message>
        <source>%1 names no current profile; choose one with --profile</source>
        <translation>%1 未指定当前凭证配置，请使用 --profile 选择一个</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; of %2</source>
        <translation>%2 中的凭证配置“%1”</translation>
    </message>
    <message>
        <source>%1 uses mode %2, which SG Assist does not support: use a profile of mode AK or StsToken, or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET</source>
        <translation>%1 使用 %2 模式，SG Assist 不支持该模式：请使用 AK 或 StsToken 模式的凭证配置，或设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET</translation>
    </message>
    <message>
        <source>%1 has no access_key_id or access_key_secret</source>
        <translation>%1 缺少 access_key_id 或 access_key_secret</translation>
    </message>
    <message>
        <source>%1 is of mode StsToken but has no sts_token</source>
        <translation>%1 为 StsToken 模式，但缺少 sts_token</translation>
    </message>
    <message>
        <source>%1 has no profile &quot;%2&quot; (profiles: %3)</source>
        <translation>%1 中没有凭证配置“%2”（现有凭证配置：%3）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>sg::CsvReader</name>
    <message>
        <source>a quoted cell that starts here is never closed (truncated file?)</source>
        <translation>从此处开始的带引号单元格没有闭合（文件是否被截断？）</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote; write a quote inside a quoted cell as &quot;&quot;</source>
        <translation>右引号后出现多余的文本；在带引号的单元格中，引号应写作 &quot;&quot;</translation>
    </message>
</context>
<context>
    <name>sg::Diagnostic</name>
    <message>
        <source>warning: </source>
        <translation>警告：</translation>
    </message>
</context>
<context>
    <name>sg::DiffReport</name>
    <message>
        <source>new group</source>
        <translation>新安全组</translation>
    </message>
    <message>
        <source>group removed</source>
        <translation>已删除的安全组</translation>
    </message>
    <message>
        <source>%1 -&gt; %2: %3 added, %4 removed, %5 changed; %6 findings introduced, %7 resolved.
</source>
        <translation>%1 -&gt; %2：新增 %3 条、删除 %4 条、修改 %5 条规则；新增 %6 条检查结果，解决 %7 条。
</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>安全组：</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>已添加：</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>已删除：</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>已修改：</translation>
    </message>
    <message>
        <source>Findings introduced:</source>
        <translation>新增的检查结果：</translation>
    </message>
    <message>
        <source>new rule</source>
        <translation>新规则</translation>
    </message>
    <message>
        <source>Findings resolved:</source>
        <translation>已解决的检查结果：</translation>
    </message>
    <message>
        <source>old rule</source>
        <translation>旧规则</translation>
    </message>
    <message>
        <source>  + rule %1: %2%3
</source>
        <translation>  + 规则 %1：%2%3
</translation>
    </message>
    <message>
        <source>  - rule %1: %2%3
</source>
        <translation>  - 规则 %1：%2%3
</translation>
    </message>
    <message>
        <source>  ~ rule %1 -&gt; rule %2 (%3)%4
      was: %5
      now: %6
</source>
        <translation>  ~ 规则 %1 -&gt; 规则 %2（%3）%4
      原为：%5
      现为：%6
</translation>
    </message>
</context>
<context>
    <name>sg::EcsCall</name>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation>响应大于 %1 MB</translation>
    </message>
    <message>
        <source>the endpoint answered with a redirection (HTTP %1), which is not followed; check the endpoint</source>
        <translation>接入点返回了重定向（HTTP %1），SG Assist 不会跟随重定向；请检查接入点</translation>
    </message>
    <message>
        <source>HTTP %1 with an answer that is not the API&apos;s JSON</source>
        <translation>HTTP %1，且响应不是 API 的 JSON</translation>
    </message>
</context>
<context>
    <name>sg::EcsClient</name>
    <message>
        <source>the endpoint is empty</source>
        <translation>接入点为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an endpoint URL such as https://ecs.cn-hangzhou.aliyuncs.com</source>
        <translation>“%1”不是有效的接入点 URL（例如 https://ecs.cn-hangzhou.aliyuncs.com）</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the endpoint must use https</source>
        <translation>“%1”：接入点必须使用 https</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: plain http is accepted only to a loopback address (127.0.0.1, ::1, localhost); use https</source>
        <translation>“%1”：仅在连接环回地址（127.0.0.1、::1、localhost）时接受不加密的 http；请使用 https</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: give the endpoint as scheme://host[:port] only</source>
        <translation>“%1”：接入点只能写成 scheme://host[:port] 的形式</translation>
    </message>
    <message>
        <source>AccessKey %1 from %2</source>
        <translation>AccessKey %1（来源：%2）</translation>
    </message>
</context>
<context>
    <name>sg::EcsError</name>
    <message>
        <source>no answer within %1 seconds</source>
        <translation>%1 秒内无响应</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>(RequestId %1)</source>
        <translation>（RequestId %1）</translation>
    </message>
</context>
<context>
    <name>sg::Endpoint</name>
    <message>
        <source>no source or destination given</source>
        <translation>未指定授权对象（访问来源或访问目的）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a security group id (sg- followed by letters and digits)</source>
        <translation>“%1”不是有效的安全组 ID（格式为 sg- 后跟字母和数字）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a prefix list id (pl- followed by letters and digits)</source>
        <translation>“%1”不是有效的前缀列表 ID（格式为 pl- 后跟字母和数字）</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the prefix length after / must be a number from 0 to %2</source>
        <translation>“%1”：/ 后的前缀长度必须是 0 到 %2 之间的数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address or CIDR block</source>
        <translation>“%1”不是有效的 IPv6 地址或 CIDR 地址段</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv4 address or CIDR block</source>
        <translation>“%1”不是有效的 IPv4 地址或 CIDR 地址段</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid CIDR block</source>
        <translation>“%1”不是有效的 CIDR 地址段</translation>
    </message>
</context>
<context>
    <name>sg::EniEvaluator</name>
    <message>
        <source>%1 also carries %2, whose rules were not read; they could decide otherwise.</source>
        <translation>%1 还关联了 %2，但未读取其规则；这些规则可能会做出不同的决定。</translation>
    </message>
    <message>
        <source>Unknown: none of the groups of %1 is in the workspace.</source>
        <translation>未知：%1 关联的安全组均不在工作区中。</translation>
    </message>
    <message>
        <source>The rule is in %1, one of the %2 groups of %3, whose rules are evaluated together.</source>
        <translation>该规则属于 %1，它是 %3 关联的 %2 个安全组之一，这些安全组的规则会合并评估。</translation>
    </message>
    <message>
        <source>Rule %1 of %2 accepts it at the same priority, but at equal priority a drop beats an accept, whichever group it is in.</source>
        <translation>%2 的规则 %1 以相同优先级允许该流量，但优先级相同时，无论规则属于哪个安全组，拒绝规则都优先于允许规则。</translation>
    </message>
    <message>
        <source>Allowed: no rule of the groups of %1 matches, and basic security groups allow outbound traffic by default.</source>
        <translation>允许：%1 关联的安全组中没有规则匹配，且普通安全组默认允许出方向流量。</translation>
    </message>
    <message>
        <source>Denied: no rule of the groups of %1 matches, and enterprise security groups deny outbound traffic by default.</source>
        <translation>拒绝：%1 关联的安全组中没有规则匹配，且企业级安全组默认拒绝出方向流量。</translation>
    </message>
    <message>
        <source>Allowed: no rule of the groups of %1 matches, and %1 carries the basic security group %2, whose members reach each other because its InnerAccessPolicy is Accept.</source>
        <translation>允许：%1 关联的安全组中没有规则匹配，且 %1 关联了普通安全组 %2，该安全组的 InnerAccessPolicy 为 Accept，组内成员可以互通。</translation>
    </message>
    <message>
        <source>Denied: no rule of the %1 groups of %2 matches, and inbound traffic is denied by default.</source>
        <translation>拒绝：%2 关联的 %1 个安全组中没有规则匹配，且入方向流量默认被拒绝。</translation>
    </message>
    <message>
        <source>rule %1 of %2</source>
        <translation>%2 的规则 %1</translation>
    </message>
    <message>
        <source>Evaluated earlier, %1 would decide otherwise if it matched, which depends on what the question does not say.</source>
        <translation>%1 优先匹配，如果匹配，结果将会不同；是否匹配取决于查询中未说明的信息。</translation>
    </message>
</context>
<context>
    <name>sg::Exemption</name>
    <message>
        <source>every group</source>
        <translation>所有安全组</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>安全组 %1</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>resource %1</source>
        <translation>资源 %1</translation>
    </message>
    <message>
        <source>port %1/%2</source>
        <translation>端口 %1/%2</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>端口 %1</translation>
    </message>
</context>
<context>
    <name>sg::Exposure</name>
    <message>
        <source>Group or prefix list</source>
        <translation>安全组或前缀列表</translation>
    </message>
    <message>
        <source>Private network</source>
        <translation>私网</translation>
    </message>
    <message>
        <source>Public, narrow</source>
        <translation>公网（小范围）</translation>
    </message>
    <message>
        <source>Public, wide</source>
        <translation>公网（大范围）</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>整个互联网</translation>
    </message>
    <message>
        <source>Alibaba Cloud service</source>
        <translation>阿里云服务</translation>
    </message>
</context>
<context>
    <name>sg::FindingsModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>group</source>
        <translation>安全组</translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation>建议：%1</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>%1 (%2, %3 accepted)</source>
        <translation>%1（%2，已接受 %3）</translation>
    </message>
    <message>
        <source>no interface</source>
        <translation>无弹性网卡</translation>
    </message>
    <message>
        <source>until %1: %2</source>
        <translation>有效期至 %1：%2</translation>
    </message>
    <message>
        <source>Accepted risk, until %1: %2</source>
        <translation>已接受的风险，有效期至 %1：%2</translation>
    </message>
    <message>
        <source>It does not count while the exemption applies.</source>
        <translation>豁免有效期间，该检查结果不计入统计。</translation>
    </message>
    <message>
        <source>Reachable on no network interface: the other groups of every interface block it.</source>
        <translation>在任何弹性网卡上均不可访问：每个弹性网卡关联的其他安全组都拦截了该流量。</translation>
    </message>
    <message>
        <source>Reachable on: %1</source>
        <translation>可访问的弹性网卡：%1</translation>
    </message>
    <message>
        <source>Reachable on</source>
        <translation>可访问的弹性网卡</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Rules: %1</source>
        <translation>规则：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1, … (%n in all)</source>
        <translation>
            <numerusform>%1，…（共 %n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>Selecting the finding selects all of them in the table.</source>
        <translation>选中该发现即可在表格中选中所有这些规则。</translation>
    </message>
</context>
<context>
    <name>sg::Fixer</name>
    <message>
        <source>SSH (TCP 22)</source>
        <translation>SSH（TCP 22）</translation>
    </message>
    <message>
        <source>RDP (TCP 3389)</source>
        <translation>RDP（TCP 3389）</translation>
    </message>
    <message>
        <source>rule %1 of %2</source>
        <translation>%2 的规则 %1</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>默认策略</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>%1 would no longer reach %2 on %3 (allowed before by %4; %5)</source>
        <translation>%1 将无法再访问 %3 上的 %2（修复前由 %4 允许；%5）</translation>
    </message>
    <message>
        <source>%1 reaches %2 on %3 before (%4) and after the fix (%5).</source>
        <translation>修复前（%4）和修复后（%5），%1 都能访问 %3 上的 %2。</translation>
    </message>
    <message>
        <source>%1 would lose %2 on %3 (allowed before by %4).</source>
        <translation>%1 将失去对 %3 上 %2 的访问（修复前由 %4 允许）。</translation>
    </message>
    <message>
        <source>%1 did not reach %2 on %3 before the fix, and reaches it after (%4).</source>
        <translation>修复前 %1 无法访问 %3 上的 %2，修复后可以访问（%4）。</translation>
    </message>
    <message>
        <source>%1 does not reach %2 on %3, before or after the fix (%4).</source>
        <translation>无论修复前后，%1 都无法访问 %3 上的 %2（%4）。</translation>
    </message>
    <message>
        <source>Rule %1 of %2</source>
        <translation>%2 的规则 %1</translation>
    </message>
    <message>
        <source>Rule %1 (%2) of %3</source>
        <translation>%3 的规则 %1（%2）</translation>
    </message>
    <message>
        <source>%1: narrowed from %2 to %3 (%4).</source>
        <translation>%1：从 %2 收窄为 %3（%4）。</translation>
    </message>
    <message>
        <source>%1: removed (%2).</source>
        <translation>%1：已删除（%2）。</translation>
    </message>
</context>
<context>
    <name>sg::HclEvaluator</name>
    <message>
        <source>the expression is nested too deeply to evaluate</source>
        <translation>表达式嵌套过深，无法求值</translation>
    </message>
    <message>
        <source>evaluating this takes more than two million steps; SG Assist stops here</source>
        <translation>求值需要超过两百万步；SG Assist 在此停止</translation>
    </message>
    <message>
        <source>the string would be longer than %1 characters</source>
        <translation>字符串将超过 %1 个字符</translation>
    </message>
    <message>
        <source>the collection would hold more than %1 elements</source>
        <translation>集合将包含超过 %1 个元素</translation>
    </message>
    <message>
        <source>an object key must be a string, not %1</source>
        <translation>对象的键必须是字符串，而不是 %1 类型</translation>
    </message>
    <message>
        <source>the object has no attribute &quot;%1&quot;</source>
        <translation>该对象没有属性“%1”</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; of a null value</source>
        <translation>无法读取 null 值的“%1”</translation>
    </message>
    <message>
        <source>a %1 has no attribute &quot;%2&quot;</source>
        <translation>%1 类型的值没有属性“%2”</translation>
    </message>
    <message>
        <source>a list is indexed by a whole number, not %1</source>
        <translation>列表的索引必须是整数，而不是 %1</translation>
    </message>
    <message>
        <source>index %1 is outside the list of %2 elements</source>
        <translation>索引 %1 超出了包含 %2 个元素的列表范围</translation>
    </message>
    <message>
        <source>a map is indexed by a string, not %1</source>
        <translation>映射的索引必须是字符串，而不是 %1 类型</translation>
    </message>
    <message>
        <source>the map has no key &quot;%1&quot;</source>
        <translation>该映射中没有键“%1”</translation>
    </message>
    <message>
        <source>cannot index a null value</source>
        <translation>无法对 null 值进行索引</translation>
    </message>
    <message>
        <source>a %1 cannot be indexed</source>
        <translation>%1 类型的值无法进行索引</translation>
    </message>
    <message>
        <source>%{for} needs a list or map, not %1</source>
        <translation>%{for} 需要列表或映射，而不是 %1 类型</translation>
    </message>
    <message>
        <source>a null value cannot be part of a string</source>
        <translation>null 值不能作为字符串的一部分</translation>
    </message>
    <message>
        <source>a %1 cannot be part of a string</source>
        <translation>%1 类型的值不能作为字符串的一部分</translation>
    </message>
    <message>
        <source>a condition must be true or false, not %1</source>
        <translation>条件必须是 true 或 false，而不是 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a number, not %2</source>
        <translation>&quot;%1&quot; 需要数字，而不是 %2</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>除数为零</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an operator</source>
        <translation>&quot;%1&quot; 不是运算符</translation>
    </message>
    <message>
        <source>&quot;-&quot; needs a number, not %1</source>
        <translation>&quot;-&quot; 需要数字，而不是 %1</translation>
    </message>
    <message>
        <source>a for expression needs a list or map, not %1</source>
        <translation>for 表达式需要列表或映射，而不是 %1 类型</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; comes twice; add &quot;...&quot; after the value to group them</source>
        <translation>键“%1”出现了两次；如需将它们分组，请在值后添加 &quot;...&quot;</translation>
    </message>
    <message>
        <source>can() takes one argument</source>
        <translation>can() 只接受一个参数</translation>
    </message>
    <message>
        <source>try(): none of the %1 expressions could be evaluated</source>
        <translation>try()：%1 个表达式均无法求值</translation>
    </message>
    <message>
        <source>&quot;...&quot; expands a list, not %1</source>
        <translation>&quot;...&quot; 只能展开列表，而不是 %1 类型</translation>
    </message>
    <message>
        <source>SG Assist does not evaluate the function %1()</source>
        <translation>SG Assist 不对函数 %1() 求值</translation>
    </message>
</context>
<context>
    <name>sg::HclFunctions</name>
    <message>
        <source>parseint(): &quot;%1&quot; is not a number in base %2</source>
        <translation>parseint()：“%1”不是 %2 进制数</translation>
    </message>
    <message>
        <source>tomap() needs a map or object, not %1</source>
        <translation>tomap() 需要映射或对象，而不是 %1 类型</translation>
    </message>
    <message>
        <source>tostring() cannot convert a %1 to a string</source>
        <translation>tostring() 无法将 %1 类型的值转换为字符串</translation>
    </message>
    <message>
        <source>tonumber() cannot convert %1 to a number</source>
        <translation>tonumber() 无法将 %1 转换为数字</translation>
    </message>
    <message>
        <source>tobool() cannot convert %1 to a bool</source>
        <translation>tobool() 无法将 %1 转换为布尔值</translation>
    </message>
    <message>
        <source>length() needs a list, map or string, not %1</source>
        <translation>length() 需要列表、映射或字符串，而不是 %1 类型</translation>
    </message>
    <message>
        <source>element() cannot pick from an empty list</source>
        <translation>element() 无法从空列表中取值</translation>
    </message>
    <message>
        <source>element() needs an index of 0 or more</source>
        <translation>element() 需要大于或等于 0 的索引</translation>
    </message>
    <message>
        <source>index(): the list does not hold %1</source>
        <translation>index()：列表中不包含 %1</translation>
    </message>
    <message>
        <source>lookup(): the map has no key &quot;%1&quot; and no default is given</source>
        <translation>lookup()：映射中没有键“%1”，且未提供默认值</translation>
    </message>
    <message>
        <source>zipmap(): %1 keys for %2 values</source>
        <translation>zipmap()：%1 个键对应 %2 个值</translation>
    </message>
    <message>
        <source>zipmap(): key %1 is not a string</source>
        <translation>zipmap()：第 %1 个键不是字符串</translation>
    </message>
    <message>
        <source>coalescelist(): every list is empty</source>
        <translation>coalescelist()：所有列表均为空</translation>
    </message>
    <message>
        <source>sort() needs a list of strings</source>
        <translation>sort() 需要字符串列表</translation>
    </message>
    <message>
        <source>one() needs a list of at most one element, not %1</source>
        <translation>one() 需要最多包含一个元素的列表，而不是 %1 个元素</translation>
    </message>
    <message>
        <source>sum() needs a list of numbers</source>
        <translation>sum() 需要数字列表</translation>
    </message>
    <message>
        <source>slice(): %1 to %2 is outside a list of %3</source>
        <translation>slice()：%1 到 %2 超出了包含 %3 个元素的列表范围</translation>
    </message>
    <message>
        <source>range(): at most 1024 elements</source>
        <translation>range()：最多 1024 个元素</translation>
    </message>
    <message>
        <source>coalesce(): every argument is null or empty</source>
        <translation>coalesce()：所有参数均为 null 或空值</translation>
    </message>
    <message>
        <source>%1() takes %2 arguments, not %3</source>
        <translation>%1() 接受 %2 个参数，而不是 %3 个</translation>
    </message>
    <message>
        <source>%1() takes at least %2 arguments, not %3</source>
        <translation>%1() 至少接受 %2 个参数，而不是 %3 个</translation>
    </message>
    <message>
        <source>%1() takes %2 to %3 arguments, not %4</source>
        <translation>%1() 接受 %2 到 %3 个参数，而不是 %4 个</translation>
    </message>
    <message>
        <source>argument %1 of %2() must be a string, not %3</source>
        <translation>%2() 的第 %1 个参数必须是字符串，而不是 %3 类型</translation>
    </message>
    <message>
        <source>argument %1 of %2() must be a number, not %3</source>
        <translation>%2() 的第 %1 个参数必须是数字，而不是 %3 类型</translation>
    </message>
    <message>
        <source>argument %1 of %2() must be a whole number, not %3</source>
        <translation>%2() 的第 %1 个参数必须是整数，而不是 %3</translation>
    </message>
    <message>
        <source>argument %1 of %2() must be a list, not %3</source>
        <translation>%2() 的第 %1 个参数必须是列表，而不是 %3 类型</translation>
    </message>
    <message>
        <source>argument %1 of %2() must be a map or object, not %3</source>
        <translation>%2() 的第 %1 个参数必须是映射或对象，而不是 %3 类型</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CIDR block</source>
        <translation>“%1”不是有效的 CIDR 地址段</translation>
    </message>
    <message>
        <source>cidrsubnet(): %1 new bits cannot number subnet %2 of %3</source>
        <translation>cidrsubnet()：%1 个新增位不足以表示 %3 的子网 %2</translation>
    </message>
    <message>
        <source>cidrhost(): host %1 is outside %2</source>
        <translation>cidrhost()：主机号 %1 超出了 %2 的范围</translation>
    </message>
    <message>
        <source>cidrnetmask(): only IPv4 blocks have a netmask</source>
        <translation>cidrnetmask()：只有 IPv4 地址段才有子网掩码</translation>
    </message>
    <message>
        <source>format(): the specification ends in the middle of a verb</source>
        <translation>format()：格式字符串在占位符中间结束</translation>
    </message>
    <message>
        <source>format(): a width or precision of at most 10000</source>
        <translation>format()：宽度或精度最大为 10000</translation>
    </message>
    <message>
        <source>format(): %s needs a string, not a %1</source>
        <translation>format()：%s 需要字符串，而不是 %1 类型</translation>
    </message>
    <message>
        <source>format(): %q needs a string, not a %1</source>
        <translation>format()：%q 需要字符串，而不是 %1 类型</translation>
    </message>
    <message>
        <source>format(): %t needs a bool, not a %1</source>
        <translation>format()：%t 需要布尔值，而不是 %1 类型</translation>
    </message>
    <message>
        <source>format(): %%%1 needs a whole number, not %2</source>
        <translation>format()：%%%1 需要整数，而不是 %2</translation>
    </message>
    <message>
        <source>format(): %%%1 needs a number, not %2</source>
        <translation>format()：%%%1 需要数字，而不是 %2</translation>
    </message>
    <message>
        <source>format(): %%%1 is not a verb; use %s, %d, %f, %t, %q or %v</source>
        <translation>format()：%%%1 不是有效的占位符；请使用 %s、%d、%f、%t、%q 或 %v</translation>
    </message>
    <message>
        <source>format(): a bad argument index in %1</source>
        <translation>format()：%1 中的参数索引无效</translation>
    </message>
    <message>
        <source>format(): not enough arguments for %1</source>
        <translation>format()：%1 的参数不足</translation>
    </message>
    <message>
        <source>formatlist(): the lists have different lengths (%1 and %2)</source>
        <translation>formatlist()：列表长度不同（%1 和 %2）</translation>
    </message>
    <message>
        <source>join(): the list holds a %1, not a string</source>
        <translation>join()：列表中包含 %1 类型的值，而不是字符串</translation>
    </message>
    <message>
        <source>replace(): %1 is not a regular expression</source>
        <translation>replace()：%1 不是有效的正则表达式</translation>
    </message>
    <message>
        <source>substr(): offset %1 is outside the string</source>
        <translation>substr()：偏移量 %1 超出了字符串范围</translation>
    </message>
    <message>
        <source>format(): %%%1 takes whole numbers below 2^63, not %2</source>
        <translation>format()：%%%1 只接受小于 2^63 的整数，而不是 %2</translation>
    </message>
</context>
<context>
    <name>sg::HclLexer</name>
    <message>
        <source>the comment that starts here is not closed with */</source>
        <translation>从此处开始的注释没有以 */ 结束</translation>
    </message>
    <message>
        <source>the file ends inside a template sequence &quot;${ ... }&quot;</source>
        <translation>文件在模板序列 &quot;${ ... }&quot; 内部结束</translation>
    </message>
    <message>
        <source>the file ends too early</source>
        <translation>文件过早结束</translation>
    </message>
    <message>
        <source>this &quot;}&quot; closes nothing</source>
        <translation>此 &quot;}&quot; 没有可闭合的内容</translation>
    </message>
    <message>
        <source>HCL strings are written in double quotes, not single quotes</source>
        <translation>HCL 字符串应使用双引号，而不是单引号</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid here</source>
        <translation>此处不能使用 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a heredoc starts with &lt;&lt; and a marker name, such as &lt;&lt;EOT</source>
        <translation>heredoc 以 &lt;&lt; 和标记名开头，例如 &lt;&lt;EOT</translation>
    </message>
    <message>
        <source>the heredoc marker %1 must end its line</source>
        <translation>heredoc 标记 %1 之后必须换行</translation>
    </message>
    <message>
        <source>the string is not closed with a double quote</source>
        <translation>字符串没有以双引号闭合</translation>
    </message>
    <message>
        <source>a quoted string cannot span lines; close it on this line or use a heredoc</source>
        <translation>带引号的字符串不能跨行；请在本行闭合，或改用 heredoc</translation>
    </message>
    <message>
        <source>the heredoc that starts here is not closed: no line holds only %1</source>
        <translation>从此处开始的 heredoc 没有结束：没有只包含 %1 的行</translation>
    </message>
</context>
<context>
    <name>sg::HclParser</name>
    <message>
        <source>the file ends inside a block: a &quot;}&quot; is missing</source>
        <translation>文件在块内部结束：缺少 &quot;}&quot;</translation>
    </message>
    <message>
        <source>expected an argument or a block name, found %1</source>
        <translation>应为参数或块名称，实际为%1</translation>
    </message>
    <message>
        <source>expected the end of the expression, found %1</source>
        <translation>表达式应在此结束，实际为%1</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>应为%1，实际为%2</translation>
    </message>
    <message>
        <source>the end of the line</source>
        <translation>行尾</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>文件末尾</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a heredoc</source>
        <translation>heredoc</translation>
    </message>
    <message>
        <source>string text</source>
        <translation>字符串文本</translation>
    </message>
    <message>
        <source>a block must end its line; found %1 after its &quot;}&quot;</source>
        <translation>块的 &quot;}&quot; 之后必须换行；但其后出现了%1</translation>
    </message>
    <message>
        <source>an argument must end its line; found %1 after its value</source>
        <translation>参数的值之后必须换行；但其后出现了%1</translation>
    </message>
    <message>
        <source>the argument &quot;%1&quot; was already set on line %2</source>
        <translation>参数“%1”已在第 %2 行设置过</translation>
    </message>
    <message>
        <source>expected &quot;=&quot; or a block after &quot;%1&quot;, found %2</source>
        <translation>“%1”之后应为 &quot;=&quot; 或块，实际为%2</translation>
    </message>
    <message>
        <source>a block on one line can hold one argument, not a nested block</source>
        <translation>单行块只能包含一个参数，不能包含嵌套块</translation>
    </message>
    <message>
        <source>a block on one line can hold only one argument; found %1</source>
        <translation>单行块只能包含一个参数；但出现了%1</translation>
    </message>
    <message>
        <source>a block label cannot hold a template; write &quot;$${&quot; for a literal &quot;${&quot;</source>
        <translation>块标签中不能包含模板；如需字面量 &quot;${&quot;，请写作 &quot;$${&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an index</source>
        <translation>“%1”不是有效的索引</translation>
    </message>
    <message>
        <source>expected an attribute name after &quot;.&quot;, found %1</source>
        <translation>&quot;.&quot; 之后应为属性名，实际为%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是有效的数字</translation>
    </message>
    <message>
        <source>expected an expression, found %1</source>
        <translation>应为表达式，实际为%1</translation>
    </message>
    <message>
        <source>expected a function name after &quot;::&quot;, found %1</source>
        <translation>&quot;::&quot; 之后应为函数名，实际为%1</translation>
    </message>
    <message>
        <source>expected &quot;(&quot; after the function name %1</source>
        <translation>函数名 %1 之后应为 &quot;(&quot;</translation>
    </message>
    <message>
        <source>&quot;...&quot; may only follow the last argument</source>
        <translation>&quot;...&quot; 只能跟在最后一个参数之后</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;)&quot; in the arguments of %1, found %2</source>
        <translation>%1 的参数中应为 &quot;,&quot; 或 &quot;)&quot;，实际为%2</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;]&quot; between the elements of a list, found %1</source>
        <translation>列表元素之间应为 &quot;,&quot; 或 &quot;]&quot;，实际为%1</translation>
    </message>
    <message>
        <source>expected &quot;=&quot; or &quot;:&quot; after the key of an object, found %1</source>
        <translation>对象的键之后应为 &quot;=&quot; 或 &quot;:&quot;，实际为%1</translation>
    </message>
    <message>
        <source>expected &quot;,&quot;, a new line or &quot;}&quot; after an object&apos;s value, found %1</source>
        <translation>对象的值之后应为 &quot;,&quot;、换行或 &quot;}&quot;，实际为%1</translation>
    </message>
    <message>
        <source>a variable name</source>
        <translation>变量名</translation>
    </message>
    <message>
        <source>expected &quot;in&quot;, found %1</source>
        <translation>应为 &quot;in&quot;，实际为%1</translation>
    </message>
    <message>
        <source>\%1 needs %2 hexadecimal digits of a Unicode character</source>
        <translation>\%1 需要 %2 位十六进制数字来表示 Unicode 字符</translation>
    </message>
    <message>
        <source>&quot;\%1&quot; is not an escape sequence; write &quot;\\&quot; for a backslash</source>
        <translation>&quot;\%1&quot; 不是有效的转义序列；反斜杠请写作 &quot;\\&quot;</translation>
    </message>
    <message>
        <source>the template ends before its %1 directive is closed</source>
        <translation>模板在其 %1 指令闭合之前就已结束</translation>
    </message>
    <message>
        <source>a template directive (if, else, endif, for, endfor)</source>
        <translation>模板指令（if、else、endif、for、endfor）</translation>
    </message>
    <message>
        <source>unexpected template directive &quot;%1&quot;</source>
        <translation>意外的模板指令“%1”</translation>
    </message>
    <message>
        <source>unexpected %1 in a template</source>
        <translation>模板中出现意外的%1</translation>
    </message>
    <message>
        <source>expected &quot;}&quot; to close the template sequence, found %1</source>
        <translation>应为闭合模板序列的 &quot;}&quot;，实际为%1</translation>
    </message>
    <message>
        <source>this %{if} is closed by %{%1}, not %{endif}</source>
        <translation>此 %{if} 由 %{%1} 闭合，而不是 %{endif}</translation>
    </message>
    <message>
        <source>this %{for} is closed by %{%1}, not %{endfor}</source>
        <translation>此 %{for} 由 %{%1} 闭合，而不是 %{endfor}</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation>文件不是有效的 UTF-8 文本</translation>
    </message>
    <message>
        <source>the file holds a NUL byte: it is not a text file</source>
        <translation>文件包含 NUL 字节：不是文本文件</translation>
    </message>
</context>
<context>
    <name>sg::InputValueCheck</name>
    <message>
        <source>not a whole number from 0 to 10000</source>
        <translation>不是 0 到 10000 之间的整数</translation>
    </message>
    <message>
        <source>not a number; %1 is of type %2</source>
        <translation>不是数字；%1 的类型为 %2</translation>
    </message>
    <message>
        <source>neither true nor false; %1 is of type %2</source>
        <translation>既不是 true 也不是 false；%1 的类型为 %2</translation>
    </message>
    <message>
        <source>not one of the values the template allows: %1</source>
        <translation>不是模板允许的值之一：%1</translation>
    </message>
    <message>
        <source>does not match the pattern the template allows: %1</source>
        <translation>不符合模板允许的格式：%1</translation>
    </message>
    <message>
        <source>a security group id, such as sg-bp1example</source>
        <translation>安全组 ID，例如 sg-bp1example</translation>
    </message>
    <message>
        <source>an IPv4 address or CIDR block, such as 192.0.2.0/24</source>
        <translation>IPv4 地址或 CIDR 网段，例如 192.0.2.0/24</translation>
    </message>
    <message>
        <source>an IPv6 address or CIDR block, such as 2001:db8::/32</source>
        <translation>IPv6 地址或 CIDR 网段，例如 2001:db8::/32</translation>
    </message>
    <message>
        <source>a prefix list id, such as pl-bp1example</source>
        <translation>前缀列表 ID，例如 pl-bp1example</translation>
    </message>
    <message>
        <source>a port range, such as 22/22 or 8000/8080</source>
        <translation>端口范围，例如 22/22 或 8000/8080</translation>
    </message>
    <message>
        <source>a protocol: tcp, udp, icmp, icmpv6, gre or all</source>
        <translation>协议类型：tcp、udp、icmp、icmpv6、gre 或 all</translation>
    </message>
    <message>
        <source>accept or drop</source>
        <translation>accept 或 drop</translation>
    </message>
    <message>
        <source>a priority from 1 to 100</source>
        <translation>1 到 100 之间的优先级</translation>
    </message>
    <message>
        <source>ingress or egress</source>
        <translation>ingress 或 egress</translation>
    </message>
    <message>
        <source>%1 (the value of %2 in %3)</source>
        <translation>%1（%3 中 %2 的值）</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>以下之一：%1</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>values separated by commas</source>
        <translation>以逗号分隔的多个值</translation>
    </message>
</context>
<context>
    <name>sg::InterfaceRules</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Not reachable on %1: another of its groups blocks it.</source>
        <translation>在 %1 上不可访问：它关联的另一个安全组拦截了该流量。</translation>
    </message>
</context>
<context>
    <name>sg::NetworkInterfacesFormat</name>
    <message>
        <source>no &quot;NetworkInterfaceSets&quot; or &quot;Instances&quot;: this is not a DescribeNetworkInterfaces or DescribeInstances response</source>
        <translation>缺少 &quot;NetworkInterfaceSets&quot; 或 &quot;Instances&quot;：这不是 DescribeNetworkInterfaces 或 DescribeInstances 的响应</translation>
    </message>
    <message>
        <source>has no NetworkInterfaceId</source>
        <translation>缺少 NetworkInterfaceId</translation>
    </message>
    <message>
        <source>has no InstanceId</source>
        <translation>缺少 InstanceId</translation>
    </message>
    <message>
        <source>the file lists network interfaces, not rules; open it together with the groups&apos; rule files</source>
        <translation>该文件列出的是弹性网卡而不是规则；请将其与安全组的规则文件一起打开</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>expected the JSON object of a DescribeNetworkInterfaces or DescribeInstances response</source>
        <translation>应为 DescribeNetworkInterfaces 或 DescribeInstances 响应的 JSON 对象</translation>
    </message>
</context>
<context>
    <name>sg::PermissionCodec</name>
    <message>
        <source>%1 and %2 cannot both be set in one rule</source>
        <translation>同一条规则中不能同时设置 %1 和 %2</translation>
    </message>
    <message>
        <source>the rule has no source: set SourceCidrIp, Ipv6SourceCidrIp, SourceGroupId or SourcePrefixListId</source>
        <translation>规则缺少访问来源：请设置 SourceCidrIp、Ipv6SourceCidrIp、SourceGroupId 或 SourcePrefixListId</translation>
    </message>
    <message>
        <source>the rule has no destination: set DestCidrIp, Ipv6DestCidrIp, DestGroupId or DestPrefixListId</source>
        <translation>规则缺少访问目的：请设置 DestCidrIp、Ipv6DestCidrIp、DestGroupId 或 DestPrefixListId</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a direction: use ingress or egress</source>
        <translation>“%1”不是有效的方向：请使用 ingress 或 egress</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a protocol: use TCP, UDP, ICMP, ICMPv6, GRE or ALL</source>
        <translation>“%1”不是有效的协议类型：请使用 TCP、UDP、ICMP、ICMPv6、GRE 或 ALL</translation>
    </message>
    <message>
        <source>the protocol is missing: use TCP, UDP, ICMP, ICMPv6, GRE or ALL</source>
        <translation>缺少协议类型：请使用 TCP、UDP、ICMP、ICMPv6、GRE 或 ALL</translation>
    </message>
    <message>
        <source>%1 needs a port range such as 22/22</source>
        <translation>%1 需要端口范围，例如 22/22</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a policy: use accept or drop</source>
        <translation>“%1”不是有效的授权策略：请使用 accept 或 drop</translation>
    </message>
    <message>
        <source>%1 is not a whole number from 1 to 100</source>
        <translation>%1 不是 1 到 100 之间的整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from 1 to 100</source>
        <translation>“%1”不是 1 到 100 之间的整数</translation>
    </message>
    <message>
        <source>must be a number from 1 to 100, not %1</source>
        <translation>必须是 1 到 100 之间的数字，而不是 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a NIC type: use intranet or internet</source>
        <translation>“%1”不是有效的网卡类型：请使用 intranet 或 internet</translation>
    </message>
    <message>
        <source>the port list %1 is not expanded; the rule is read with PortRange %2</source>
        <translation>未展开端口列表 %1；该规则按 PortRange %2 读取</translation>
    </message>
</context>
<context>
    <name>sg::PermissionCodec::Decoder</name>
    <message>
        <source>must be text, not the number %1</source>
        <translation>必须是文本，而不是数字 %1</translation>
    </message>
    <message>
        <source>must be text, not %1</source>
        <translation>必须是文本，而不是%1</translation>
    </message>
</context>
<context>
    <name>sg::PlanReader</name>
    <message>
        <source>must be a string, not %1</source>
        <translation>必须是字符串，而不是%1</translation>
    </message>
    <message>
        <source>must be a list of strings, not %1</source>
        <translation>必须是字符串列表，而不是%1</translation>
    </message>
</context>
<context>
    <name>sg::PolicyEvaluator</name>
    <message>
        <source>Denied: the question names no source or destination.</source>
        <translation>拒绝：查询未指定访问来源或访问目的。</translation>
    </message>
    <message>
        <source>Denied: a %1 question needs a port from 1 to 65535.</source>
        <translation>拒绝：%1 查询需要 1 到 65535 之间的端口。</translation>
    </message>
    <message>
        <source>Allowed: %1 is decided by %2, the first matching rule in evaluation order.</source>
        <translation>允许：%1 由%2决定，这是按评估顺序第一条匹配的规则。</translation>
    </message>
    <message>
        <source>Denied: %1 is decided by %2, the first matching rule in evaluation order.</source>
        <translation>拒绝：%1 由%2决定，这是按评估顺序第一条匹配的规则。</translation>
    </message>
    <message>
        <source>Rule %1 accepts it at the same priority, but at equal priority a drop beats an accept.</source>
        <translation>规则 %1 以相同优先级允许该流量，但优先级相同时，拒绝规则优先于允许规则。</translation>
    </message>
    <message>
        <source>Allowed: no rule matches %1, and a basic security group allows outbound traffic by default.</source>
        <translation>允许：没有规则匹配%1，且普通安全组默认允许出方向流量。</translation>
    </message>
    <message>
        <source>Denied: no rule matches %1, and an enterprise security group denies outbound traffic by default.</source>
        <translation>拒绝：没有规则匹配%1，且企业级安全组默认拒绝出方向流量。</translation>
    </message>
    <message>
        <source>Allowed: no rule matches %1, and members of the basic security group %2 reach each other because its InnerAccessPolicy is Accept.</source>
        <translation>允许：没有规则匹配%1，且普通安全组 %2 的 InnerAccessPolicy 为 Accept，组内成员可以互通。</translation>
    </message>
    <message>
        <source>Denied: no rule matches %1; the group&apos;s InnerAccessPolicy is Drop, so its members get no access to each other by default.</source>
        <translation>拒绝：没有规则匹配%1；该安全组的 InnerAccessPolicy 为 Drop，因此组内成员默认不能互相访问。</translation>
    </message>
    <message>
        <source>Denied: no rule matches %1; an enterprise security group gives its members no access to each other by default.</source>
        <translation>拒绝：没有规则匹配%1；企业级安全组默认不允许组内成员互相访问。</translation>
    </message>
    <message>
        <source>Denied: no rule matches %1, and inbound traffic is denied by default.</source>
        <translation>拒绝：没有规则匹配%1，且入方向流量默认被拒绝。</translation>
    </message>
    <message>
        <source>Rule %1 comes first and would decide otherwise if it matches, which depends on what the question does not say (membership of a security group or prefix list, the local address or the source port).</source>
        <translation>规则 %1 优先匹配，如果它匹配，结果将会不同；是否匹配取决于查询中未说明的信息（安全组或前缀列表的成员关系、本端地址或源端口）。</translation>
    </message>
    <message>
        <source>Rules %1 come first and would decide otherwise if they match, which depends on what the question does not say (membership of a security group or prefix list, the local address or the source port).</source>
        <translation>规则 %1 优先匹配，如果它们匹配，结果将会不同；是否匹配取决于查询中未说明的信息（安全组或前缀列表的成员关系、本端地址或源端口）。</translation>
    </message>
    <message>
        <source>traffic of a protocol no rule names (such as ESP)</source>
        <translation>任何规则均未指定的协议的流量（例如 ESP）</translation>
    </message>
    <message>
        <source>inbound %1 from %2</source>
        <translation>来自 %2 的入方向 %1</translation>
    </message>
    <message>
        <source>outbound %1 to %2</source>
        <translation>发往 %2 的出方向 %1</translation>
    </message>
    <message>
        <source>all protocols</source>
        <translation>所有协议</translation>
    </message>
    <message>
        <source>all ports</source>
        <translation>所有端口</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>发往 %1</translation>
    </message>
    <message>
        <source>rule %1 (%2%3 %4 %5, priority %6)</source>
        <translation>规则 %1（%2%3 %4 %5，优先级 %6）</translation>
    </message>
    <message>
        <source>, ... (%1 in all)</source>
        <translation>，…（共 %1 条）</translation>
    </message>
    <message>
        <source>The source is in a range of %1, as documented in %2.</source>
        <translation>访问来源位于 %1 的地址段内（依据 %2 版官方文档）。</translation>
    </message>
</context>
<context>
    <name>sg::PortRange</name>
    <message>
        <source>&quot;%1&quot; is not a port range; write start/end, for example 22/22 or 6817/6819</source>
        <translation>“%1”不是有效的端口范围；请写成“起始端口/结束端口”，例如 22/22 或 6817/6819</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: -1 is only allowed as -1/-1</source>
        <translation>“%1”：-1 只能以 -1/-1 的形式使用</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: ports must be between 1 and 65535</source>
        <translation>“%1”：端口必须在 1 到 65535 之间</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the first port is larger than the last</source>
        <translation>“%1”：起始端口大于结束端口</translation>
    </message>
    <message>
        <source>%1 needs a port range such as 22/22; -1/-1 is only for ICMP, GRE and ALL</source>
        <translation>%1 需要端口范围，例如 22/22；-1/-1 仅适用于 ICMP、GRE 和 ALL</translation>
    </message>
    <message>
        <source>%1 takes no ports: the port range must be -1/-1, not %2</source>
        <translation>%1 不使用端口：端口范围必须为 -1/-1，而不是 %2</translation>
    </message>
</context>
<context>
    <name>sg::ProblemCollector</name>
    <message>
        <source>%1 more problems are not listed</source>
        <translation>另有 %1 个问题未列出</translation>
    </message>
</context>
<context>
    <name>sg::PullOperation</name>
    <message>
        <source>Listing the security groups of %1</source>
        <translation>正在列出 %1 的安全组</translation>
    </message>
    <message>
        <source>the region %1 has no security group %2 (or these credentials may not see it)</source>
        <translation>地域 %1 中没有安全组 %2（也可能是当前凭证无权查看该安全组）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a security group id</source>
        <translation>“%1”不是有效的安全组 ID</translation>
    </message>
    <message>
        <source>Reading the rules of %1</source>
        <translation>正在读取 %1 的规则</translation>
    </message>
    <message>
        <source>Reading the rules of %1 (page %2)</source>
        <translation>正在读取 %1 的规则（第 %2 页）</translation>
    </message>
    <message numerus="yes">
        <source>Read %n security group(s)</source>
        <translation>
            <numerusform>已读取 %n 个安全组</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::PullResult</name>
    <message>
        <source>&quot;%1&quot; is not a security group id that can name a file</source>
        <translation>“%1”不是可用作文件名的安全组 ID</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>无法在 %1 中写入：%2</translation>
    </message>
    <message>
        <source>cannot move %1 into place: %2</source>
        <translation>无法将 %1 移动到目标位置：%2</translation>
    </message>
</context>
<context>
    <name>sg::RosEvaluator</name>
    <message>
        <source>the functions are nested more than %1 levels deep</source>
        <translation>函数嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>the template is nested more than %1 levels deep</source>
        <translation>模板嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>the security group %1 has no id until the stack is created</source>
        <translation>安全组 %1 在资源栈创建之前没有 ID</translation>
    </message>
    <message>
        <source>%1 is %2; it takes %3</source>
        <translation>%1 的写法 %2 有误；应为 %3</translation>
    </message>
    <message>
        <source>the name of a parameter or resource</source>
        <translation>参数或资源的名称</translation>
    </message>
    <message>
        <source>[delimiter, [values]]</source>
        <translation>[分隔符, [值列表]]</translation>
    </message>
    <message>
        <source>Fn::Join can join text and numbers, not %1</source>
        <translation>Fn::Join 只能连接文本和数字，而不是%1</translation>
    </message>
    <message>
        <source>[index, list]</source>
        <translation>[索引, 列表]</translation>
    </message>
    <message>
        <source>Fn::Select: the map has no key &quot;%1&quot;</source>
        <translation>Fn::Select：映射中没有键“%1”</translation>
    </message>
    <message>
        <source>Fn::Select: index %1 is outside the list of %2</source>
        <translation>Fn::Select：索引 %1 超出了包含 %2 个元素的列表范围</translation>
    </message>
    <message>
        <source>[delimiter, text]</source>
        <translation>[分隔符, 文本]</translation>
    </message>
    <message>
        <source>[{&quot;from&quot;: &quot;to&quot;}, text]</source>
        <translation>[{&quot;from&quot;: &quot;to&quot;}, 文本]</translation>
    </message>
    <message>
        <source>a number or text</source>
        <translation>数字或文本</translation>
    </message>
    <message>
        <source>[map, key, key]</source>
        <translation>[映射名, 键, 键]</translation>
    </message>
    <message>
        <source>Fn::FindInMap: Mappings has no %1</source>
        <translation>Fn::FindInMap：Mappings 中没有 %1</translation>
    </message>
    <message>
        <source>[condition, value if true, value if false]</source>
        <translation>[条件, 为真时的值, 为假时的值]</translation>
    </message>
    <message>
        <source>SG Assist does not evaluate %1</source>
        <translation>SG Assist 不对 %1 求值</translation>
    </message>
    <message>
        <source>the parameter %1 has no Default; pass --param %1=VALUE</source>
        <translation>参数 %1 没有 Default；请传入 --param %1=VALUE</translation>
    </message>
    <message>
        <source>%1 is known only when the stack is created; pass --param %1=VALUE</source>
        <translation>%1 只有在创建资源栈时才能确定；请传入 --param %1=VALUE</translation>
    </message>
    <message>
        <source>the resource %1 exists only once the stack is created</source>
        <translation>资源 %1 在资源栈创建之后才存在</translation>
    </message>
    <message>
        <source>Ref %1 names no parameter or resource of the template</source>
        <translation>Ref %1 指向的不是模板中的参数或资源</translation>
    </message>
    <message>
        <source>Fn::GetAtt is %1; it takes [resource, attribute]</source>
        <translation>Fn::GetAtt 的写法 %1 有误；应为 [资源, 属性]</translation>
    </message>
    <message>
        <source>Fn::GetAtt names %1, which is no resource of the template</source>
        <translation>Fn::GetAtt 指定的 %1 不是模板中的资源</translation>
    </message>
    <message>
        <source>%1.%2 is known only once the stack is created</source>
        <translation>%1.%2 在资源栈创建之后才能确定</translation>
    </message>
    <message>
        <source>Fn::Sub is %1; it takes a text or [text, {variables}]</source>
        <translation>Fn::Sub 的写法 %1 有误；应为文本或 [文本, {变量}]</translation>
    </message>
    <message>
        <source>Fn::Sub: ${%1} is not text</source>
        <translation>Fn::Sub：${%1} 不是文本</translation>
    </message>
    <message>
        <source>the condition %1 is not in the template&apos;s Conditions</source>
        <translation>条件 %1 不在模板的 Conditions 中</translation>
    </message>
    <message>
        <source>the condition %1 depends on itself</source>
        <translation>条件 %1 依赖于自身</translation>
    </message>
    <message>
        <source>the condition %1 cannot be decided: %2</source>
        <translation>无法判定条件 %1：%2</translation>
    </message>
    <message>
        <source>{&quot;Condition&quot;: ...} takes the name of a condition</source>
        <translation>{&quot;Condition&quot;: ...} 的值应为条件名称</translation>
    </message>
    <message>
        <source>the conditions are nested more than %1 levels deep</source>
        <translation>条件嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>Fn::Equals takes [value, value]</source>
        <translation>Fn::Equals 的参数应为 [值, 值]</translation>
    </message>
    <message>
        <source>%1 takes a list of conditions</source>
        <translation>%1 的参数应为条件列表</translation>
    </message>
    <message>
        <source>a condition must be true or false, not %1</source>
        <translation>条件必须是 true 或 false，而不是 %1</translation>
    </message>
</context>
<context>
    <name>sg::RosFormat</name>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>a ROS template is a JSON object</source>
        <translation>ROS 模板应为 JSON 对象</translation>
    </message>
    <message>
        <source>Security group rules generated by SG Assist: %1</source>
        <translation>由 SG Assist 生成的安全组规则：%1</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation>，安全组 %1</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation>，地域 %1</translation>
    </message>
    <message>
        <source>The security group the rules are added to</source>
        <translation>要添加规则的安全组</translation>
    </message>
    <message>
        <source>missing; the file is read as a ROS template anyway</source>
        <translation>缺失；仍按 ROS 模板读取该文件</translation>
    </message>
    <message>
        <source>the template has no Resources</source>
        <translation>模板中没有 Resources</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>必须是对象，而不是%1</translation>
    </message>
    <message>
        <source>must be a list of rules, not %1</source>
        <translation>必须是规则列表，而不是%1</translation>
    </message>
    <message>
        <source>a rule must be an object, not %1</source>
        <translation>规则必须是对象，而不是%1</translation>
    </message>
    <message>
        <source>; the rule is kept and matches no traffic until it is known</source>
        <translation>；该规则会保留，但在该值确定之前不匹配任何流量</translation>
    </message>
    <message>
        <source>the rule names no security group</source>
        <translation>该规则未指定安全组</translation>
    </message>
    <message>
        <source>must be a security group id, not %1</source>
        <translation>必须是安全组 ID，而不是%1</translation>
    </message>
    <message>
        <source>; the rules it lists are not read</source>
        <translation>；未读取其中列出的规则</translation>
    </message>
    <message>
        <source>; the rule is not read</source>
        <translation>；未读取该规则</translation>
    </message>
    <message>
        <source>a ROS template is a YAML mapping</source>
        <translation>ROS 模板应为 YAML 映射</translation>
    </message>
</context>
<context>
    <name>sg::Rule</name>
    <message>
        <source>a source is required: an address or CIDR block, a security group or a prefix list</source>
        <translation>必须指定访问来源：IP 地址或 CIDR 地址段、安全组或前缀列表</translation>
    </message>
    <message>
        <source>a destination is required: an address or CIDR block, a security group or a prefix list</source>
        <translation>必须指定访问目的：IP 地址或 CIDR 地址段、安全组或前缀列表</translation>
    </message>
    <message>
        <source>priority %1 is out of range: use 1 to 100 (1 is evaluated first)</source>
        <translation>优先级 %1 超出范围：取值为 1～100（1 的优先级最高）</translation>
    </message>
    <message>
        <source>the description has %1 characters; at most 512 are allowed</source>
        <translation>描述有 %1 个字符，最多允许 512 个字符</translation>
    </message>
    <message>
        <source>ICMPv6 needs an IPv6 peer, not %1</source>
        <translation>ICMPv6 需要 IPv6 授权对象，而不是 %1</translation>
    </message>
    <message>
        <source>ICMP is IPv4 only; use ICMPv6 for %1</source>
        <translation>ICMP 仅适用于 IPv4；%1 请使用 ICMPv6</translation>
    </message>
    <message>
        <source>the local address %1 and the peer %2 are of different IP versions</source>
        <translation>本端地址 %1 与授权对象 %2 的 IP 版本不同</translation>
    </message>
</context>
<context>
    <name>sg::RuleBuilder</name>
    <message>
        <source>&quot;%1&quot; is not a region id such as cn-hangzhou</source>
        <translation>“%1”不是有效的地域 ID（例如 cn-hangzhou）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a security group id (sg- followed by letters and digits)</source>
        <translation>“%1”不是有效的安全组 ID（格式为 sg- 后跟字母和数字）</translation>
    </message>
    <message>
        <source>the custom service id &quot;%1&quot; is already used by the catalogue</source>
        <translation>自定义服务 ID“%1”已被服务目录占用</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a scheduler: use slurm, pbs or none</source>
        <translation>“%1”不是有效的调度器：请使用 slurm、pbs 或 none</translation>
    </message>
    <message>
        <source>unknown service &quot;%1&quot;; known services: %2</source>
        <translation>未知服务“%1”；可用的服务：%2</translation>
    </message>
    <message>
        <source>no services selected: pick at least one service or a scheduler</source>
        <translation>未选择任何服务：请至少选择一个服务或调度器</translation>
    </message>
    <message>
        <source>unknown service &quot;%1&quot;</source>
        <translation>未知服务“%1”</translation>
    </message>
    <message>
        <source>%1: an enterprise security group cannot reference another security group; use the cluster&apos;s CIDR block or a prefix list instead</source>
        <translation>%1：企业级安全组不能引用其他安全组，请改用集群的 CIDR 地址段或前缀列表</translation>
    </message>
    <message>
        <source>%1 needs sources: neither sources.%2 nor its fall-back sources.%3 lists any</source>
        <translation>%1 需要访问来源：sources.%2 及其后备 sources.%3 均未列出任何来源</translation>
    </message>
    <message>
        <source>%1 needs sources: sources.%2 lists none</source>
        <translation>%1 需要访问来源：sources.%2 未列出任何来源</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the plan needs %1 rules that reference security groups; a basic group allows at most %2</source>
        <translation>该方案需要 %1 条引用安全组的规则，而普通安全组最多允许 %2 条</translation>
    </message>
    <message>
        <source>%1 is this security group itself: an enterprise group gives its members no access to each other and cannot reference security groups, so it cannot stand for the cluster nodes; give the CIDR block of the cluster&apos;s vSwitch or a prefix list of the nodes</source>
        <translation>%1 就是该安全组本身：企业级安全组不允许组内成员互相访问，也不能引用安全组，因此不能用它代表集群节点；请指定集群所在交换机（vSwitch）的 CIDR 地址段或集群节点的前缀列表</translation>
    </message>
    <message>
        <source>(an enterprise group cannot name itself or another security group as the cluster nodes: give the CIDR block of the cluster&apos;s vSwitch or a prefix list of the nodes)</source>
        <translation>（企业级安全组不能将自身或其他安全组指定为集群节点：请指定集群所在交换机（vSwitch）的 CIDR 地址段或集群节点的前缀列表）</translation>
    </message>
    <message>
        <source>%1, ranges of %2</source>
        <translation>%1，截至 %2 的地址段</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Workbench site: use china or international</source>
        <translation>“%1”不是有效的 Workbench 站点：请使用 china 或 international</translation>
    </message>
    <message>
        <source>list how Workbench connects: public, private or both</source>
        <translation>请列出 Workbench 的连接方式：public、private 或两者</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Workbench connection type: use public or private</source>
        <translation>“%1”不是有效的 Workbench 连接方式：请使用 public 或 private</translation>
    </message>
</context>
<context>
    <name>sg::RuleCount</name>
    <message>
        <source>%1 rule (%2 ingress, %3 egress)</source>
        <translation>%1 条规则（入方向 %2 条，出方向 %3 条）</translation>
    </message>
    <message>
        <source>%1 rules (%2 ingress, %3 egress)</source>
        <translation>%1 条规则（入方向 %2 条，出方向 %3 条）</translation>
    </message>
</context>
<context>
    <name>sg::RuleFiles</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a readable format; use one of: %2</source>
        <translation>“%1”不是可读取的格式，请使用以下格式之一：%2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>cannot tell the file&apos;s format; name it (one of: %1)</source>
        <translation>无法识别文件格式，请指定格式（以下之一：%1）</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>the %1 format cannot be written</source>
        <translation>不支持写入 %1 格式</translation>
    </message>
</context>
<context>
    <name>sg::RuleFormat</name>
    <message>
        <source>the %1 format cannot be read</source>
        <translation>不支持读取 %1 格式</translation>
    </message>
    <message>
        <source>the %1 format cannot be written</source>
        <translation>不支持写入 %1 格式</translation>
    </message>
    <message>
        <source>the file holds %1 security groups (%2); open it as a workspace or name one group</source>
        <translation>文件包含 %1 个安全组（%2）；请将其作为工作区打开，或指定其中一个安全组</translation>
    </message>
    <message>
        <source>aliyun CLI script (bash)</source>
        <translation>aliyun CLI 脚本（bash）</translation>
    </message>
    <message>
        <source>DescribeSecurityGroupAttribute JSON</source>
        <translation>DescribeSecurityGroupAttribute JSON</translation>
    </message>
    <message>
        <source>Console export CSV</source>
        <translation>控制台导出 CSV</translation>
    </message>
    <message>
        <source>Console export JSON</source>
        <translation>控制台导出 JSON</translation>
    </message>
    <message>
        <source>Network interfaces (DescribeNetworkInterfaces, DescribeInstances)</source>
        <translation>弹性网卡（DescribeNetworkInterfaces、DescribeInstances）</translation>
    </message>
    <message>
        <source>SG Assist project</source>
        <translation>SG Assist 项目文件</translation>
    </message>
    <message>
        <source>ROS template (JSON or YAML)</source>
        <translation>ROS 模板（JSON 或 YAML）</translation>
    </message>
    <message>
        <source>%1 rules do not fit one %2 file (at most %3)</source>
        <translation>%1 条规则无法放入一个 %2 文件（最多 %3 条）</translation>
    </message>
    <message>
        <source>SDK request bodies (JSON)</source>
        <translation>SDK 请求体（JSON）</translation>
    </message>
    <message>
        <source>Terraform (HCL)</source>
        <translation>Terraform（HCL）</translation>
    </message>
    <message>
        <source>Terraform configuration (.tf)</source>
        <translation>Terraform 配置（.tf）</translation>
    </message>
    <message>
        <source>Terraform state or plan (terraform show -json)</source>
        <translation>Terraform 状态或计划（terraform show -json）</translation>
    </message>
</context>
<context>
    <name>sg::RuleTableModel</name>
    <message>
        <source>&quot;%1&quot; is not a direction: use inbound or outbound</source>
        <translation>“%1”不是有效的方向：请使用 inbound 或 outbound</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a policy: use accept or drop</source>
        <translation>“%1”不是有效的授权策略：请使用 accept 或 drop</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a protocol: use TCP, UDP, ICMP, ICMPv6, GRE or ALL</source>
        <translation>“%1”不是有效的协议类型：请使用 TCP、UDP、ICMP、ICMPv6、GRE 或 ALL</translation>
    </message>
    <message>
        <source>%1 needs a port range, which this rule does not have: use Edit Rule to set the protocol and the ports together</source>
        <translation>%1 需要端口范围，但该规则没有端口范围：请使用“编辑规则”同时设置协议类型和端口范围</translation>
    </message>
    <message>
        <source>%1 takes no ports; change the protocol to TCP or UDP first</source>
        <translation>%1 不使用端口，请先将协议类型改为 TCP 或 UDP</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from 1 to 100</source>
        <translation>“%1”不是 1 到 100 之间的整数</translation>
    </message>
    <message>
        <source>this column cannot be edited</source>
        <translation>该列不可编辑</translation>
    </message>
    <message>
        <source>all services</source>
        <translation>所有服务</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>入方向</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>出方向</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>访问来源</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>访问目的</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>授权策略</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议类型</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>端口范围</translation>
    </message>
    <message>
        <source>Source of inbound rules, destination of outbound rules</source>
        <translation>入方向规则为访问来源，出方向规则为访问目的</translation>
    </message>
    <message>
        <source>Source / destination</source>
        <translation>授权对象</translation>
    </message>
    <message>
        <source>1 to 100; smaller numbers are evaluated first</source>
        <translation>取值 1～100，数值越小优先级越高</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation>建议：%1</translation>
    </message>
    <message>
        <source>The most severe finding of the rule; hover a row for all of them</source>
        <translation>该规则最严重的检查结果；将鼠标悬停在行上可查看全部检查结果</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>(Accepted until %1: %2.)</source>
        <translation>（已接受，有效期至 %1：%2。）</translation>
    </message>
    <message>
        <source>Rule %1 of %2</source>
        <translation>%2 的规则 %1</translation>
    </message>
    <message>
        <source>The security group the rule belongs to</source>
        <translation>规则所属的安全组</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>安全组</translation>
    </message>
</context>
<context>
    <name>sg::Run</name>
    <message>
        <source>Rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>Rule %1 (%2)</source>
        <translation>规则 %1（%2）</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>rule %1 (%2)</source>
        <translation>规则 %1（%2）</translation>
    </message>
    <message>
        <source>rules %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>the internet</source>
        <translation>整个互联网</translation>
    </message>
    <message>
        <source>a wide public range</source>
        <translation>大范围公网地址</translation>
    </message>
    <message>
        <source>public addresses</source>
        <translation>公网地址</translation>
    </message>
    <message>
        <source>a private network</source>
        <translation>私网</translation>
    </message>
    <message>
        <source>a security group or prefix list</source>
        <translation>安全组或前缀列表</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>all protocols</source>
        <translation>所有协议</translation>
    </message>
    <message>
        <source>all ports</source>
        <translation>所有端口</translation>
    </message>
    <message>
        <source>inbound %1 from %2</source>
        <translation>来自 %2 的入方向 %1</translation>
    </message>
    <message>
        <source>outbound %1 to %2</source>
        <translation>发往 %2 的出方向 %1</translation>
    </message>
    <message>
        <source>%1 has no description: %2.</source>
        <translation>%1 没有描述：%2。</translation>
    </message>
    <message>
        <source>%1 repeats rule %2 (%3, %4, priority %5): same traffic, same decision; the API accepts it but it adds nothing.</source>
        <translation>%1 与规则 %2（%3，%4，优先级 %5）重复：流量相同，决定相同；API 会接受该规则，但它不起任何额外作用。</translation>
    </message>
    <message>
        <source>earlier rules</source>
        <translation>优先匹配的规则</translation>
    </message>
    <message>
        <source> together</source>
        <translation> 共同</translation>
    </message>
    <message>
        <source>Drop %1 (%2, priority %3) never takes effect: all the traffic it matches is decided first by %4, which accept some of it, so the block it was written for does not happen.</source>
        <translation>拒绝%1（%2，优先级 %3）永远不会生效：它匹配的所有流量都已先由%4决定，且其中部分流量被允许，因此该规则预期的拦截不会发生。</translation>
    </message>
    <message>
        <source>%1 (%2 %3, priority %4) never takes effect: all the traffic it matches is decided first by %5.</source>
        <translation>%1（%2 %3，优先级 %4）永远不会生效：它匹配的所有流量都已先由%5决定。</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1以及%2</translation>
    </message>
    <message>
        <source>%1 (%2 %3, priority %4) is redundant: without it, %5 would decide its traffic the same way.</source>
        <translation>%1（%2 %3，优先级 %4）是冗余规则：即使删除该规则，%5也会对其流量做出相同的决定。</translation>
    </message>
    <message>
        <source>%1 (%2) and drop %3 have the same priority %4 and match some of the same traffic: at equal priority the drop wins there.</source>
        <translation>%1（%2）与拒绝%3 的优先级同为 %4，且匹配部分相同的流量：优先级相同时，拒绝规则优先生效。</translation>
    </message>
    <message>
        <source>the basic group&apos;s default (allow outbound)</source>
        <translation>普通安全组的默认策略（允许出方向访问）</translation>
    </message>
    <message>
        <source>the enterprise group&apos;s default (deny outbound)</source>
        <translation>企业级安全组的默认策略（拒绝出方向访问）</translation>
    </message>
    <message>
        <source>the group&apos;s defaults (deny inbound, but allow its own members)</source>
        <translation>安全组的默认策略（拒绝入方向访问，但允许组内成员互通）</translation>
    </message>
    <message>
        <source>the group&apos;s default (deny inbound)</source>
        <translation>安全组的默认策略（拒绝入方向访问）</translation>
    </message>
    <message>
        <source>%1 would open %2 to %3, but it is mitigated by %4: that traffic is dropped first, so it is not exposed.</source>
        <translation>%1 本会向 %3 开放 %2，但已被%4 缓解：这些流量会先被拒绝，因此不会暴露。</translation>
    </message>
    <message>
        <source>%1 opens %2 to %3; partly mitigated by %4, but still open to %5: %6.</source>
        <translation>%1 向 %3 开放 %2；虽已被%4 部分缓解，但仍向%5开放：%6。</translation>
    </message>
    <message>
        <source>%1 opens %2 to %3.</source>
        <translation>%1 向 %3 开放 %2。</translation>
    </message>
    <message>
        <source>all outbound traffic</source>
        <translation>所有出方向流量</translation>
    </message>
    <message>
        <source>outbound %1 on every port</source>
        <translation>所有端口的出方向 %1 流量</translation>
    </message>
    <message>
        <source>%1 accepts %2 to %3.</source>
        <translation>%1 允许%2发往 %3。</translation>
    </message>
    <message>
        <source>%1 opens %2 to the address block %3; scheduler ports should be reachable only from the cluster&apos;s nodes, best through a security group reference.</source>
        <translation>%1 向地址段 %3 开放 %2；调度器端口应仅允许集群节点访问，最好通过引用安全组实现。</translation>
    </message>
    <message>
        <source>%1 opens %2 to %3, a block of many addresses rather than the monitoring servers.</source>
        <translation>%1 向 %3 开放 %2，该地址段包含大量地址，而不仅仅是监控服务器。</translation>
    </message>
    <message>
        <source>%1 opens %2 to %3: direct access to running instances; review who has it regularly.</source>
        <translation>%1 向 %3 开放 %2：可直接访问运行中的实例，请定期审查哪些人拥有此访问权限。</translation>
    </message>
    <message>
        <source>%1 opens the port range %2 (%3 ports) rather than single ports: %4.</source>
        <translation>%1 开放的是端口范围 %2（共 %3 个端口），而不是单个端口：%4。</translation>
    </message>
    <message>
        <source>%1 was built for %2 but opens %3, more than %2 needs (%4).</source>
        <translation>%1 是为 %2 创建的，但开放了%3，超出 %2 所需（%4）。</translation>
    </message>
    <message>
        <source>The security group</source>
        <translation>该安全组</translation>
    </message>
    <message>
        <source>Security group %1</source>
        <translation>安全组 %1</translation>
    </message>
    <message>
        <source>%1 has %2 rules (more than %3): large groups are hard to review.</source>
        <translation>%1 有 %2 条规则（超过 %3 条）：规则较多的安全组难以审查。</translation>
    </message>
    <message>
        <source>%1 has %2 inbound and %3 outbound rules; one API call takes at most %4 permissions, so applying them takes %5 calls.</source>
        <translation>%1 有 %2 条入方向规则和 %3 条出方向规则；一次 API 调用最多包含 %4 条授权规则，因此应用这些规则需要 %5 次调用。</translation>
    </message>
    <message>
        <source>%1 has %2 rules, more than %3 (the older per-group limit); a console import file takes at most %3 rules, so a console export needs %4 files.</source>
        <translation>%1 有 %2 条规则，超过 %3 条（旧版的单个安全组规则上限）；控制台导入文件最多包含 %3 条规则，因此导出为控制台格式需要 %4 个文件。</translation>
    </message>
    <message>
        <source>%1 has %2 rules; a network interface takes at most %3 rules across all its groups, inbound and outbound.</source>
        <translation>%1 有 %2 条规则；一个弹性网卡关联的所有安全组的入方向和出方向规则合计最多 %3 条。</translation>
    </message>
    <message>
        <source>%1 is an enterprise group, which may not reference other security groups, but %2 do.</source>
        <translation>%1 是企业级安全组，不能引用其他安全组，但%2 引用了其他安全组。</translation>
    </message>
    <message>
        <source>%1 rules reference security groups; a basic group allows at most %2, so the API refuses %3.</source>
        <translation>%1 条规则引用了安全组；普通安全组最多允许 %2 条，因此 API 会拒绝%3。</translation>
    </message>
    <message>
        <source>%1 is a basic group: all outbound traffic is allowed by default, and its members reach each other when InnerAccessPolicy is Accept (here: %2).</source>
        <translation>%1 是普通安全组：默认允许所有出方向流量，且当 InnerAccessPolicy 为 Accept 时组内成员可以互通（当前为：%2）。</translation>
    </message>
    <message>
        <source>%1 rules combine too many different port ranges to analyse their overlaps: their exposure is reported as if no drop applied, and shadowing and redundancy are not reported for them.</source>
        <translation>%1 条规则组合的不同端口范围过多，无法分析其重叠情况：其暴露面按没有任何拒绝规则生效来报告，且不报告这些规则的覆盖和冗余问题。</translation>
    </message>
    <message>
        <source>The scheduler&apos;s ports</source>
        <translation>调度器端口</translation>
    </message>
    <message>
        <source>%1 should be reachable only from the other nodes of the cluster. An enterprise security group cannot reference other security groups: allow the CIDR block of the cluster&apos;s vSwitch, or a prefix list of its nodes.</source>
        <translation>%1 应仅允许集群中的其他节点访问。企业级安全组不能引用其他安全组：请允许集群所在交换机（vSwitch）的 CIDR 地址段，或包含集群节点的前缀列表。</translation>
    </message>
    <message>
        <source>Restrict %1 (%2) to the addresses of your monitoring servers, or a prefix list of them (an enterprise security group cannot reference other security groups). It exposes internal data and must not be reachable from the internet.</source>
        <translation>将 %1（%2）限制为仅允许监控服务器的地址或包含这些服务器的前缀列表访问（企业级安全组不能引用其他安全组）。它会暴露内部数据，不得被互联网访问。</translation>
    </message>
    <message>
        <source>%1 opens %2 to the address block %3; scheduler ports should be reachable only from the cluster&apos;s nodes: the CIDR block of the cluster&apos;s vSwitch or a prefix list of its nodes.</source>
        <translation>%1 向地址段 %3 开放 %2；调度器端口应仅允许集群节点访问，即集群所在交换机（vSwitch）的 CIDR 地址段或包含集群节点的前缀列表。</translation>
    </message>
    <message>
        <source>an Alibaba Cloud service</source>
        <translation>阿里云服务</translation>
    </message>
    <message>
        <source>%1, a source range of %2</source>
        <translation>%1，%2 的访问来源地址段</translation>
    </message>
    <message>
        <source>Workbench connects to instances from these documented ranges: keep the rule while you use Workbench, and remove it when you no longer do.</source>
        <translation>Workbench 通过这些官方文档公布的地址段连接实例：使用 Workbench 期间请保留该规则，不再使用时请删除。</translation>
    </message>
    <message>
        <source>%1 is a basic group: all outbound traffic is allowed by default, and its members reach each other when InnerAccessPolicy is Accept, which is the default: the file does not name the policy.</source>
        <translation>%1 是普通安全组：默认允许所有出方向流量，且当 InnerAccessPolicy 为 Accept 时组内成员可以互通；文件未指定该策略，因此采用默认值 Accept。</translation>
    </message>
</context>
<context>
    <name>sg::SdkRequestsFormat</name>
    <message>
        <source>the rule set names no region and no security group; the requests have empty regionId and securityGroupId fields to fill in</source>
        <translation>规则集未指定地域和安全组；请求中的 regionId 和 securityGroupId 字段为空，需自行填写</translation>
    </message>
    <message>
        <source>the rule set names no region (security group %1); the requests have an empty regionId field to fill in</source>
        <translation>规则集未指定地域（安全组 %1）；请求中的 regionId 字段为空，需自行填写</translation>
    </message>
    <message>
        <source>the rule set names no security group (region %1); the requests have an empty securityGroupId field to fill in</source>
        <translation>规则集未指定安全组（地域 %1）；请求中的 securityGroupId 字段为空，需自行填写</translation>
    </message>
</context>
<context>
    <name>sg::Service</name>
    <message>
        <source>&quot;%1&quot; is not a valid service id: use lower-case letters, digits, - and _, starting with a letter</source>
        <translation>“%1”不是有效的服务 ID：只能使用小写字母、数字、- 和 _，且必须以字母开头</translation>
    </message>
    <message>
        <source>service &quot;%1&quot; lists no ports</source>
        <translation>服务“%1”未列出任何端口</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a scope: use admin, users, cluster, internal or monitoring</source>
        <translation>“%1”不是有效的访问范围：请使用 admin、users、cluster、internal 或 monitoring</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sensitivity: use low, medium, high or critical</source>
        <translation>“%1”不是有效的敏感级别：请使用 low、medium、high 或 critical</translation>
    </message>
</context>
<context>
    <name>sg::ServiceCatalogue</name>
    <message>
        <source>the service id &quot;%1&quot; appears twice</source>
        <translation>服务 ID“%1”重复出现</translation>
    </message>
</context>
<context>
    <name>sg::ServicePort</name>
    <message>
        <source>&quot;%1&quot; is not a port entry; write port/protocol, for example 22/tcp or 6817-6819/tcp</source>
        <translation>“%1”不是有效的端口条目；请写成“端口/协议”，例如 22/tcp 或 6817-6819/tcp</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the protocol must be tcp or udp</source>
        <translation>“%1”：协议必须为 tcp 或 udp</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no port</source>
        <translation>“%1”缺少端口</translation>
    </message>
</context>
<context>
    <name>sg::SetupPlan</name>
    <message>
        <source>a setup plan must be a JSON object with &quot;services&quot; and &quot;sources&quot;</source>
        <translation>配置方案必须是包含 &quot;services&quot; 和 &quot;sources&quot; 的 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a group type: use basic or enterprise</source>
        <translation>“%1”不是有效的安全组类型：请使用 basic 或 enterprise</translation>
    </message>
    <message>
        <source>must be an object of scope: [sources], not %1</source>
        <translation>必须是 scope: [sources] 形式的对象，而不是%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a scope: use admin, users, cluster, internal or monitoring</source>
        <translation>“%1”不是有效的访问范围：请使用 admin、users、cluster、internal 或 monitoring</translation>
    </message>
    <message>
        <source>must be an object of service: [sources], not %1</source>
        <translation>必须是 service: [sources] 形式的对象，而不是%1</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>必须是 true 或 false，而不是%1</translation>
    </message>
    <message>
        <source>must be a list of service objects, not %1</source>
        <translation>必须是服务对象列表，而不是%1</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; is ignored</source>
        <translation>已忽略未知字段 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be an object {&quot;site&quot;: &quot;china&quot;|&quot;international&quot;, &quot;via&quot;: [&quot;public&quot;, &quot;private&quot;]}, not %1</source>
        <translation>必须是 {&quot;site&quot;: &quot;china&quot;|&quot;international&quot;, &quot;via&quot;: [&quot;public&quot;, &quot;private&quot;]} 形式的对象，而不是%1</translation>
    </message>
    <message>
        <source>the Workbench site is missing: use china or international</source>
        <translation>缺少 Workbench 站点：请使用 china 或 international</translation>
    </message>
    <message>
        <source>the Workbench connection types are missing: list public, private or both</source>
        <translation>缺少 Workbench 连接方式：请列出 public、private 或两者</translation>
    </message>
</context>
<context>
    <name>sg::Severity</name>
    <message>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低危</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中危</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高危</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
</context>
<context>
    <name>sg::SourceLocation</name>
    <message>
        <source>rule %1</source>
        <translation>规则 %1</translation>
    </message>
</context>
<context>
    <name>sg::TerraformFormat</name>
    <message>
        <source>alicloud_security_group_rule has no source port range; this rule cannot be written as Terraform</source>
        <translation>alicloud_security_group_rule 不支持源端口范围；该规则无法写成 Terraform</translation>
    </message>
    <message>
        <source>Terraform reads every string in Unicode normal form C; the description is written normalised</source>
        <translation>Terraform 会将所有字符串读取为 Unicode 规范化形式 C（NFC）；描述已按规范化形式写入</translation>
    </message>
    <message>
        <source>alicloud_security_group_rule has no local address; this rule cannot be written as Terraform</source>
        <translation>alicloud_security_group_rule 不支持本端地址；该规则无法写成 Terraform</translation>
    </message>
</context>
<context>
    <name>sg::TerraformHclFormat</name>
    <message>
        <source>; the rule is kept and matches no traffic until it is known</source>
        <translation>；该规则会保留，但在该值确定之前不匹配任何流量</translation>
    </message>
    <message>
        <source>security_group_id is required: the group the rule belongs to</source>
        <translation>必须指定 security_group_id：即规则所属的安全组</translation>
    </message>
    <message>
        <source>must be a security group id, not %1</source>
        <translation>必须是安全组 ID，而不是 %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
</context>
<context>
    <name>sg::TerraformJsonFormat</name>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>expected the JSON object that `terraform show -json` prints</source>
        <translation>应为 `terraform show -json` 输出的 JSON 对象</translation>
    </message>
    <message>
        <source>no &quot;values&quot; or &quot;planned_values&quot;: this is not what `terraform show -json` prints</source>
        <translation>缺少 &quot;values&quot; 或 &quot;planned_values&quot;：这不是 `terraform show -json` 的输出</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>必须是对象，而不是%1</translation>
    </message>
    <message>
        <source>must be an array, not %1</source>
        <translation>必须是数组，而不是%1</translation>
    </message>
    <message>
        <source>the resource has no &quot;values&quot; object</source>
        <translation>该资源没有 &quot;values&quot; 对象</translation>
    </message>
</context>
<context>
    <name>sg::TerraformModule</name>
    <message>
        <source>%1 (its variables and locals are not read)</source>
        <translation>%1（未读取其中的变量和局部值）</translation>
    </message>
    <message>
        <source>the variable &quot;%1&quot; is already declared in %2, line %3</source>
        <translation>变量“%1”已在 %2 第 %3 行声明</translation>
    </message>
    <message>
        <source>local.%1 is already defined in %2, line %3</source>
        <translation>local.%1 已在 %2 第 %3 行定义</translation>
    </message>
    <message>
        <source>the resource %1 is already declared in %2, line %3</source>
        <translation>资源 %1 已在 %2 第 %3 行声明</translation>
    </message>
    <message>
        <source>module &quot;%1&quot; is not read: the resources a module call makes are known only when Terraform runs; check the module&apos;s own folder (source = %2)</source>
        <translation>未读取模块“%1”：模块调用创建的资源只有在 Terraform 运行时才能确定；请检查该模块自身的文件夹（source = %2）</translation>
    </message>
    <message>
        <source>a variable block takes one label, its name</source>
        <translation>variable 块只接受一个标签，即变量名</translation>
    </message>
    <message>
        <source>a resource block takes two labels, its type and its name</source>
        <translation>resource 块接受两个标签，即资源类型和名称</translation>
    </message>
    <message>
        <source>a .tfvars.json file is one JSON object of variable values</source>
        <translation>.tfvars.json 文件应为一个包含变量值的 JSON 对象</translation>
    </message>
    <message>
        <source>a variables file holds NAME = VALUE lines, not blocks</source>
        <translation>变量文件应包含 NAME = VALUE 形式的行，而不是块</translation>
    </message>
    <message>
        <source>a resource cannot have both count and for_each</source>
        <translation>资源不能同时设置 count 和 for_each</translation>
    </message>
    <message>
        <source>%1 = %2 is not known</source>
        <translation>%1 = %2 无法确定</translation>
    </message>
    <message>
        <source>count must be a whole number from 0 to 10000, not %1</source>
        <translation>count 必须是 0 到 10000 之间的整数，而不是 %1</translation>
    </message>
    <message>
        <source>for_each needs a map or a set of strings; it holds %1</source>
        <translation>for_each 需要映射或字符串集合；但其中包含 %1</translation>
    </message>
    <message>
        <source>for_each needs a map or a set of strings, not %1</source>
        <translation>for_each 需要映射或字符串集合，而不是 %1 类型</translation>
    </message>
    <message>
        <source>&quot;var&quot; alone is not a value; write var.NAME</source>
        <translation>单独的 &quot;var&quot; 不是值；请写作 var.NAME</translation>
    </message>
    <message>
        <source>&quot;local&quot; alone is not a value; write local.NAME</source>
        <translation>单独的 &quot;local&quot; 不是值；请写作 local.NAME</translation>
    </message>
    <message>
        <source>count.index can only be used in a resource that sets count</source>
        <translation>count.index 只能在设置了 count 的资源中使用</translation>
    </message>
    <message>
        <source>each.key and each.value can only be used in a resource that sets for_each</source>
        <translation>each.key 和 each.value 只能在设置了 for_each 的资源中使用</translation>
    </message>
    <message>
        <source>path.%1 is not a path; use path.module, path.root or path.cwd</source>
        <translation>path.%1 不是有效的路径；请使用 path.module、path.root 或 path.cwd</translation>
    </message>
    <message>
        <source>terraform.%1 is known only when Terraform runs</source>
        <translation>terraform.%1 只有在 Terraform 运行时才能确定</translation>
    </message>
    <message>
        <source>a data source is read only when Terraform runs</source>
        <translation>数据源只有在 Terraform 运行时才会读取</translation>
    </message>
    <message>
        <source>the outputs of module.%1 are known only when Terraform runs</source>
        <translation>module.%1 的输出只有在 Terraform 运行时才能确定</translation>
    </message>
    <message>
        <source>self is known only when Terraform runs</source>
        <translation>self 只有在 Terraform 运行时才能确定</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known name: use var.%1, local.%1 or a resource address</source>
        <translation>“%1”不是已知的名称：请使用 var.%1、local.%1 或资源地址</translation>
    </message>
    <message>
        <source>%1 is created by Terraform: its attributes are known only after apply</source>
        <translation>%1 由 Terraform 创建：其属性只有在 apply 之后才能确定</translation>
    </message>
    <message>
        <source>%1 is not in the files read: its attributes are known only after apply</source>
        <translation>%1 不在已读取的文件中：其属性只有在 apply 之后才能确定</translation>
    </message>
    <message>
        <source>var.%1 is not declared in the files read; read the module&apos;s folder or pass --var %1=VALUE</source>
        <translation>已读取的文件中未声明 var.%1；请读取该模块所在的文件夹，或传入 --var %1=VALUE</translation>
    </message>
    <message>
        <source>var.%1 has no value; pass --var %1=VALUE or a tfvars file</source>
        <translation>var.%1 没有值；请传入 --var %1=VALUE 或 tfvars 文件</translation>
    </message>
    <message>
        <source>%1 is not a %2, the type of var.%3</source>
        <translation>%1 不是 %2 类型（var.%3 的类型）</translation>
    </message>
    <message>
        <source>local.%1 is not defined in the files read; read the module&apos;s folder</source>
        <translation>已读取的文件中未定义 local.%1；请读取该模块所在的文件夹</translation>
    </message>
    <message>
        <source>local.%1 refers to itself</source>
        <translation>local.%1 引用了自身</translation>
    </message>
    <message>
        <source>locals refer to each other more than %1 deep</source>
        <translation>局部值之间的相互引用超过 %1 层</translation>
    </message>
    <message>
        <source>a variable value must be a constant; &quot;%1&quot; cannot be used here</source>
        <translation>变量值必须是常量；此处不能使用 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>sg::TrafficClass</name>
    <message>
        <source>other protocols</source>
        <translation>其他协议</translation>
    </message>
</context>
<context>
    <name>sg::WorkbenchRanges</name>
    <message>
        <source>the date the ranges were taken is missing</source>
        <translation>缺少地址段的采集日期</translation>
    </message>
    <message>
        <source>no ranges</source>
        <translation>没有地址段</translation>
    </message>
    <message>
        <source>sites must list china and/or international</source>
        <translation>sites 必须列出 china 和/或 international</translation>
    </message>
    <message>
        <source>via must be public or private</source>
        <translation>via 必须为 public 或 private</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CIDR block</source>
        <translation>“%1”不是有效的 CIDR 地址段</translation>
    </message>
    <message>
        <source>Alibaba Cloud Workbench (%1, %2)</source>
        <translation>阿里云 Workbench（%1，%2）</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
</context>
<context>
    <name>sg::WorkspaceAnalyzer</name>
    <message>
        <source>Rule %1 refers to the security group %2, which is not in the workspace: who it admits cannot be told.</source>
        <translation>规则 %1 引用了安全组 %2，但该安全组不在工作区中：无法判断该规则允许哪些访问方。</translation>
    </message>
    <message>
        <source>Rules %1 refer to the security group %2, which is not in the workspace: who they admit cannot be told.</source>
        <translation>规则 %1 引用了安全组 %2，但该安全组不在工作区中：无法判断这些规则允许哪些访问方。</translation>
    </message>
    <message>
        <source>%1 is carried by none of the %2 network interfaces read; rules of other groups reference it.</source>
        <translation>已读取的 %2 个弹性网卡均未关联 %1；其他安全组的规则引用了它。</translation>
    </message>
    <message>
        <source>%1 is carried by none of the %2 network interfaces read, and no rule of another group references it.</source>
        <translation>已读取的 %2 个弹性网卡均未关联 %1，且没有其他安全组的规则引用它。</translation>
    </message>
    <message>
        <source>rule %1 of %2</source>
        <translation>%2 的规则 %1</translation>
    </message>
    <message>
        <source>No network interface read carries %1, so this reaches no instance today.</source>
        <translation>已读取的弹性网卡均未关联 %1，因此目前不会暴露任何实例。</translation>
    </message>
    <message>
        <source>It is blocked on every network interface that carries %1, by %2.</source>
        <translation>在关联 %1 的每个弹性网卡上，这些流量均已被拦截（%2）。</translation>
    </message>
    <message>
        <source>the other groups&apos; rules</source>
        <translation>其他安全组的规则</translation>
    </message>
    <message>
        <source>it is not known before the resources exist</source>
        <translation>在资源创建之前无法确定</translation>
    </message>
    <message>
        <source>%1 = %2 cannot be known: %3.</source>
        <translation>%1 = %2 无法确定：%3。</translation>
    </message>
    <message>
        <source>Rule %1 (%2): %3 = %4 cannot be known: %5. The rule matches no traffic until it is known, so its exposure is not judged.</source>
        <translation>规则 %1（%2）：%3 = %4 无法确定：%5。在该值确定之前，该规则不匹配任何流量，因此不评估其暴露面。</translation>
    </message>
    <message>
        <source>Rule %1 (%2): %3 = %4 cannot be known: %5.</source>
        <translation>规则 %1（%2）：%3 = %4 无法确定：%5。</translation>
    </message>
</context>
<context>
    <name>sg::WorkspaceLoader</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>无法读取标准输入：%1</translation>
    </message>
    <message>
        <source>a setup plan cannot be read from standard input; name its file</source>
        <translation>无法从标准输入读取配置方案，请指定其文件</translation>
    </message>
    <message>
        <source>not a rule file; skipped</source>
        <translation>不是规则文件，已跳过</translation>
    </message>
    <message>
        <source>read as %1 (detected from the content); name the format with --from if that is wrong</source>
        <translation>已按 %1 格式读取（根据内容识别）；如果有误，请使用 --from 指定格式</translation>
    </message>
    <message>
        <source>the folder holds no files</source>
        <translation>文件夹中没有文件</translation>
    </message>
    <message>
        <source>the security group %1 was already read from %2; this copy is skipped</source>
        <translation>已从 %2 读取过安全组 %1，已跳过此副本</translation>
    </message>
    <message>
        <source>a --var-file cannot be read</source>
        <translation>无法读取 --var-file 指定的文件</translation>
    </message>
    <message>
        <source>Terraform does not read this variables file by itself; pass it with --var-file</source>
        <translation>Terraform 不会自动读取此变量文件；请使用 --var-file 传入</translation>
    </message>
</context>
<context>
    <name>sg::YamlJson</name>
    <message>
        <source>the YAML expands to more than %1 values (aliases repeated too often)</source>
        <translation>YAML 展开后超过 %1 个值（别名重复次数过多）</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>a mapping key must be a plain value, not a list or mapping</source>
        <translation>映射的键必须是普通值，而不是列表或映射</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是有效的数字</translation>
    </message>
    <message>
        <source>the YAML tag %1 is not supported in templates</source>
        <translation>模板中不支持 YAML 标签 %1</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation>文件不是有效的 UTF-8 文本</translation>
    </message>
    <message>
        <source>the file holds a NUL byte: it is not a text file</source>
        <translation>文件包含 NUL 字节：不是文本文件</translation>
    </message>
    <message>
        <source>the file holds several YAML documents; a template is one</source>
        <translation>文件包含多个 YAML 文档；模板只能是一个文档</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>不是有效的 YAML：%1</translation>
    </message>
</context>
<context>
    <name>sg::detail</name>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>null</source>
        <translation>空值（null）</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation>文件不是有效的 UTF-8 文本</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>JSON 嵌套层级过深</translation>
    </message>
    <message>
        <source>the file is too large to read</source>
        <translation>文件过大，无法读取</translation>
    </message>
    <message>
        <source>the JSON ends before its arrays or objects are closed (truncated file?)</source>
        <translation>JSON 在数组或对象闭合之前就已结束（文件是否被截断？）</translation>
    </message>
    <message>
        <source>a string is not closed (truncated file?)</source>
        <translation>字符串未闭合（文件是否被截断？）</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>unexpected text after the end of the JSON document</source>
        <translation>JSON 文档结束后出现多余的文本</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>不是有效的 JSON（%1）</translation>
    </message>
    <message>
        <source>the rules belong to %1 security groups (%2); they are read as one rule set</source>
        <translation>这些规则属于 %1 个安全组（%2）；将作为一个规则集读取</translation>
    </message>
</context>
<context>
    <name>sg::detail::Reader</name>
    <message>
        <source>a project file is a JSON object, not an array</source>
        <translation>项目文件应为 JSON 对象，而不是数组</translation>
    </message>
    <message>
        <source>expected a JSON object or array of rules, found %1</source>
        <translation>应为 JSON 对象或规则数组，实际为%1</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; after the end of the JSON document</source>
        <translation>JSON 文档结束后出现多余的“%1”</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>必须是字符串，而不是%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a policy: use Accept or Drop</source>
        <translation>“%1”不是有效的授权策略：请使用 Accept 或 Drop</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a group type: use basic or enterprise</source>
        <translation>“%1”不是有效的安全组类型：请使用 basic 或 enterprise</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SG Assist project (expected &quot;sgassist-project&quot;)</source>
        <translation>“%1”不是 SG Assist 项目文件（应为 &quot;sgassist-project&quot;）</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>the project has no &quot;rules&quot; list</source>
        <translation>项目文件中没有 &quot;rules&quot; 列表</translation>
    </message>
    <message>
        <source>no &quot;Permissions&quot; found: this does not look like a security group rule file</source>
        <translation>未找到 &quot;Permissions&quot;：该文件似乎不是安全组规则文件</translation>
    </message>
    <message>
        <source>&quot;group&quot; must be an object</source>
        <translation>&quot;group&quot; 必须是对象</translation>
    </message>
    <message>
        <source>&quot;plan&quot; must be an object</source>
        <translation>&quot;plan&quot; 必须是对象</translation>
    </message>
    <message>
        <source>&quot;Permission&quot; must be an array of rules</source>
        <translation>&quot;Permission&quot; 必须是规则数组</translation>
    </message>
    <message>
        <source>the rules must be an array, not %1</source>
        <translation>规则必须是数组，而不是%1</translation>
    </message>
    <message>
        <source>a rule must be an object, not %1</source>
        <translation>规则必须是对象，而不是%1</translation>
    </message>
    <message>
        <source>must be an array of service ids</source>
        <translation>必须是服务 ID 数组</translation>
    </message>
    <message>
        <source>reading was cancelled</source>
        <translation>已取消读取</translation>
    </message>
    <message>
        <source>the project was written by a newer SG Assist (format version %1); this version reads versions 1 and 2</source>
        <translation>该项目文件由较新版本的 SG Assist 写入（格式版本 %1），当前版本只能读取格式版本 1 和 2</translation>
    </message>
    <message>
        <source>&quot;groups&quot; must be an array</source>
        <translation>&quot;groups&quot; 必须是数组</translation>
    </message>
    <message>
        <source>a group must be an object</source>
        <translation>安全组必须是对象</translation>
    </message>
    <message>
        <source>the group has no &quot;rules&quot; list</source>
        <translation>安全组中没有 &quot;rules&quot; 列表</translation>
    </message>
    <message>
        <source>&quot;source&quot; must be an object</source>
        <translation>&quot;source&quot; 必须是对象</translation>
    </message>
    <message>
        <source>&quot;networkInterfaces&quot; must be an array</source>
        <translation>&quot;networkInterfaces&quot; 必须是数组</translation>
    </message>
    <message>
        <source>a network interface must be an object</source>
        <translation>弹性网卡必须是对象</translation>
    </message>
    <message>
        <source>a network interface has no NetworkInterfaceId</source>
        <translation>弹性网卡缺少 NetworkInterfaceId</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>必须是字符串数组</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>the project holds %1 security groups; open it as a workspace</source>
        <translation>项目文件包含 %1 个安全组；请将其作为工作区打开</translation>
    </message>
</context>
<context>
    <name>sg::json</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>null</source>
        <translation>空值（null）</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失值</translation>
    </message>
</context>
<context>
    <name>sg::ui</name>
    <message>
        <source>%1 is not a format that can be written</source>
        <translation>%1 不是可写入的格式</translation>
    </message>
    <message>
        <source>Replace Files? — SG Assist</source>
        <translation>替换文件？ — SG Assist</translation>
    </message>
    <message>
        <source>These files already exist in %1:

%2

Replace them?</source>
        <translation>%1 中已存在以下文件：

%2

是否替换？</translation>
    </message>
</context>
<context>
    <name>sg::ui::AcceptRiskDialog</name>
    <message>
        <source>&amp;Accept Risk</source>
        <translation>接受风险(&amp;A)</translation>
    </message>
    <message>
        <source>Accept This Risk — SG Assist</source>
        <translation>接受此风险 — SG Assist</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Accept %n finding(s) of %1 as a known risk:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;An accepted finding stays listed, greyed, with your reason; it does not count in the totals, the rule&apos;s risk mark or &lt;code&gt;sgassist-cli check --baseline&lt;/code&gt;, until the day after the date below, when it counts again.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;将 %1 的 %n 条检查结果作为已知风险接受：&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;已接受的检查结果仍会列出，以灰色显示并附上您填写的原因；在下方日期的次日之前，它不计入总数、规则的风险标记或 &lt;code&gt;sgassist-cli check --baseline&lt;/code&gt;，从次日起重新计入。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Why the risk is acceptable, and who decided (a ticket)</source>
        <translation>为何可以接受该风险，由谁决定（工单号）</translation>
    </message>
    <message>
        <source>The last day the risk is accepted: after it, the finding counts again</source>
        <translation>接受该风险的最后一天：此后该检查结果将重新计入</translation>
    </message>
    <message>
        <source>Choose the baseline file</source>
        <translation>选择基线文件</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>更改(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Accepted &amp;until:</source>
        <translation>到期日期(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Baseline file:</source>
        <translation>基线文件(&amp;B)：</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>the last day it is accepted (after today)</source>
        <translation>接受的最后一天（须晚于今天）</translation>
    </message>
    <message>
        <source>the baseline file</source>
        <translation>基线文件</translation>
    </message>
    <message>
        <source>To accept, enter %1.</source>
        <translation>要接受，请填写：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Adds to %1: %2. The same file works with &lt;code&gt;sgassist-cli check --baseline %3&lt;/code&gt;.</source>
        <translation>将添加到 %1：%2。同一文件也可用于 &lt;code&gt;sgassist-cli check --baseline %3&lt;/code&gt;。</translation>
    </message>
    <message>
        <source>Baseline File — SG Assist</source>
        <translation>基线文件 — SG Assist</translation>
    </message>
    <message>
        <source>Baseline (*.json);;All files (*)</source>
        <translation>基线文件 (*.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>sg::ui::AddressDetector</name>
    <message>
        <source>The answer was not an address.</source>
        <translation>响应不是有效的地址。</translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 没有响应：%2</translation>
    </message>
    <message>
        <source>%1 did not answer with an address.</source>
        <translation>%1 的响应中没有地址。</translation>
    </message>
</context>
<context>
    <name>sg::ui::ApplyToCloudDialog</name>
    <message>
        <source>Cho&amp;ose…</source>
        <translation>选择(&amp;O)…</translation>
    </message>
    <message>
        <source>Read the &amp;Live Group</source>
        <translation>读取云上的安全组(&amp;L)</translation>
    </message>
    <message>
        <source>Apply &amp;Changes</source>
        <translation>应用更改(&amp;C)</translation>
    </message>
    <message>
        <source>Apply the &amp;Undo File…</source>
        <translation>应用撤销文件(&amp;U)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Apply %1 to Alibaba Cloud — SG Assist</source>
        <translation>将 %1 应用到阿里云 — SG Assist</translation>
    </message>
    <message>
        <source>Read the group from Alibaba Cloud (DescribeSecurityGroupAttribute) and show what would change. Nothing is changed.</source>
        <translation>从阿里云读取该安全组（DescribeSecurityGroupAttribute）并显示将要做出的更改。不会更改任何内容。</translation>
    </message>
    <message>
        <source>Review and apply the undo file, which makes the group what it was before this change.</source>
        <translation>审查并应用撤销文件，将该安全组恢复为此次更改之前的状态。</translation>
    </message>
    <message numerus="yes">
        <source>SG Assist reads security group &lt;b&gt;%1&lt;/b&gt; from Alibaba Cloud and shows what would change to make it equal to &lt;b&gt;%2&lt;/b&gt; (%n rule(s)). Nothing changes until you have reviewed the changes and typed the group id.</source>
        <translation>
            <numerusform>SG Assist 从阿里云读取安全组 &lt;b&gt;%1&lt;/b&gt;，并显示要使其与 &lt;b&gt;%2&lt;/b&gt;（%n 条规则）一致需要做出哪些更改。在您审查这些更改并输入安全组 ID 之前，不会更改任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Account and region</source>
        <translation>账号和地域</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>变更计划(&amp;P)</translation>
    </message>
    <message>
        <source>Before changing anything, SG Assist saves the live group here as &lt;group-id&gt;.before-&lt;time&gt;.json; applying that file undoes the change.</source>
        <translation>在做出任何更改之前，SG Assist 会将云上的安全组以 &lt;group-id&gt;.before-&lt;time&gt;.json 为文件名保存到此处；应用该文件即可撤销此次更改。</translation>
    </message>
    <message>
        <source>&amp;Type %1 to confirm:</source>
        <translation>输入 %1 以确认(&amp;T)：</translation>
    </message>
    <message>
        <source>Undo file &amp;folder:</source>
        <translation>撤销文件的文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Read the live group and plan the changes</source>
        <translation>读取云上的安全组并制定变更计划</translation>
    </message>
    <message>
        <source>Save the live group as the undo file</source>
        <translation>将云上的安全组保存为撤销文件</translation>
    </message>
    <message>
        <source>Make the API calls</source>
        <translation>执行 API 调用</translation>
    </message>
    <message>
        <source>Read the group again and compare it with the document</source>
        <translation>重新读取安全组并与文档比较</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>There is nothing that can be applied.</source>
        <translation>没有可以应用的更改。</translation>
    </message>
    <message>
        <source>Type %1 above to enable this button.</source>
        <translation>在上方输入 %1 以启用此按钮。</translation>
    </message>
    <message>
        <source>Save the undo file, make the calls, then read the group again to verify.</source>
        <translation>保存撤销文件，执行调用，然后重新读取安全组进行验证。</translation>
    </message>
    <message>
        <source>The document names region %1, but %2 was read.</source>
        <translation>文档中的地域为 %1，但读取的是 %2。</translation>
    </message>
    <message>
        <source>The document cannot be applied as it is; fix these problems first:</source>
        <translation>文档无法按原样应用，请先修正以下问题：</translation>
    </message>
    <message>
        <source>%1 in %2 already equals %3: there is nothing to apply.</source>
        <translation>%2 中的 %1 已与 %3 一致：无需应用任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) make %1 in %2 equal to %3: %4 to modify, %5 to authorize, %6 to revoke.</source>
        <translation>
            <numerusform>共 %n 项更改可使 %2 中的 %1 与 %3 一致：修改 %4 条，添加 %5 条，删除 %6 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (live)</source>
        <translation>%1（云上）</translation>
    </message>
    <message>
        <source>&amp;Differences</source>
        <translation>差异(&amp;D)</translation>
    </message>
    <message>
        <source>Folder for the Undo File — SG Assist</source>
        <translation>撤销文件的文件夹 — SG Assist</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created; choose another for the undo file.</source>
        <translation>无法创建文件夹 %1，请为撤销文件选择其他文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>(%1 of %n call(s))</source>
        <translation>
            <numerusform>（已完成 %1 次调用，共 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the group was cancelled; nothing was changed.</source>
        <translation>已取消读取安全组，未做任何更改。</translation>
    </message>
    <message>
        <source>The group could not be read; nothing was changed.</source>
        <translation>无法读取安全组，未做任何更改。</translation>
    </message>
    <message>
        <source>Undo file: %1
Applying it makes %2 what it was before this change.</source>
        <translation>撤销文件：%1
应用该文件可将 %2 恢复为此次更改之前的状态。</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) had to be tried again (throttling or a lost connection).</source>
        <translation>
            <numerusform>有 %n 次调用进行了重试（因限流或连接中断）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying was cancelled.</source>
        <translation>已取消应用。</translation>
    </message>
    <message>
        <source>Applying stopped at an error.</source>
        <translation>应用因出错而中止。</translation>
    </message>
    <message>
        <source>%1 of %2 calls were made before it stopped: %3 is partly changed. Apply the undo file to restore it.</source>
        <translation>中止前已执行 %2 次调用中的 %1 次：%3 已被部分更改。请应用撤销文件将其恢复。</translation>
    </message>
    <message>
        <source>No call changed the group.</source>
        <translation>安全组未被任何调用更改。</translation>
    </message>
    <message>
        <source>The plan that was being applied:</source>
        <translation>当时正在应用的变更计划：</translation>
    </message>
    <message>
        <source>Applied and verified: %1 equals %2.</source>
        <translation>已应用并验证：%1 与 %2 一致。</translation>
    </message>
    <message>
        <source>What was applied:</source>
        <translation>已应用的内容：</translation>
    </message>
    <message>
        <source>Applied, but %1 does not equal %2 when read again.</source>
        <translation>已应用，但重新读取时 %1 与 %2 不一致。</translation>
    </message>
    <message>
        <source>What still differs:</source>
        <translation>仍存在的差异：</translation>
    </message>
    <message>
        <source>The undo file cannot be read: %1</source>
        <translation>无法读取撤销文件：%1</translation>
    </message>
    <message>
        <source>Stop Applying? — SG Assist</source>
        <translation>停止应用？ — SG Assist</translation>
    </message>
    <message>
        <source>Calls already made stay made: %1 may be left partly changed. The undo file restores it.

Stop now?</source>
        <translation>已执行的调用不会撤回：%1 可能处于部分更改的状态。撤销文件可将其恢复。

是否立即停止？</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Go On</source>
        <translation>继续(&amp;G)</translation>
    </message>
</context>
<context>
    <name>sg::ui::AskDock</name>
    <message>
        <source>Can It Reach?</source>
        <translation>能否访问？</translation>
    </message>
    <message>
        <source>198.51.100.7, 2001:db8::1 or sg-…</source>
        <translation>198.51.100.7、2001:db8::1 或 sg-…</translation>
    </message>
    <message>
        <source>Inbound (source → cluster)</source>
        <translation>入方向（访问来源 → 集群）</translation>
    </message>
    <message>
        <source>Outbound (cluster → destination)</source>
        <translation>出方向（集群 → 访问目的）</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>访问方(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>协议类型(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>方向(&amp;D)：</translation>
    </message>
    <message>
        <source>Enter an address, a CIDR block or a security group to ask whether it can reach a port.</source>
        <translation>输入地址、CIDR 地址段或安全组，查询其能否访问某个端口。</translation>
    </message>
    <message>
        <source>Open a rule set to ask about it.</source>
        <translation>请先打开规则集，再进行查询。</translation>
    </message>
    <message>
        <source>✔ Allowed</source>
        <translation>✔ 允许</translation>
    </message>
    <message>
        <source>✖ Denied</source>
        <translation>✖ 拒绝</translation>
    </message>
    <message>
        <source>Asking %1 (groups %2, evaluated together)</source>
        <translation>查询 %1（安全组 %2，合并评估）</translation>
    </message>
    <message>
        <source>Asking %1 of %2 (groups %3, evaluated together)</source>
        <translation>查询 %2 的 %1（安全组 %3，合并评估）</translation>
    </message>
    <message>
        <source>Asking group %1 alone</source>
        <translation>仅查询安全组 %1</translation>
    </message>
    <message>
        <source>Decided by group %1, its rule %2</source>
        <translation>由安全组 %1 的规则 %2 决定</translation>
    </message>
    <message>
        <source>No rule of any group matches: the default decides.</source>
        <translation>所有安全组中均没有匹配的规则：由默认策略决定。</translation>
    </message>
</context>
<context>
    <name>sg::ui::BaselineController</name>
    <message>
        <source>There is no finding to accept.</source>
        <translation>没有可接受的检查结果。</translation>
    </message>
</context>
<context>
    <name>sg::ui::BulkEditDialog</name>
    <message>
        <source>Edit %1 Rules — SG Assist</source>
        <translation>编辑 %1 条规则 — SG Assist</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>入方向</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>出方向</translation>
    </message>
    <message>
        <source>&amp;Set:</source>
        <translation>修改项(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>修改为(&amp;T)：</translation>
    </message>
    <message>
        <source>Not every selected rule can take this value: %1</source>
        <translation>并非所有选中的规则都能使用该值：%1</translation>
    </message>
    <message>
        <source>1 rule will change.</source>
        <translation>将修改 1 条规则。</translation>
    </message>
    <message>
        <source>%1 rules will change.</source>
        <translation>将修改 %1 条规则。</translation>
    </message>
</context>
<context>
    <name>sg::ui::CatalogueDock</name>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Service Catalogue</source>
        <translation>服务目录</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Sources from</source>
        <translation>访问来源</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>敏感级别</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>E-HPC</source>
        <translation>E-HPC</translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>(upstream: %1)</source>
        <translation>（上游软件：%1）</translation>
    </message>
</context>
<context>
    <name>sg::ui::CloudAccount</name>
    <message>
        <source>the key typed into SG Assist</source>
        <translation>在 SG Assist 中输入的密钥</translation>
    </message>
    <message>
        <source>type the access key id and its secret</source>
        <translation>请输入 AccessKey ID 及其 Secret</translation>
    </message>
    <message>
        <source>the window was closed</source>
        <translation>窗口已关闭</translation>
    </message>
    <message>
        <source>the remembered key cannot be read: %1</source>
        <translation>无法读取记住的密钥：%1</translation>
    </message>
    <message>
        <source>the key remembered in the system keychain</source>
        <translation>系统钥匙串中记住的密钥</translation>
    </message>
    <message>
        <source>the system keychain&apos;s entry for SG Assist holds no usable key; forget it and type the key again</source>
        <translation>系统钥匙串中 SG Assist 的条目没有可用的密钥；请清除该条目后重新输入密钥</translation>
    </message>
    <message>
        <source>choose a region: %1 names none</source>
        <translation>请选择地域：%1 未指定地域</translation>
    </message>
    <message>
        <source>there is no typed key to remember</source>
        <translation>没有可记住的已输入密钥</translation>
    </message>
</context>
<context>
    <name>sg::ui::CloudAccountPanel</name>
    <message>
        <source>Re&amp;member in the system keychain</source>
        <translation>在系统钥匙串中记住(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Forget the Remembered Key</source>
        <translation>清除记住的密钥(&amp;F)</translation>
    </message>
    <message>
        <source>Where the AccessKey comes from. Profiles are read from %1, which SG Assist never writes.</source>
        <translation>AccessKey 的来源。凭证配置从 %1 读取，SG Assist 从不写入该文件。</translation>
    </message>
    <message>
        <source>Kept in memory until SG Assist quits; never written to a file, the settings or a log.</source>
        <translation>仅保存在内存中，直到 SG Assist 退出；绝不会写入文件、设置或日志。</translation>
    </message>
    <message>
        <source>Once the key has worked, store it in the system keychain (GNOME Keyring, KWallet, ...) and nowhere else, so that you need not type it again.</source>
        <translation>密钥验证可用后，将其存储在系统钥匙串（GNOME Keyring、KWallet 等）中，不存储在其他任何地方，这样就无需再次输入。</translation>
    </message>
    <message>
        <source>Remove the key SG Assist stored in the system keychain.</source>
        <translation>删除 SG Assist 存储在系统钥匙串中的密钥。</translation>
    </message>
    <message>
        <source>default: the region of the profile or ALIBABA_CLOUD_REGION_ID</source>
        <translation>默认：凭证配置中的地域或 ALIBABA_CLOUD_REGION_ID</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>高级(&amp;V)</translation>
    </message>
    <message>
        <source>default: https://ecs.&lt;region&gt;.aliyuncs.com</source>
        <translation>默认：https://ecs.&lt;region&gt;.aliyuncs.com</translation>
    </message>
    <message>
        <source>default: %1 (ALIBABA_CLOUD_ECS_ENDPOINT)</source>
        <translation>默认：%1（ALIBABA_CLOUD_ECS_ENDPOINT）</translation>
    </message>
    <message>
        <source>A private (VPC) endpoint or a proxy. https only; plain http only to this computer.</source>
        <translation>私网（VPC）接入点或代理。仅支持 https；不加密的 http 仅限连接本机。</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账号(&amp;A)：</translation>
    </message>
    <message>
        <source>Access key &amp;ID:</source>
        <translation>AccessKey ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Access key &amp;secret:</source>
        <translation>AccessKey Secret(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>接入点(&amp;E)：</translation>
    </message>
    <message>
        <source>Keys in the environment (ALIBABA_CLOUD_ACCESS_KEY_ID)</source>
        <translation>环境变量中的密钥（ALIBABA_CLOUD_ACCESS_KEY_ID）</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; of the aliyun CLI (current)</source>
        <translation>aliyun CLI 的凭证配置“%1”（当前）</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; of the aliyun CLI</source>
        <translation>aliyun CLI 的凭证配置“%1”</translation>
    </message>
    <message>
        <source>Key remembered in the system keychain (%1)</source>
        <translation>系统钥匙串中记住的密钥（%1）</translation>
    </message>
    <message>
        <source>An access key typed here</source>
        <translation>在此输入的 AccessKey</translation>
    </message>
    <message>
        <source>the secret typed earlier in this session</source>
        <translation>本次会话中先前输入的 Secret</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region id such as cn-hangzhou.</source>
        <translation>“%1”不是有效的地域 ID（例如 cn-hangzhou）。</translation>
    </message>
    <message>
        <source>The endpoint cannot be used: %1</source>
        <translation>无法使用该接入点：%1</translation>
    </message>
    <message>
        <source>Type the access key id and its secret.</source>
        <translation>请输入 AccessKey ID 及其 Secret。</translation>
    </message>
    <message>
        <source>Storing the key in the system keychain…</source>
        <translation>正在将密钥存储到系统钥匙串…</translation>
    </message>
    <message>
        <source>The key is remembered in the system keychain. Next time, choose &quot;Key remembered in the system keychain&quot;.</source>
        <translation>已在系统钥匙串中记住该密钥。下次请选择“系统钥匙串中记住的密钥”。</translation>
    </message>
    <message>
        <source>The key was not remembered: %1. SG Assist keeps it only until it quits, and never in a file.</source>
        <translation>未能记住该密钥：%1。SG Assist 仅在退出前保留该密钥，且绝不会将其写入文件。</translation>
    </message>
    <message>
        <source>Removing the key from the system keychain…</source>
        <translation>正在从系统钥匙串中删除密钥…</translation>
    </message>
    <message>
        <source>The remembered key was removed from the system keychain.</source>
        <translation>已从系统钥匙串中删除记住的密钥。</translation>
    </message>
    <message>
        <source>The remembered key could not be removed: %1.</source>
        <translation>无法删除记住的密钥：%1。</translation>
    </message>
    <message>
        <source>Opening the account…</source>
        <translation>正在准备账号…</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
</context>
<context>
    <name>sg::ui::CloudErrorLabel</name>
    <message>
        <source>Action: %1</source>
        <translation>操作：%1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP 状态码：%1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>错误信息：%1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
</context>
<context>
    <name>sg::ui::CompareDialog</name>
    <message>
        <source>Compare — SG Assist</source>
        <translation>比较 — SG Assist</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>Changed: %1 (rule %2 before, %3 after)</source>
        <translation>已修改：%1（修改前为规则 %2，修改后为规则 %3）</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed; %4 findings introduced, %5 resolved.</source>
        <translation>新增 %1 条、删除 %2 条、修改 %3 条规则；新增 %4 条检查结果，解决 %5 条。</translation>
    </message>
    <message>
        <source>Group: %1.</source>
        <translation>安全组：%1。</translation>
    </message>
    <message>
        <source>The two rule sets are the same.</source>
        <translation>两个规则集相同。</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>修改前：%1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>修改后：%1</translation>
    </message>
    <message>
        <source>Findings introduced:</source>
        <translation>新增的检查结果：</translation>
    </message>
    <message>
        <source>Findings resolved:</source>
        <translation>已解决的检查结果：</translation>
    </message>
</context>
<context>
    <name>sg::ui::ConnectivityDock</name>
    <message>
        <source>Connectivity Test</source>
        <translation>连通性测试</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>cluster node address or name</source>
        <translation>集群节点地址或名称</translation>
    </message>
    <message>
        <source>more ports: 8080, 9000-9002/tcp</source>
        <translation>更多端口：8080, 9000-9002/tcp</translation>
    </message>
    <message>
        <source>this machine&apos;s address as the group sees it (optional)</source>
        <translation>安全组所看到的本机地址（可选）</translation>
    </message>
    <message>
        <source>Behind NAT the group sees your public address, not the local one: enter it to compare each result with what the rules allow.</source>
        <translation>在 NAT 之后，安全组看到的是您的公网地址，而不是本地地址：输入该地址后，可将每项测试结果与规则的允许情况进行对比。</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>The rules say</source>
        <translation>规则判定</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Services:</source>
        <translation>服务(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Ports:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>本机地址(&amp;F)：</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>超时(&amp;I)：</translation>
    </message>
    <message>
        <source>%1 of %2 ports open on %3.</source>
        <translation>%3 上 %2 个端口中有 %1 个开放。</translation>
    </message>
    <message>
        <source>Enter the host to test.</source>
        <translation>请输入要测试的主机。</translation>
    </message>
    <message>
        <source>Choose services or enter ports to test.</source>
        <translation>请选择服务或输入要测试的端口。</translation>
    </message>
    <message>
        <source>Testing %1 ports…</source>
        <translation>正在测试 %1 个端口…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>(enter your address to compare)</source>
        <translation>（输入您的地址以进行对比）</translation>
    </message>
    <message>
        <source>allowed by rule %1</source>
        <translation>由规则 %1 允许</translation>
    </message>
    <message>
        <source>denied by rule %1</source>
        <translation>由规则 %1 拒绝</translation>
    </message>
    <message>
        <source>allowed (same group)</source>
        <translation>允许（同一安全组）</translation>
    </message>
    <message>
        <source>denied (no rule)</source>
        <translation>拒绝（无匹配规则）</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>allowed by %1 rule %2</source>
        <translation>由 %1 的规则 %2 允许</translation>
    </message>
    <message>
        <source>denied by %1 rule %2</source>
        <translation>由 %1 的规则 %2 拒绝</translation>
    </message>
</context>
<context>
    <name>sg::ui::DocumentController</name>
    <message>
        <source>Edit %1 of rule %2</source>
        <translation>编辑规则 %2 的%1</translation>
    </message>
    <message>
        <source>Delete rule %1</source>
        <translation>删除规则 %1</translation>
    </message>
    <message>
        <source>Delete %1 rules</source>
        <translation>删除 %1 条规则</translation>
    </message>
    <message>
        <source>Duplicate rule %1</source>
        <translation>创建规则 %1 的副本</translation>
    </message>
    <message>
        <source>Duplicate %1 rules</source>
        <translation>创建 %1 条规则的副本</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation>编辑安全组</translation>
    </message>
</context>
<context>
    <name>sg::ui::DocumentLoader</name>
    <message>
        <source>setup plan</source>
        <translation>配置方案</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Opening — SG Assist</source>
        <translation>正在打开 — SG Assist</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 个项目</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::ui::DriftIndicator</name>
    <message>
        <source>Check for &amp;Drift</source>
        <translation>检查偏差(&amp;D)</translation>
    </message>
    <message>
        <source>Read the document&apos;s security group from Alibaba Cloud and say whether it still equals the document</source>
        <translation>从阿里云读取文档中的安全组，并判断其是否仍与文档一致</translation>
    </message>
    <message>
        <source>Live: not checked</source>
        <translation>云上：未检查</translation>
    </message>
    <message>
        <source>Click to read %1 from Alibaba Cloud (%2) and compare it with the document.</source>
        <translation>单击可从阿里云（%2）读取 %1 并与文档比较。</translation>
    </message>
    <message>
        <source>Live: in sync</source>
        <translation>云上：一致</translation>
    </message>
    <message>
        <source>At %1, %2 was applied and read back equal to the document. Click to check again.</source>
        <translation>于 %1 应用了 %2，重新读取后与文档一致。单击可再次检查。</translation>
    </message>
    <message>
        <source>Live: checking…</source>
        <translation>云上：正在检查…</translation>
    </message>
    <message>
        <source>Reading %1 from Alibaba Cloud</source>
        <translation>正在从阿里云读取 %1</translation>
    </message>
    <message>
        <source>The live group could not be read: %1. Choose the account in File &gt; Open from Alibaba Cloud.</source>
        <translation>无法读取云上的安全组：%1。请在“文件 &gt; 从阿里云打开”中选择账号。</translation>
    </message>
    <message>
        <source>Live: check failed</source>
        <translation>云上：检查失败</translation>
    </message>
    <message>
        <source>%1 could not be read from Alibaba Cloud:
%2</source>
        <translation>无法从阿里云读取 %1：
%2</translation>
    </message>
    <message>
        <source>At %1, %2 in Alibaba Cloud equalled the document. Click to check again.</source>
        <translation>于 %1 检查：阿里云中的 %2 与文档一致。单击可再次检查。</translation>
    </message>
    <message numerus="yes">
        <source>Live: %n difference(s)</source>
        <translation>
            <numerusform>云上：%n 处差异</numerusform>
        </translation>
    </message>
    <message>
        <source>At %1, %2 in Alibaba Cloud differed from the document; Apply to Alibaba Cloud would make these changes:
%3</source>
        <translation>于 %1 检查：阿里云中的 %2 与文档不一致；“应用到阿里云”将做出以下更改：
%3</translation>
    </message>
</context>
<context>
    <name>sg::ui::ExportDialog</name>
    <message>
        <source>Export — SG Assist</source>
        <translation>导出 — SG Assist</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
</context>
<context>
    <name>sg::ui::ExportPage</name>
    <message>
        <source>&amp;Write files now</source>
        <translation>立即写入文件(&amp;W)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Write the rules for the console, the aliyun CLI, Terraform or ROS. The rule set also opens in the main window, where you can save it as a project.</source>
        <translation>生成可用于控制台、aliyun CLI、Terraform 或 ROS 的规则文件。规则集还会在主窗口中打开，您可以在那里将其保存为项目文件。</translation>
    </message>
</context>
<context>
    <name>sg::ui::ExportPanel</name>
    <message>
        <source>— at most %1 rules a file; larger sets are split</source>
        <translation>— 每个文件最多 %1 条规则，超出时拆分为多个文件</translation>
    </message>
    <message>
        <source>Export To — SG Assist</source>
        <translation>导出到 — SG Assist</translation>
    </message>
    <message>
        <source>&amp;Create Folder</source>
        <translation>新建文件夹(&amp;C)</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>浏览(&amp;S)…</translation>
    </message>
    <message>
        <source>Create the folder, with any missing folders above it</source>
        <translation>创建该文件夹及所有缺失的上级文件夹</translation>
    </message>
    <message>
        <source>Fo&amp;rmats:</source>
        <translation>格式(&amp;R)：</translation>
    </message>
    <message>
        <source>Fol&amp;der:</source>
        <translation>文件夹(&amp;D)：</translation>
    </message>
    <message>
        <source>File n&amp;ame:</source>
        <translation>文件名(&amp;A)：</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>请至少选择一种格式。</translation>
    </message>
    <message>
        <source>Choose the folder to write to.</source>
        <translation>请选择要写入的文件夹。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 是文件，而不是文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: create it, or choose another.</source>
        <translation>文件夹 %1 不存在：请新建该文件夹，或选择其他文件夹。</translation>
    </message>
    <message>
        <source>Enter a file name.</source>
        <translation>请输入文件名。</translation>
    </message>
    <message>
        <source>Cannot Create Folder — SG Assist</source>
        <translation>无法创建文件夹 — SG Assist</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>sg::ui::ExposureChartDock</name>
    <message>
        <source>Exposure</source>
        <translation>暴露面</translation>
    </message>
    <message>
        <source>Exposure chart</source>
        <translation>暴露面图表</translation>
    </message>
    <message>
        <source>Save &amp;PNG…</source>
        <translation>保存为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>保存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>No inbound port is open.</source>
        <translation>没有开放的入方向端口。</translation>
    </message>
    <message>
        <source>%1 open port ranges; %2 reachable from the internet. Click a bar to select its rules.</source>
        <translation>共 %1 个开放的端口范围，其中 %2 个可从整个互联网访问。单击柱形可选中相应的规则。</translation>
    </message>
    <message>
        <source>Save Chart as PDF — SG Assist</source>
        <translation>将图表保存为 PDF — SG Assist</translation>
    </message>
    <message>
        <source>Save Chart as PNG — SG Assist</source>
        <translation>将图表保存为 PNG — SG Assist</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Save Failed — SG Assist</source>
        <translation>保存失败 — SG Assist</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Analysing the rules…</source>
        <translation>正在分析规则…</translation>
    </message>
</context>
<context>
    <name>sg::ui::ExposurePlot</name>
    <message>
        <source>Widest source that reaches the ports</source>
        <translation>可访问端口的最大范围访问来源</translation>
    </message>
    <message>
        <source>No finding</source>
        <translation>无检查结果</translation>
    </message>
</context>
<context>
    <name>sg::ui::FindingActions</name>
    <message>
        <source>An interface&apos;s findings are fixed and accepted in their group: select the group</source>
        <translation>弹性网卡的检查结果需在其所属安全组中修复和接受：请选择该安全组</translation>
    </message>
    <message numerus="yes">
        <source>Fix %n rule(s) of %1</source>
        <translation>
            <numerusform>修复 %1 的 %n 条规则</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fixed %n rule(s) of %1; Edit &gt; Undo brings them back.</source>
        <translation>
            <numerusform>已修复 %1 的 %n 条规则；使用“编辑 &gt; 撤销”可恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept This Risk — SG Assist</source>
        <translation>接受此风险 — SG Assist</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n finding(s) until %1 in %2.</source>
        <translation>
            <numerusform>已在 %2 中接受 %n 条检查结果，到期日期为 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Baseline — SG Assist</source>
        <translation>基线 — SG Assist</translation>
    </message>
    <message>
        <source>Baseline (*.json);;All files (*)</source>
        <translation>基线文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Accepted risks from %1 apply to this workspace.</source>
        <translation>%1 中已接受的风险现已应用于此工作区。</translation>
    </message>
</context>
<context>
    <name>sg::ui::FindingsDock</name>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Filter findings…</source>
        <translation>筛选检查结果…</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>所有级别</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>%1及以上</translation>
    </message>
    <message>
        <source>Analysing 1 rule…</source>
        <translation>正在分析 1 条规则…</translation>
    </message>
    <message>
        <source>Analysing %L1 rules…</source>
        <translation>正在分析 %L1 条规则…</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation>修复(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Accept This Risk…</source>
        <translation>接受此风险(&amp;A)…</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>修复…</translation>
    </message>
    <message>
        <source>Accept Risk…</source>
        <translation>接受风险…</translation>
    </message>
    <message>
        <source>Narrow or remove the rules of the selected findings, keeping your own access</source>
        <translation>收窄或删除所选检查结果涉及的规则，同时保留您自己的访问权限</translation>
    </message>
    <message>
        <source>Record the selected findings as accepted risks in the baseline file, with a reason and an expiry date</source>
        <translation>将所选检查结果作为已接受的风险记录到基线文件中，并附上原因和到期日期</translation>
    </message>
    <message>
        <source>Select findings first</source>
        <translation>请先选择检查结果</translation>
    </message>
    <message>
        <source>These findings are not fixed by changing rules</source>
        <translation>这些检查结果无法通过修改规则来修复</translation>
    </message>
    <message>
        <source>Accepted already, or an expired exemption (edit the baseline file)</source>
        <translation>已被接受，或是已过期的豁免（请编辑基线文件）</translation>
    </message>
    <message>
        <source>Supply &amp;Values…</source>
        <translation>提供取值(&amp;V)…</translation>
    </message>
    <message>
        <source>Give the variables or parameters the files leave without a value, and read them again</source>
        <translation>为文件中没有取值的变量或参数提供取值，并重新读取文件</translation>
    </message>
</context>
<context>
    <name>sg::ui::FixDialog</name>
    <message>
        <source>&amp;Narrow the rules to these sources:</source>
        <translation>将规则收窄到以下访问来源(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Remove the rules</source>
        <translation>删除这些规则(&amp;R)</translation>
    </message>
    <message>
        <source>10.0.0.0/8 (your VPN or office), one per line</source>
        <translation>10.0.0.0/8（您的 VPN 或办公网络），每行一个</translation>
    </message>
    <message>
        <source>203.0.113.10 (your own address), one per line</source>
        <translation>203.0.113.10（您自己的地址），每行一个</translation>
    </message>
    <message>
        <source>&amp;Detect My Address…</source>
        <translation>检测我的地址(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Apply Fix</source>
        <translation>应用修复(&amp;A)</translation>
    </message>
    <message>
        <source>Fix Findings of %1 — SG Assist</source>
        <translation>修复 %1 的检查结果 — SG Assist</translation>
    </message>
    <message numerus="yes">
        <source>Fix %n finding(s) of %1, on rule(s) %2. Only these rules change; every other rule stays exactly as it is. A change after which a kept address no longer reaches SSH or RDP is not made.</source>
        <translation>
            <numerusform>修复 %1 的 %n 条检查结果，涉及规则 %2。只有这些规则会被修改，其他所有规则保持原样。如果某项更改会导致保留的地址无法再访问 SSH 或 RDP，则不会做出该更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>将要做出的更改</translation>
    </message>
    <message>
        <source>Inbound rules are narrowed to the kept addresses too, so that they keep their access.</source>
        <translation>入方向规则收窄时也会包含保留的地址，使这些地址保持访问权限。</translation>
    </message>
    <message>
        <source>Keep reaching SSH and RDP from</source>
        <translation>保持以下地址对 SSH 和 RDP 的访问</translation>
    </message>
    <message>
        <source>Your own address, so that you do not lock yourself out.</source>
        <translation>请填写您自己的地址，以免把自己锁定在外。</translation>
    </message>
    <message>
        <source>Your own address, so that you do not lock yourself out. The group&apos;s Workbench ranges are already listed: without them Workbench cannot connect.</source>
        <translation>请填写您自己的地址，以免把自己锁定在外。该安全组的 Workbench 地址段已列出：没有它们，Workbench 将无法连接。</translation>
    </message>
    <message>
        <source>Lockout proof</source>
        <translation>防锁定验证</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Then appl&amp;y the fixed group to Alibaba Cloud (%1), after a review</source>
        <translation>然后经审查后将修复后的安全组应用到阿里云（%1）(&amp;Y)</translation>
    </message>
    <message>
        <source>Then appl&amp;y the fixed group to Alibaba Cloud</source>
        <translation>然后将修复后的安全组应用到阿里云(&amp;Y)</translation>
    </message>
    <message>
        <source>The group has no id: set it in Edit &gt; Security Group to apply it</source>
        <translation>该安全组没有 ID：请先在“编辑 &gt; 安全组”中设置，然后再应用</translation>
    </message>
    <message>
        <source>Your public address: %1</source>
        <translation>您的公网地址：%1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1“%2”：%3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: give an IPv4 or IPv6 address or CIDR block</source>
        <translation>%1“%2”：请填写 IPv4 或 IPv6 地址或 CIDR 地址段</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>访问来源</translation>
    </message>
    <message>
        <source>Kept address</source>
        <translation>保留的地址</translation>
    </message>
    <message>
        <source>Checking the fix…</source>
        <translation>正在检查修复…</translation>
    </message>
    <message>
        <source>No address to keep: nothing proves that you keep SSH and RDP. Add your own address (Detect My Address) to be sure the fix does not lock you out.</source>
        <translation>没有要保留的地址：无法证明您仍能访问 SSH 和 RDP。请添加您自己的地址（检测我的地址），以确保修复不会把您锁定在外。</translation>
    </message>
    <message>
        <source>Not changed: %1 %2.</source>
        <translation>未修改：%1 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) cannot be fixed by narrowing or removing rules (a missing description, an expired exemption, a finding about the group as a whole).</source>
        <translation>
            <numerusform>%n 条检查结果无法通过收窄或删除规则来修复（缺少描述、豁免已过期、针对整个安全组的检查结果）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The fix removes %n rule(s).</source>
        <translation>
            <numerusform>修复将删除 %n 条规则。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The fix narrows %n rule(s).</source>
        <translation>
            <numerusform>修复将收窄 %n 条规则。</numerusform>
        </translation>
    </message>
    <message>
        <source>The fix narrows %1 and removes %2.</source>
        <translation>修复将收窄 %1，删除 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n 条规则</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused: they would lock a kept address out (see the lockout proof).</source>
        <translation>
            <numerusform>已拒绝 %n 项更改：它们会把保留的地址锁定在外（见“防锁定验证”）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing else would change.</source>
        <translation>不会有其他更改。</translation>
    </message>
    <message>
        <source>Nothing would change.</source>
        <translation>不会有任何更改。</translation>
    </message>
    <message>
        <source>Every kept address reaches SSH and RDP after the fix wherever it did before.</source>
        <translation>修复后，每个保留的地址在修复前能访问的 SSH 和 RDP 仍然都能访问。</translation>
    </message>
    <message>
        <source>%1 now</source>
        <translation>%1（当前）</translation>
    </message>
    <message>
        <source>%1 fixed</source>
        <translation>%1（修复后）</translation>
    </message>
    <message>
        <source>none was found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>%1, a private address that the cloud does not see behind NAT</source>
        <translation>%1，这是私网地址，在 NAT 之后云端看不到该地址</translation>
    </message>
    <message>
        <source>Detect My Address — SG Assist</source>
        <translation>检测我的地址 — SG Assist</translation>
    </message>
    <message>
        <source>To learn the public address your connections come from, SG Assist can ask %1: it sends one HTTPS request to that service, which sees your address.

Ask it now? Otherwise this computer&apos;s own address is used (%2).</source>
        <translation>为了获知您的连接所使用的公网地址，SG Assist 可以询问 %1：它会向该服务发送一个 HTTPS 请求，该服务会看到您的地址。

是否立即询问？否则将使用本机自己的地址（%2）。</translation>
    </message>
    <message>
        <source>&amp;Ask %1</source>
        <translation>询问 %1(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Use This Computer&apos;s Address</source>
        <translation>使用本机地址(&amp;U)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>正在询问 %1…</translation>
    </message>
    <message>
        <source>This computer has no address to use: type yours.</source>
        <translation>本机没有可用的地址：请手动输入您的地址。</translation>
    </message>
    <message>
        <source>%1 is private: the cloud sees another address when you are behind NAT.</source>
        <translation>%1 是私网地址：当您位于 NAT 之后时，云端看到的是另一个地址。</translation>
    </message>
    <message>
        <source>This computer&apos;s address: %1</source>
        <translation>本机地址：%1</translation>
    </message>
</context>
<context>
    <name>sg::ui::GroupDialog</name>
    <message>
        <source>Security Group — SG Assist</source>
        <translation>安全组 — SG Assist</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>普通安全组</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业级安全组</translation>
    </message>
    <message>
        <source>Members reach each other (Accept)</source>
        <translation>组内互通（Accept）</translation>
    </message>
    <message>
        <source>Members are isolated (Drop)</source>
        <translation>组内隔离（Drop）</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <source>Security group &amp;ID:</source>
        <translation>安全组 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;VPC:</source>
        <translation>VPC(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Intra-group access:</source>
        <translation>组内连通策略(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>sg::ui::KeychainStore</name>
    <message>
        <source>the system keychain holds no key of SG Assist</source>
        <translation>系统钥匙串中没有 SG Assist 的密钥</translation>
    </message>
    <message>
        <source>the system keychain refused access (%1)</source>
        <translation>系统钥匙串拒绝了访问（%1）</translation>
    </message>
    <message>
        <source>the system keychain is not available (%1)</source>
        <translation>系统钥匙串不可用（%1）</translation>
    </message>
    <message>
        <source>the system keychain did not answer within %1 seconds</source>
        <translation>系统钥匙串在 %1 秒内未响应</translation>
    </message>
</context>
<context>
    <name>sg::ui::MainWindow</name>
    <message>
        <source>&amp;New Setup…</source>
        <translation>新建配置(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open a Rule File…</source>
        <translation>打开规则文件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add Rule…</source>
        <translation>添加规则(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit Rule…</source>
        <translation>编辑规则(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Bulk Edit…</source>
        <translation>批量编辑(&amp;B)…</translation>
    </message>
    <message>
        <source>Security &amp;Group…</source>
        <translation>安全组(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Filter Rules</source>
        <translation>筛选规则(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SG Assist</source>
        <translation>关于 SG Assist(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Export Failed — SG Assist</source>
        <translation>导出失败 — SG Assist</translation>
    </message>
    <message>
        <source>Wrote %1 file(s) to %2</source>
        <translation>已将 %1 个文件写入 %2</translation>
    </message>
    <message>
        <source>Rule files and plans (*.json *.sgassist *.csv *.tf *.yaml *.yml)</source>
        <translation>规则文件和配置方案 (*.json *.sgassist *.csv *.tf *.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>The setup plan cannot be built. Nothing was changed.</source>
        <translation>无法根据该配置方案生成规则，未做任何更改。</translation>
    </message>
    <message>
        <source>The plan was built with warnings.</source>
        <translation>已根据配置方案生成规则，但存在警告。</translation>
    </message>
    <message>
        <source>The file could not be read. Nothing was changed.</source>
        <translation>无法读取该文件，未做任何更改。</translation>
    </message>
    <message>
        <source>The file has problems and was not opened; the current document is unchanged. Fix these and open it again.</source>
        <translation>文件存在问题，未打开，当前文档保持不变。请修正以下问题后重新打开。</translation>
    </message>
    <message>
        <source>The file was opened with warnings.</source>
        <translation>文件已打开，但存在警告。</translation>
    </message>
    <message>
        <source>Opened %1 (%2)</source>
        <translation>已打开 %1（%2）</translation>
    </message>
    <message>
        <source>Save Project — SG Assist</source>
        <translation>保存项目 — SG Assist</translation>
    </message>
    <message>
        <source>SG Assist project (*.sgassist)</source>
        <translation>SG Assist 项目文件 (*.sgassist)</translation>
    </message>
    <message>
        <source>Save Failed — SG Assist</source>
        <translation>保存失败 — SG Assist</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>the new rule set</source>
        <translation>新规则集</translation>
    </message>
    <message>
        <source>Unsaved Changes — SG Assist</source>
        <translation>未保存的更改 — SG Assist</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing it?</source>
        <translation>关闭前是否保存对“%1”的更改？</translation>
    </message>
    <message>
        <source>File Not Found — SG Assist</source>
        <translation>找不到文件 — SG Assist</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 已不存在。</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>a new rule set</source>
        <translation>新规则集</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes? — SG Assist</source>
        <translation>恢复未保存的更改？ — SG Assist</translation>
    </message>
    <message>
        <source>SG Assist did not close normally. Unsaved changes to %1 from %2 were kept.

Recover them?</source>
        <translation>SG Assist 上次未正常关闭，已保留对“%1”的未保存更改（%2）。

是否恢复？</translation>
    </message>
    <message>
        <source>The kept changes could not be read.</source>
        <translation>无法读取保留的更改。</translation>
    </message>
    <message>
        <source>SG Assist</source>
        <translation>SG Assist</translation>
    </message>
    <message>
        <source>%1[*] — SG Assist</source>
        <translation>%1[*] — SG Assist</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>1 rule</source>
        <translation>1 条规则</translation>
    </message>
    <message>
        <source>Console import: %1 file(s) of ≤%2 · API: %3 call(s) of ≤%4 · Interface: %5/%6</source>
        <translation>控制台导入：%1 个文件（每个 ≤%2 条）· API：%3 次调用（每次 ≤%4 条）· 弹性网卡：%5/%6</translation>
    </message>
    <message>
        <source>About SG Assist</source>
        <translation>关于 SG Assist</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SG Assist %1&lt;/h3&gt;&lt;p&gt;Build, review and export Alibaba Cloud security group rules for E-HPC clusters and Workbench tools.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SG Assist %1&lt;/h3&gt;&lt;p&gt;为 E-HPC 集群和 Workbench 工具构建、检查并导出阿里云安全组规则。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证（GPL）第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dupli&amp;cate</source>
        <translation>创建副本(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The language changes the next time SG Assist starts.</source>
        <translation>语言设置将在下次启动 SG Assist 时生效。</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Export Audit Report — SG Assist</source>
        <translation>导出审计报告 — SG Assist</translation>
    </message>
    <message>
        <source>HTML page (*.html);;PDF document (*.pdf)</source>
        <translation>HTML 页面 (*.html);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Co&amp;mpare With File…</source>
        <translation>与文件比较(&amp;M)…</translation>
    </message>
    <message>
        <source>Compare With — SG Assist</source>
        <translation>选择要比较的文件 — SG Assist</translation>
    </message>
    <message>
        <source>Rule files (*.json *.sgassist *.csv);;All files (*)</source>
        <translation>规则文件 (*.json *.sgassist *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Compare With Sa&amp;ved Version</source>
        <translation>与已保存的版本比较(&amp;V)</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled; nothing was changed.</source>
        <translation>已取消打开 %1，未做任何更改。</translation>
    </message>
    <message>
        <source>Report Failed — SG Assist</source>
        <translation>报告导出失败 — SG Assist</translation>
    </message>
    <message>
        <source>Wrote the audit report to %1</source>
        <translation>已将审计报告写入 %1</translation>
    </message>
    <message>
        <source>The file to compare with has problems.</source>
        <translation>要比较的文件存在问题。</translation>
    </message>
    <message>
        <source>the open rule set</source>
        <translation>当前打开的规则集</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translation>%1（当前打开）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Findings by severity; the Findings panel lists them</source>
        <translation>按严重程度统计的检查结果；“检查结果”面板中列出了详细信息</translation>
    </message>
    <message>
        <source>Show in File &amp;Order</source>
        <translation>按文件顺序显示(&amp;O)</translation>
    </message>
    <message>
        <source>Undo the column sort: show the rules in the order of the file, which Move Up and Move Down change</source>
        <translation>取消按列排序：按规则在文件中的顺序显示（“上移”和“下移”会改变该顺序）</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Save</source>
        <translation>不保存(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%L1 of %L2 rules shown</source>
        <translation>显示 %L1 条规则（共 %L2 条）</translation>
    </message>
    <message>
        <source>%L1 rules</source>
        <translation>%L1 条规则</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>正在分析…</translation>
    </message>
    <message>
        <source>The rules changed; their findings follow when the analysis ends</source>
        <translation>规则已更改；分析完成后将显示新的检查结果</translation>
    </message>
    <message>
        <source>The table is sorted by a column: use View &gt; Show in File Order to move rules</source>
        <translation>表格已按列排序：要移动规则，请先选择“视图 &gt; 按文件顺序显示”</translation>
    </message>
    <message>
        <source>Language — SG Assist</source>
        <translation>语言 — SG Assist</translation>
    </message>
    <message>
        <source>SG Assist shows the new language after a restart.

Restart now?</source>
        <translation>重新启动 SG Assist 后才会显示新语言。

是否立即重新启动？</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>立即重新启动(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>Restart Failed — SG Assist</source>
        <translation>重新启动失败 — SG Assist</translation>
    </message>
    <message>
        <source>Start SG Assist again to see the new language.</source>
        <translation>请再次启动 SG Assist 以显示新语言。</translation>
    </message>
    <message>
        <source>&lt;h2&gt;SG Assist&lt;/h2&gt;&lt;p&gt;Build and review Alibaba Cloud security group rules for E-HPC clusters and Workbench tools.&lt;/p&gt;&lt;p&gt;Start a new setup, or open the output of &lt;code&gt;aliyun ecs DescribeSecurityGroupAttribute&lt;/code&gt;, an SG Assist project or a setup plan, or a folder of them with the network interfaces that carry the groups. You can also drop files or a folder on this window.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;SG Assist&lt;/h2&gt;&lt;p&gt;为 E-HPC 集群和 Workbench 工具构建并检查阿里云安全组规则。&lt;/p&gt;&lt;p&gt;新建配置，或打开 &lt;code&gt;aliyun ecs DescribeSecurityGroupAttribute&lt;/code&gt; 的输出、SG Assist 项目文件或配置方案，也可以打开包含这些文件以及关联这些安全组的弹性网卡的文件夹。您还可以将文件或文件夹拖放到此窗口中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a &amp;Folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>The baseline file has problems and is not applied: findings are shown without it.</source>
        <translation>基线文件存在问题，未应用：显示的检查结果未考虑基线。</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Open from Alibaba C&amp;loud…</source>
        <translation>从阿里云打开(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Baseline…</source>
        <translation>基线(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the file of accepted risks (sgassist-cli check --baseline) that applies to this workspace; by default %1 beside it</source>
        <translation>选择适用于此工作区的已接受风险文件（sgassist-cli check --baseline）；默认为工作区旁边的 %1</translation>
    </message>
    <message>
        <source>Appl&amp;y to Alibaba Cloud…</source>
        <translation>应用到阿里云(&amp;Y)…</translation>
    </message>
    <message>
        <source>Open Rule Files — SG Assist</source>
        <translation>打开规则文件 — SG Assist</translation>
    </message>
    <message>
        <source>Open Folder — SG Assist</source>
        <translation>打开文件夹 — SG Assist</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 个项目</numerusform>
        </translation>
    </message>
    <message>
        <source>No security group rules were found. Nothing was changed.</source>
        <translation>未找到安全组规则，未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>— %n group(s)</source>
        <translation>
            <numerusform>— %n 个安全组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n network interface(s)</source>
        <translation>
            <numerusform>和 %n 个弹性网卡</numerusform>
        </translation>
    </message>
    <message>
        <source>(skipped, not rule files: %1)</source>
        <translation>（已跳过非规则文件：%1）</translation>
    </message>
    <message>
        <source>Analysing the rules for the report…</source>
        <translation>正在为报告分析规则…</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>正在准备报告…</translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation>正在与 %1 比较…</translation>
    </message>
    <message>
        <source>Compare — SG Assist</source>
        <translation>比较 — SG Assist</translation>
    </message>
    <message>
        <source>%1 holds no group %2 to compare with.</source>
        <translation>%1 中没有可供比较的安全组 %2。</translation>
    </message>
    <message>
        <source>%1, group %2</source>
        <translation>%1，安全组 %2</translation>
    </message>
    <message>
        <source>Interface: %1/%2 rules of its groups together</source>
        <translation>弹性网卡：所关联安全组的规则合计 %1/%2 条</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>已接受 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>The rules of a network interface are read-only here: select one of its groups to edit</source>
        <translation>弹性网卡的规则在此处为只读：请选择其关联的某个安全组进行编辑</translation>
    </message>
    <message>
        <source>Make %1 in Alibaba Cloud equal to this document, after a review</source>
        <translation>经审查后，使阿里云中的 %1 与此文档一致</translation>
    </message>
    <message>
        <source>The document names no security group: set its id in Edit &gt; Security Group</source>
        <translation>文档未指定安全组：请在“编辑 &gt; 安全组”中设置其 ID</translation>
    </message>
</context>
<context>
    <name>sg::ui::NotesDock</name>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes for this rule set: why a rule exists, who asked for it, what to review…</source>
        <translation>此规则集的备注：规则的用途、由谁申请、需要复核什么…</translation>
    </message>
</context>
<context>
    <name>sg::ui::OpenFromCloudDialog</name>
    <message>
        <source>Lis&amp;t Groups</source>
        <translation>列出安全组(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Check All</source>
        <translation>全选(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Uncheck All</source>
        <translation>全不选(&amp;U)</translation>
    </message>
    <message>
        <source>Also read the region&apos;s &amp;network interfaces (which instances each group protects)</source>
        <translation>同时读取该地域的弹性网卡（了解每个安全组保护哪些实例）(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Pull and Open</source>
        <translation>拉取并打开(&amp;P)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Open from Alibaba Cloud — SG Assist</source>
        <translation>从阿里云打开 — SG Assist</translation>
    </message>
    <message>
        <source>Read the names of the region&apos;s security groups (DescribeSecurityGroups); no rules yet.</source>
        <translation>读取该地域安全组的名称（DescribeSecurityGroups），暂不读取规则。</translation>
    </message>
    <message>
        <source>Filter by id, name or VPC</source>
        <translation>按 ID、名称或 VPC 筛选</translation>
    </message>
    <message>
        <source>Security group</source>
        <translation>安全组</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>the folder to write the groups into</source>
        <translation>用于写入安全组的文件夹</translation>
    </message>
    <message>
        <source>Read the ticked groups with every rule (Describe actions only), write one file per group into the folder, and open the folder.</source>
        <translation>读取勾选的安全组及其全部规则（仅调用 Describe 类操作），为每个安全组在文件夹中写入一个文件，然后打开该文件夹。</translation>
    </message>
    <message>
        <source>Account and region</source>
        <translation>账号和地域</translation>
    </message>
    <message>
        <source>&amp;Groups to pull:</source>
        <translation>要拉取的安全组(&amp;G)：</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Listing the groups was cancelled.</source>
        <translation>已取消列出安全组。</translation>
    </message>
    <message>
        <source>The security groups could not be listed.</source>
        <translation>无法列出安全组。</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业级安全组</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>普通安全组</translation>
    </message>
    <message>
        <source>%1 has no security groups that %2 may see.</source>
        <translation>%1 中没有 %2 有权查看的安全组。</translation>
    </message>
    <message numerus="yes">
        <source>%n security group(s) in %1, read with %2. Tick those to pull.</source>
        <translation>
            <numerusform>%1 中有 %n 个安全组（使用 %2 读取）。请勾选要拉取的安全组。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pull Into Folder — SG Assist</source>
        <translation>拉取到文件夹 — SG Assist</translation>
    </message>
    <message>
        <source>Folder Not Empty — SG Assist</source>
        <translation>文件夹不为空 — SG Assist</translation>
    </message>
    <message>
        <source>%1 already holds files. The pulled groups replace files of the same name; the other files stay and open with them.

Pull into this folder?</source>
        <translation>%1 中已有文件。拉取的安全组会替换同名文件；其他文件保留，并与它们一起打开。

是否拉取到此文件夹？</translation>
    </message>
    <message>
        <source>&amp;Pull Into It</source>
        <translation>拉取到此文件夹(&amp;P)</translation>
    </message>
    <message>
        <source>Choose &amp;Another</source>
        <translation>选择其他文件夹(&amp;A)</translation>
    </message>
    <message>
        <source>The pull was cancelled; nothing was written.</source>
        <translation>已取消拉取，未写入任何内容。</translation>
    </message>
    <message>
        <source>The security groups could not be read; nothing was written.</source>
        <translation>无法读取安全组，未写入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>未写入任何内容：%1</translation>
    </message>
</context>
<context>
    <name>sg::ui::OperationProgress</name>
    <message>
        <source>%1; trying again in %2 s</source>
        <translation>%1；%2 秒后重试</translation>
    </message>
</context>
<context>
    <name>sg::ui::ProblemsDialog</name>
    <message>
        <source>Problems in %1 — SG Assist</source>
        <translation>%1 中的问题 — SG Assist</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>&amp;Copy All</source>
        <translation>全部复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>sg::ui::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>检查规则</translation>
    </message>
    <message>
        <source>These are the rules the cluster gets. Go back to change anything.</source>
        <translation>以下是将为集群创建的规则。如需修改，请返回上一步。</translation>
    </message>
    <message>
        <source>1 inbound rule.</source>
        <translation>共 1 条入方向规则。</translation>
    </message>
    <message>
        <source>%1 inbound rules.</source>
        <translation>共 %1 条入方向规则。</translation>
    </message>
    <message>
        <source>%1 inbound rules; %2 of them admit a wide or public source (marked in bold).</source>
        <translation>共 %1 条入方向规则，其中 %2 条允许大范围或公网访问来源（以粗体标记）。</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>检查结果：</translation>
    </message>
</context>
<context>
    <name>sg::ui::RuleDialog</name>
    <message>
        <source>Rule — SG Assist</source>
        <translation>规则 — SG Assist</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>入方向</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>出方向</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>22, 6817-6819 or 8888/8888</source>
        <translation>22、6817-6819 或 8888/8888</translation>
    </message>
    <message>
        <source>203.0.113.10/32, 2001:db8::/48, sg-… or pl-…</source>
        <translation>203.0.113.10/32、2001:db8::/48、sg-… 或 pl-…</translation>
    </message>
    <message>
        <source>1 to 100; smaller numbers are evaluated first, and at equal priority a deny wins</source>
        <translation>取值 1～100，数值越小优先级越高；优先级相同时，拒绝策略优先生效</translation>
    </message>
    <message>
        <source>Intranet (VPC)</source>
        <translation>内网（VPC）</translation>
    </message>
    <message>
        <source>Internet (classic network)</source>
        <translation>公网（经典网络）</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>方向(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation>授权策略(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation>协议类型(&amp;R)：</translation>
    </message>
    <message>
        <source>P&amp;orts:</source>
        <translation>端口范围(&amp;O)：</translation>
    </message>
    <message>
        <source>Pr&amp;iority:</source>
        <translation>优先级(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;NIC type:</source>
        <translation>网卡类型(&amp;N)：</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>描述(&amp;E)：</translation>
    </message>
    <message>
        <source>%1 has no ports</source>
        <translation>%1 不使用端口</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>访问来源(&amp;S)：</translation>
    </message>
    <message>
        <source>Ports: %1</source>
        <translation>端口范围：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>访问来源：%1</translation>
    </message>
    <message>
        <source>Destination: %1</source>
        <translation>访问目的：%1</translation>
    </message>
    <message>
        <source>Des&amp;tination:</source>
        <translation>访问目的(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>sg::ui::RuleItemDelegate</name>
    <message>
        <source>Inbound</source>
        <translation>入方向</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>出方向</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>1 to 100; smaller numbers are evaluated first</source>
        <translation>取值 1～100，数值越小优先级越高</translation>
    </message>
</context>
<context>
    <name>sg::ui::RulesView</name>
    <message>
        <source>Add Rule — SG Assist</source>
        <translation>添加规则 — SG Assist</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>Edit Rule %1 — SG Assist</source>
        <translation>编辑规则 %1 — SG Assist</translation>
    </message>
    <message>
        <source>Edit rule %1</source>
        <translation>编辑规则 %1</translation>
    </message>
    <message>
        <source>Edit %1 rules</source>
        <translation>编辑 %1 条规则</translation>
    </message>
    <message>
        <source>Rule %1 not changed: %2</source>
        <translation>规则 %1 未修改：%2</translation>
    </message>
    <message>
        <source>enterprise group</source>
        <translation>企业级安全组</translation>
    </message>
    <message>
        <source>basic group</source>
        <translation>普通安全组</translation>
    </message>
    <message>
        <source>Filter rules…</source>
        <translation>筛选规则…</translation>
    </message>
    <message>
        <source>Shows the rules whose port, address, service or description contains the text (Ctrl+F)</source>
        <translation>显示端口、地址、服务或描述中包含该文本的规则（Ctrl+F）</translation>
    </message>
    <message>
        <source>groups %1, evaluated together (read-only)</source>
        <translation>安全组 %1，合并评估（只读）</translation>
    </message>
</context>
<context>
    <name>sg::ui::SchedulerPage</name>
    <message>
        <source>Scheduler</source>
        <translation>调度器</translation>
    </message>
    <message>
        <source>The job scheduler&apos;s daemons talk to each other over these ports.</source>
        <translation>作业调度器的各守护进程之间通过以下端口通信。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No s&amp;cheduler</source>
        <translation>不使用调度器(&amp;C)</translation>
    </message>
</context>
<context>
    <name>sg::ui::ServicesPage</name>
    <message>
        <source>Include the &amp;complete upstream ports</source>
        <translation>包含上游软件的全部端口(&amp;C)</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Open only what the cluster needs: every port is a way in.</source>
        <translation>只开放集群需要的端口：每个开放的端口都是一个入口。</translation>
    </message>
    <message>
        <source>E-HPC</source>
        <translation>E-HPC</translation>
    </message>
    <message>
        <source>Workbench tools</source>
        <translation>Workbench 工具</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1. &lt;i&gt;%2.&lt;/i&gt;</source>
        <translation>%1。&lt;i&gt;%2。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>The source document lists the minimum. Upstream software also uses: %1. Add them only if your setup uses those features.</source>
        <translation>参考文档只列出了最少所需的端口。上游软件还会用到：%1。仅当您的环境使用这些功能时才需要添加。</translation>
    </message>
    <message>
        <source>To continue, choose at least one service or a scheduler.</source>
        <translation>要继续，请至少选择一个服务或调度器。</translation>
    </message>
</context>
<context>
    <name>sg::ui::SetupWizard</name>
    <message>
        <source>New Security Group Setup — SG Assist</source>
        <translation>新建安全组配置 — SG Assist</translation>
    </message>
</context>
<context>
    <name>sg::ui::SourcesPage</name>
    <message>
        <source>Who May Connect</source>
        <translation>允许谁访问</translation>
    </message>
    <message>
        <source>One source per line: an IPv4 or IPv6 address or CIDR block (203.0.113.10/32, 2001:db8::/48), a security group (sg-…) or a prefix list (pl-…).</source>
        <translation>每行一个访问来源：IPv4 或 IPv6 地址或 CIDR 地址段（203.0.113.10/32、2001:db8::/48）、安全组（sg-…）或前缀列表（pl-…）。</translation>
    </message>
    <message>
        <source>%1 — for %2</source>
        <translation>%1 — 用于 %2</translation>
    </message>
    <message>
        <source>Leave empty to use the sources of %1.</source>
        <translation>留空则使用“%1”的访问来源。</translation>
    </message>
    <message>
        <source>Prefer the cluster nodes&apos; security group (sg-…): traffic from a group is more precise than an IP range.</source>
        <translation>建议使用集群节点所在的安全组（sg-…）：按安全组授权比按 IP 地址段授权更精确。</translation>
    </message>
    <message>
        <source>Only your monitoring servers: these ports expose internal performance data.</source>
        <translation>仅限您的监控服务器：这些端口会暴露内部性能数据。</translation>
    </message>
    <message>
        <source>%1 is the whole internet (or most of it): %2 would be reachable from anywhere.</source>
        <translation>%1 覆盖整个（或几乎整个）互联网：%2 将可从任何地方访问。</translation>
    </message>
    <message>
        <source>%1 is a wide public range: %2 would be reachable from many hosts you do not control.</source>
        <translation>%1 是很大的公网地址段：%2 将可被许多不受您控制的主机访问。</translation>
    </message>
    <message>
        <source>%1 is a CIDR block: a security group reference would be more precise.</source>
        <translation>%1 是 CIDR 地址段：引用安全组会更精确。</translation>
    </message>
    <message>
        <source>To continue, complete: %1.</source>
        <translation>要继续，请填写：%1。</translation>
    </message>
    <message>
        <source>Enter at least one source for %1, here or under %2.</source>
        <translation>请在此处或“%2”中为 %1 至少填写一个访问来源。</translation>
    </message>
    <message>
        <source>Enter at least one source for %1.</source>
        <translation>请为 %1 至少填写一个访问来源。</translation>
    </message>
    <message>
        <source>Connect through &amp;Workbench</source>
        <translation>通过 Workbench 连接(&amp;W)</translation>
    </message>
    <message>
        <source>Over the &amp;public network</source>
        <translation>通过公网(&amp;P)</translation>
    </message>
    <message>
        <source>Over the p&amp;rivate network (VPC)</source>
        <translation>通过私网（VPC）(&amp;R)</translation>
    </message>
    <message>
        <source>China site</source>
        <translation>中国站</translation>
    </message>
    <message>
        <source>International site</source>
        <translation>国际站</translation>
    </message>
    <message>
        <source>Workbench, the console&apos;s remote connection, reaches your instances from Alibaba Cloud&apos;s own address ranges, not from your computer. Without rules for those ranges it cannot open SSH (or RDP, when selected). The ranges differ by site and connection type.</source>
        <translation>Workbench 是控制台的远程连接工具，它从阿里云自己的地址段（而不是从您的计算机）访问您的实例。如果没有允许这些地址段的规则，它就无法打开 SSH 连接（选择了 RDP 时也无法打开 RDP 连接）。这些地址段因站点和连接方式而异。</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>站点(&amp;S)：</translation>
    </message>
    <message>
        <source>Choose at least one connection type.</source>
        <translation>请至少选择一种连接方式。</translation>
    </message>
    <message>
        <source>Opens SSH (22) and RDP (3389) to %1 (ranges as documented in %2).</source>
        <translation>向 %1 开放 SSH（22）和 RDP（3389），地址段依据官方文档（%2）。</translation>
    </message>
    <message>
        <source>Opens SSH (22) to %1 (ranges as documented in %2).</source>
        <translation>向 %1 开放 SSH（22），地址段依据官方文档（%2）。</translation>
    </message>
    <message>
        <source>Enter the CIDR block of the cluster&apos;s vSwitch or a prefix list (pl-…) of its nodes. An enterprise group gives its members no access to each other and cannot name security groups, itself included, so the group cannot stand for the cluster nodes.</source>
        <translation>请输入集群所在交换机（vSwitch）的 CIDR 地址段，或包含集群节点的前缀列表（pl-…）。企业级安全组默认不允许组内成员互相访问，也不能引用安全组（包括其自身），因此不能用该安全组来代表集群节点。</translation>
    </message>
    <message>
        <source>10.0.0.0/24 (the cluster&apos;s vSwitch) or pl-…</source>
        <translation>10.0.0.0/24（集群所在交换机）或 pl-…</translation>
    </message>
    <message>
        <source>In an enterprise group that is the CIDR block of the cluster&apos;s vSwitch or a prefix list of its nodes: the group itself cannot stand for them.</source>
        <translation>在企业级安全组中，应填写集群所在交换机（vSwitch）的 CIDR 地址段或包含集群节点的前缀列表：安全组本身不能代表集群节点。</translation>
    </message>
</context>
<context>
    <name>sg::ui::SupplyValuesDialog</name>
    <message>
        <source>Supply Values — SG Assist</source>
        <translation>提供取值 — SG Assist</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 leaves these variables or parameters without a value. The rules whose protocol, ports, source or destination depend on one are kept but match no traffic until it is given.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 中以下变量或参数没有取值。协议类型、端口、访问来源或目的依赖它们的规则会被保留，但在提供取值之前不匹配任何流量。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The values given to the variables and parameters of %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;为 %1 的变量和参数提供的取值。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Give the values you know (an empty field stays open). SG Assist reads the files again with them and remembers them for %1, as &lt;code&gt;--var&lt;/code&gt; and &lt;code&gt;--param&lt;/code&gt; give them to &lt;code&gt;sgassist-cli&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;填写您已知的取值（留空的字段保持未确定）。SG Assist 会用这些取值重新读取文件，并为 %1 记住它们，与 &lt;code&gt;sgassist-cli&lt;/code&gt; 的 &lt;code&gt;--var&lt;/code&gt; 和 &lt;code&gt;--param&lt;/code&gt; 作用相同。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Load a .tfvars File…</source>
        <translation>加载 .tfvars 文件(&amp;L)…</translation>
    </message>
    <message>
        <source>Re&amp;move File</source>
        <translation>移除文件(&amp;M)</translation>
    </message>
    <message>
        <source>Variables &amp;files, read after the folder&apos;s own terraform.tfvars and *.auto.tfvars (a value above wins over them):</source>
        <translation>变量文件(&amp;F)，在文件夹自身的 terraform.tfvars 和 *.auto.tfvars 之后读取（上方填写的取值优先）：</translation>
    </message>
    <message>
        <source>&amp;Apply and Reload</source>
        <translation>应用并重新加载(&amp;A)</translation>
    </message>
    <message>
        <source>variable declared in %1</source>
        <translation>变量，声明于 %1</translation>
    </message>
    <message>
        <source>parameter declared in %1</source>
        <translation>参数，声明于 %1</translation>
    </message>
    <message>
        <source>variable not declared in the files read</source>
        <translation>变量，未在已读取的文件中声明</translation>
    </message>
    <message>
        <source>pseudo parameter, known when the stack is created</source>
        <translation>伪参数，创建资源栈时才能确定</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>类型 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1：%3 的 %2</translation>
    </message>
    <message>
        <source>Used in %1</source>
        <translation>用于 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 等（另有 %n 处）</numerusform>
        </translation>
    </message>
    <message>
        <source>Not used by the files as they are read now</source>
        <translation>按当前读取结果，文件中未使用</translation>
    </message>
    <message>
        <source>Sensitive: shown as dots, and forgotten when SG Assist closes.</source>
        <translation>敏感值：以圆点显示，SG Assist 关闭后即被清除。</translation>
    </message>
    <message>
        <source>empty: stays open</source>
        <translation>留空：保持未确定</translation>
    </message>
    <message>
        <source>The files as they are read now leave no variable or parameter without a value.</source>
        <translation>按当前读取结果，文件中所有变量和参数都已有取值。</translation>
    </message>
    <message>
        <source>To apply, correct %1</source>
        <translation>请先更正 %1，然后再应用</translation>
    </message>
    <message>
        <source>Load a .tfvars File — SG Assist</source>
        <translation>加载 .tfvars 文件 — SG Assist</translation>
    </message>
    <message>
        <source>Terraform variables (*.tfvars *.tfvars.json);;All files (*)</source>
        <translation>Terraform 变量文件 (*.tfvars *.tfvars.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>sg::ui::TargetPage</name>
    <message>
        <source>&amp;Enterprise security group</source>
        <translation>企业级安全组(&amp;E)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标安全组</translation>
    </message>
    <message>
        <source>Which security group will hold the cluster&apos;s rules?</source>
        <translation>集群的规则将添加到哪个安全组？</translation>
    </message>
    <message>
        <source>sg-… (can be filled in later)</source>
        <translation>sg-…（可稍后填写）</translation>
    </message>
    <message>
        <source>Members of the group reach each other by default, and rules may name other security groups as sources (at most 20 such rules).</source>
        <translation>默认组内互通，规则可以将其他安全组作为访问来源（此类规则最多 20 条）。</translation>
    </message>
    <message>
        <source>No traffic between members unless a rule allows it, and rules cannot name other security groups: cluster nodes are then identified by CIDR blocks or prefix lists.</source>
        <translation>默认组内隔离，除非有规则允许；规则也不能引用其他安全组，因此需要用 CIDR 地址段或前缀列表来标识集群节点。</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <source>Security group &amp;ID:</source>
        <translation>安全组 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Enter a region id such as cn-hangzhou.</source>
        <translation>请输入地域 ID，例如 cn-hangzhou。</translation>
    </message>
    <message>
        <source>B&amp;asic security group</source>
        <translation>普通安全组(&amp;A)</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>sg::ui::ValuesBar</name>
    <message>
        <source>Supp&amp;ly Values…</source>
        <translation>提供取值(&amp;L)…</translation>
    </message>
    <message>
        <source>Give the variables or parameters a value and read the files again with them</source>
        <translation>为变量或参数提供取值，并用它们重新读取文件</translation>
    </message>
    <message>
        <source>Hide this bar; File &gt; Supply Values… gives the values later</source>
        <translation>隐藏此提示栏；稍后可通过“文件 &gt; 提供取值…”提供取值</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 等（另有 %n 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The files give no value to %n variable(s) or parameter(s): %1.</source>
        <translation>
            <numerusform>文件中有 %n 个变量或参数没有取值：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) match no traffic until they have one.</source>
        <translation>
            <numerusform>在提供取值之前，%n 条规则不匹配任何流量。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::ui::ValuesController</name>
    <message>
        <source>Su&amp;pply Values…</source>
        <translation>提供取值(&amp;P)…</translation>
    </message>
    <message>
        <source>The values given to the Terraform variables and ROS parameters of the open files</source>
        <translation>为已打开文件的 Terraform 变量和 ROS 参数提供的取值</translation>
    </message>
    <message>
        <source>Read %1 again with the values given; they are used whenever it is opened (File &gt; Supply Values… changes them).</source>
        <translation>用所提供的取值重新读取 %1；以后每次打开时都会使用这些取值（可通过“文件 &gt; 提供取值…”更改）。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Remembered Values — SG Assist</source>
        <translation>已记住的取值 — SG Assist</translation>
    </message>
    <message>
        <source>%1 was read with the values remembered for it (%2), and cannot be opened with them.

Open it without them? They are then forgotten.</source>
        <translation>已使用为 %1 记住的取值（%2）读取该文件，但无法用这些取值打开。

是否不使用这些取值打开？这些取值随后将被清除。</translation>
    </message>
    <message>
        <source>&amp;Open Without Them</source>
        <translation>不使用取值打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Keep Them</source>
        <translation>保留取值(&amp;K)</translation>
    </message>
    <message>
        <source>the open files</source>
        <translation>已打开的文件</translation>
    </message>
    <message>
        <source>Reading %1 for its variables and parameters…</source>
        <translation>正在读取 %1 的变量和参数…</translation>
    </message>
    <message>
        <source>Reload — SG Assist</source>
        <translation>重新加载 — SG Assist</translation>
    </message>
    <message>
        <source>Reading %1 again with the new values replaces its rules as they are now: your unsaved changes to them are lost.

Reload anyway?</source>
        <translation>用新的取值重新读取 %1 会替换当前的规则：您对这些规则未保存的更改将会丢失。

仍要重新加载吗？</translation>
    </message>
    <message>
        <source>&amp;Reload and Discard Changes</source>
        <translation>重新加载并放弃更改(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Only Terraform files and ROS templates have variables or parameters</source>
        <translation>只有 Terraform 文件和 ROS 模板才有变量或参数</translation>
    </message>
</context>
<context>
    <name>sg::ui::WorkspaceNavigator</name>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Group or interface</source>
        <translation>安全组或弹性网卡</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Groups (%L1)</source>
        <translation>安全组（%L1）</translation>
    </message>
    <message>
        <source>Network interfaces (%L1)</source>
        <translation>弹性网卡（%L1）</translation>
    </message>
    <message>
        <source>%1: the rules of %2 evaluated together</source>
        <translation>%1：合并评估 %2 的规则</translation>
    </message>
    <message>
        <source>%1 (not in the workspace)</source>
        <translation>%1（不在工作区中）</translation>
    </message>
    <message>
        <source>Instance %1: its network interfaces</source>
        <translation>实例 %1：其弹性网卡</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rule(s)</source>
        <translation>
            <numerusform>%1：%n 条规则</numerusform>
        </translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>正在分析…</translation>
    </message>
    <message>
        <source>%1 · %L2</source>
        <translation>%1 · %L2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%n exposure(s) reachable on this interface, the worst %1</source>
        <translation>
            <numerusform>此弹性网卡上可访问的暴露面有 %n 处，最严重的为%1</numerusform>
        </translation>
    </message>
    <message>
        <source>No exposure is reachable on this interface</source>
        <translation>此弹性网卡上没有可访问的暴露面</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted in the baseline</source>
        <translation>
            <numerusform>基线中已接受 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>无检查结果</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), the worst %1</source>
        <translation>
            <numerusform>%n 条检查结果，最严重的为%1</numerusform>
        </translation>
    </message>
</context>
</TS>
