# AI 竞赛 —— 游戏窗口显示的全部文字，简体中文版（zh-CN）。
# 翻译方法：把 en.ftl 复制为例如 zh-CN.ftl 或 ar.ftl，然后翻译等号右边的文字。
# 政策、事件、战略路线的名称及其出处来自情景文件。

language-name = 简体中文
app-title = AI 竞赛
app-subtitle = 中美人工智能竞赛，2025–2030

## 通用
us = 美国
china = 中国
us-short = 美国
china-short = 中国
back = 返回
close = 关闭
cancel = 取消
ok = 确定
error = 错误
none = 无
turn = 第 { $turn } 回合，共 { $total } 回合
quarter = { $year }年第{ $quarter }季度
months = { $value } 个月
unknown = 未知

## 标题画面
title-continue = 继续游戏
title-new-game = 新游戏
title-load-game = 读取存档
title-experiment = 实验
title-help = 帮助与术语表
title-quit = 退出
title-tagline = 每个回合为一个季度。选择政策——出口管制、补贴、电网建设、移民、安全规则——并应对事件。每个数字都来自情景文件，并注明出处。
settings = 设置
settings-ui-scale = 文字与界面大小
settings-guide = 显示首回合引导
settings-language = 语言
settings-ui-scale-hint = 较大的尺寸适合投影仪。

## 新游戏
new-title = 新游戏
new-scenario = 情景
new-scenario-shipped = 内置情景
shipped-baseline-2025 = 基准情景 2025–2030（文章中的数据）
shipped-scaling-slowdown = 规模扩展放缓：算力回报递减（¶16，¶21–22）
shipped-taiwan-crisis = 台海危机：芯片供应中断
shipped-cooperative-world = 合作的世界：对话得以维持（¶10–11）
shipped-fast-takeoff = 快速起飞：《AI 2027》的世界（¶15–16）
new-scenario-path = 或按路径打开情景文件（.ron）
new-scenario-open = 打开
new-scenario-upload = 从这台电脑打开情景文件…
new-assumptions = 假设
new-assumptions-none = 按情景原样
new-scenario-loaded = 已加载：{ $name }
new-side = 扮演
new-side-us = 美国
new-side-china = 中国
new-side-hotseat = 轮流对战（同屏，两名玩家）
new-side-watch = 观看电脑操控双方
new-difficulty = 电脑对手
new-doctrine = 电脑的战略路线
new-doctrine-drawn = 由电脑随机选择
new-seed = 种子（相同的种子和指令会得到相同的对局）
new-start = 开始游戏
new-broken = 此情景无法运行。下面的错误信息给出了行号、列号和修改方法。
level-random = 随机——任意合法指令
level-easy = 简单——遵循其战略路线，不做推演（推荐第一局使用）
level-normal = 普通——根据对你的猜测，把它可能下达的指令一直推演到游戏结束
level-hard = 困难——与普通相同，但考虑更多指令、指令组合和猜测
level-rules = 规则——简单的基于规则的战略路线

## 读取存档
load-title = 读取存档
load-saves = 存档
load-autosaves = 自动存档（最新的在前）
load-hotseat = 轮流对战，两名玩家
load-you-play = 你：{ $side }，对手：{ $level }
load-watch = 电脑操控双方
load-turn = 第 { $turn }/{ $total } 回合，{ $date }
load-finished = 已结束
load-unreadable = { $file } —— 无法读取（选中它可查看原因）
load-age-minutes = { $n } 分钟前保存
load-age-hours = { $n } 小时前保存
load-age-days = { $n } 天前保存
load-path = 或按路径打开存档文件
load-open = 打开
load-upload = 从这台电脑打开存档文件…
load-browser-autosave = 继续本浏览器保存的对局
load-no-browser-autosave = 本浏览器尚未保存任何对局：完成第一个回合后，自动存档会显示在这里。
load-none = 在 { $dir } 中未找到存档
load-broken = 无法加载此存档。

## 游戏画面
top-date = { $date }
top-turn = 第 { $turn }/{ $total } 回合
top-branch = 从第 { $turn } 回合分出的分支
top-branch-hint = 你正在从这一回合起进行一条新的时间线；图表会把原时间线画在旁边，并对两者进行比较。
top-capital = 政治资本 { $value }
top-capital-left = 政治资本 { $value }（执行指令后剩余 { $left }）
top-capital-full = （已满）
top-capital-full-hint = 最多只能储存 { $cap } 点：本季度花掉一些，否则下季度收入中的 { $lost } 点将会浪费。
top-capital-suggest = 可以考虑的一步：实施“{ $policy }”——在你目前可实施的政策中，“{ $doctrine }”战略路线会首先选择它。
top-lead = 美国领先 { $value } 个月（90%：{ $low } 至 { $high }）
top-lead-hint = 你方估计的能力领先月数：正数表示美国领先。该区间有 90% 的把握包含真实值。
lead-parts = 构成：算力 { $compute } 个月，算法 { $efficiency } 个月（其中扩散 { $diffusion }）。正数对美国有利。
compute-binding-chips = 受芯片限制：原始算力 { $raw }，电力上限 { $cap } —— 电力有富余（×{ $by }）。
compute-binding-power = 受电力限制：原始算力 { $raw }，电力上限 { $cap } —— 有芯片闲置（是电网可供电量的 ×{ $by }）。
top-you-are = 你扮演{ $side }
top-watching = 观战中，以{ $side }的视角
panel-resources = 你的阵营
panel-controls = 出口管制
panel-controls-hint-china = 美国出口管制挡住了什么，什么仍能进来（走私芯片，需付溢价，且不超过走私网络的运力），以及被挡住的资金流向何处：一半转向国产芯片，其余流向电力和研发。将鼠标悬停在数字上可查看原因。
panel-controls-hint-us = 管制让美国芯片厂商付出的代价：本季度它们对中国的合法销售额（计入经济得分）。
panel-rival = { $side }（估计）
panel-score = 如果现在结束的得分
panel-score-hint = 每个维度的取值为 0 到 1，这里显示的是乘以权重后的值（悬停在维度上可查看其权重）；游戏结束时总分较高者获胜。你自己的各维度是精确的。对手的维度根据你对其数值的估计算出，双方的领先维度都基于你对领先的估计，因此都带有估计误差。悬停在维度上可查看其计算方法。
panel-score-you = 你
panel-score-weight = 权重 { $weight }：显示的数值是该维度（0 到 1）乘以此权重。
panel-score-rival = 对手（估计）
panel-score-ahead = 据你所知，你领先 { $gap }（你对对手领先幅度的 90% 区间：{ $low } 至 { $high }）。
panel-score-behind = 据你所知，你落后 { $gap }（你对对手领先幅度的 90% 区间：{ $low } 至 { $high }）。
panel-score-even = 据你所知，双方总分的差距在平局范围内（你对对手领先幅度的 90% 区间：{ $low } 至 { $high }）。
panel-score-range-hint = 该区间来自对对手隐藏数值和领先月数的 200 次抽样，每次都在其估计区间内取值：估计误差使对手的得分不确定，更好的情报能缩小这一区间。
panel-rival-hint = 你的情报只能模糊地看到对手：每个数字都是带 90% 区间的估计值。更好的情报能缩小区间。
panel-world = 全球市场
panel-world-hint = 各地区的 AI 市场在美国和中国之间的划分（占该地区市场的份额）。
panel-policies = 政策
panel-orders = 本回合指令
panel-orders-none = 还没有指令。实施一项政策或调整预算；指令在回合结束时生效。
panel-events = 事件
panel-news = 新闻
panel-computer = 电脑的行动
panel-computer-none = 电脑还没有行动。
panel-world-state = 世界
resource-change = 本回合 { $delta }
ledger-title = 本回合变化的原因
ledger-none = 本回合没有因素改变它。
ledger-total = 总变化
policy-cost = 花费：{ $capital } 点政治资本，每季度 ${ $money }B
policy-source = 来源：{ $source }
policy-prompt = 讨论：{ $prompt }
policy-expect = 预期效果：
event-new = 新
choice-does = 该选项的效果（按情景所写）：
choice-nothing = 除事件本身外，不会发生其他变化。
choice-enact = 实施{ $policy }
choice-repeal = 废除{ $policy }
choice-level = 将{ $policy }设为 { $level } 级
effect-add = { $quantity } { $amount }
effect-multiply = { $quantity } { $percent }
effect-toward = { $quantity }向 { $target } 靠拢，缩小 { $rate } 的差距
effect-held = 永久
effect-held-for = 持续 { $turns } 个季度
effect-each-turn = 每季度
effect-turns = 每季度，持续 { $turns } 个季度
effect-once = 一次性
effect-delay = { $turns } 个季度后开始
policy-expect-rises = { $quantity }上升
policy-expect-falls = { $quantity }下降
policy-status-off = 未实施
policy-status-on = 生效中
policy-status-level = { $level } 级
policy-status-building = 建设中，还剩 { $turns } 回合
policy-status-built = 已建成
policy-enact = 实施
policy-repeal = 废除
policy-build = 建设
policy-level = 级别
policy-requires = 需要：{ $list }
policy-excludes = 不能同时实施：{ $list }
budget = 预算分配
budget-chips = 芯片
budget-grid = 电力
budget-research = 研发与人才
budget-money = 本季度：芯片 { $chips }，电力 { $grid }，研发 { $research }
budget-applies = 松开滑块或输入数字后，改动就会成为一条指令，显示在“本回合指令”下。
order-remove = 移除
order-line = { $what }：{ $detail }
order-refused = 被拒绝：{ $reason }
event-choose = 请选择：
event-waiting = { $side }必须回应此事件。
event-source = 来源：{ $source }
button-end-turn = 结束回合（Enter）
button-next-turn = 下一回合（Enter）
button-autoplay = 自动进行
button-pause = 暂停
button-save = 存档（Ctrl+S）
button-charts = 图表（C）
button-help = 帮助（F1）
button-guide = 引导教程
button-menu = 菜单
thinking = 电脑正在思考…
saved = 已保存到 { $path }
save-failed = 无法保存：{ $reason }
autosave-failed = 自动存档失败：{ $reason }
world-tension = 紧张度
world-risk = 灾难风险
world-bubble = AI 泡沫
world-frontier = 前沿芯片性能

## 轮流对战
handoff-title = 把屏幕交给{ $side-id ->
    [us] 美国
   *[other] { $side }
}
handoff-body = { $other-id ->
    [us] 美国
   *[other] { $other }
}的指令已隐藏。当{ $side-id ->
    [us] 美国
   *[other] { $side }
}的玩家来到屏幕前时，请按下按钮。
public-title = 全班可见
public-hint = 双方都能看到的内容：上季度的新闻、生效中的政策和市场份额。估计值和指令只显示在各自的屏幕上。
public-no-news = 上季度没有发生公开事件。
public-policies = { $side }：生效中的政策
public-none = 无
handoff-ready = 我是{ $side-id ->
    [us] 美国
   *[other] { $side }
}的玩家——显示我的屏幕

## 图表
charts-title = 图表
charts-quantity = 你的阵营与对手
charts-race = 竞赛
charts-markets = 各地区市场份额
charts-market-title = { $region }的市场份额
charts-market-unit = 占该地区 AI 市场的 %
charts-share = { $side }的份额
charts-public = 公开数据
charts-lead-estimate = 你对领先的估计（90% 区间带）
charts-hint-lead = 领先是你方所能估计的数值：其区间带有 90% 的概率包含真实值。零以上表示美国领先。
charts-hint-public = 公开数据：双方都能准确看到。
charts-yours = { $side }（精确）
charts-rival = { $side }（估计，90% 区间带）
charts-markers = 政策与事件
charts-x = 回合
charts-original = 原时间线（分支之前）
charts-branch-point = 分支点
branch-title = 回溯并分支：
branch-none-yet = 请先进行一个回合；之后就可以回到任意回合，尝试别的做法。
branch-turn = 回合
branch-same-players = 由原来的玩家继续
branch-take = 由一名玩家接管{ $side }
branch-go = 从第 { $turn } 回合开始处分支
branch-go-hint = 游戏会回到该回合开始时。下达不同的指令并继续；原时间线会保留，图表会同时显示两者。
branch-first = 第一个差异：第 { $turn } 回合（{ $date }），{ $side }：原时间线 { $a } | 分支 { $b }
branch-same = 到目前为止，分支下达的指令与原时间线相同。
branch-table = 两条时间线分歧最大的地方，得分最看重的指标排在前面（差距按该指标的最大值折算；悬停在名称上可查看其路径）：
branch-col-quantity = 指标
branch-col-turn = 回合
branch-col-original = 原时间线
branch-col-branch = 分支
branch-col-gap = 差距
charts-hint = 你方的数值是精确的；对手的数值是你的情报估计，其区间带有 90% 的概率包含真实值。

## 结束画面
end-title = 竞赛结束
end-winner = { $side }获胜
end-draw = 平局：双方得分差距在平局范围内
end-shared-loss = 灾难：双方共同失败
end-score = 得分
end-axis = 维度
end-axis-lead = 能力领先
end-axis-market = 全球市场份额
end-axis-adoption = 采用率（对照目标）
end-axis-economy = 经济
end-axis-stability = 稳定
end-axis-total = 加权总分
end-axis-lead-desc = 游戏结束时的真实领先月数与基准值相比（此处美国领先 { $par } 个月时双方各得 0.5）；比基准好 { $cap } 个月得 1，差 { $cap } 个月得 0。
end-axis-market-desc = 该方在全球 AI 市场中的份额（各地区按规模加权），与开局相比：保持不变得 0.5，增加 { $swing } 个百分点得 1，减少 { $swing } 个百分点得 0。
end-axis-adoption-desc = 使用 AI 的企业比例：中国对照其“人工智能+”目标（基准：2027 年第四季度达到 70%，2030 年第四季度达到 90%），每项最高为 1，取平均；美国没有目标，得分为其比例 ÷ 100。
end-axis-economy-desc = 该方 AI 资金（私人加国家）加上其芯片厂商对对手的销售额，与开局相比的增长：没有增长得 0，增长到 { $growth } 倍得 1。
end-axis-stability-desc = 1 减去当前风险和紧张度中由该方自身造成的部分（按每 100 点计）：共同危险中由自己造成的越少，得分越高。
end-article = 竞赛结果与文章的对比
end-article-lead = 结束时的领先：{ $value } 个月（你方估计为 { $estimate }）。文章（F8）：美国在 AI 模型上的领先是“以月计，而不是以年计”。
end-truth = 真相揭晓
end-truth-hint = 游戏结束时你方对{ $side }的估计，以及真实情况。
end-truth-quantity = 指标
end-truth-estimated = 你的估计（90% 区间）
end-truth-true = 真实值
end-article-target = 中国 { $date } 的采用率：{ $got }%（“人工智能+”目标，文章 F2：{ $target }%）。
end-article-target-pending = 中国 { $date } 的“人工智能+”目标（文章 F2）：{ $target }% —— 游戏结束时尚未到期。
end-new = 新游戏
end-kit = 打印课堂资料包
end-kit-hint = 供课堂打印的页面：每方一张角色卡和一张指令单，以及情景背后的文章事实（每项一页），使用窗口当前的语言。
end-written = 已写入：{ $path }
end-not-written = 无法写入：{ $reason }
load-class-report = 这些存档的班级报告
load-class-report-pick = 多个存档的班级报告…
load-class-report-none = 所选文件中没有游戏存档。
load-class-report-hint = 一页汇总所列全部存档：各局的结果和得分并列、领先曲线叠加、指令放在同一时间线上，以及各局从何处分道扬镳。
end-experiment = 用此情景做实验
end-charts = 图表
end-title-screen = 标题画面
end-debrief = 导出复盘
end-debrief-hint = 一个供课堂使用的网页：双方指令和事件的时间线、电脑的理由、图表、最大变化的原因、每一步背后的文章事实、得分和讨论问题；并附带 CSV 和 JSON 格式的历史记录。

## 帮助
help-title = 帮助
help-keys = 键盘
help-key-enter = Enter —— 结束回合
help-key-c = C —— 图表
help-key-s = Ctrl+S —— 存档
help-key-f1 = F1 或 H —— 本帮助
help-key-esc = Escape —— 关闭此窗口或返回
help-key-zoom = Ctrl + 和 Ctrl − —— 放大或缩小文字
help-glossary = 指标术语表
help-reopen-guide = 重新开始引导教程
help-win-title = 如何获胜
help-win-1 = 游戏在最后一个回合（本情景中为 { $end }）后结束，或因突破或灾难提前结束。届时双方在五个维度上计分，每个维度取值 0 到 1，乘以其权重后相加；总分较高者获胜。本情景中的权重为：能力领先 { $w-lead }，全球市场份额 { $w-market }，采用率 { $w-adoption }，经济 { $w-economy }，稳定 { $w-stability }，因此可能的最高总分为 { $w-total }。
help-win-2 = 领先：游戏结束时的真实领先月数（顶栏只显示你对它的估计）。本情景中，美国领先 { $par } 个月算作持平，双方各得该维度的一半；比这好 { $cap } 个月得满分，差 { $cap } 个月得零分。在基准情景中，美国开局时约领先 8 个月。市场：你在全球 AI 市场中的份额（各地区按规模加权），与开局相比：保持不变得一半，增加 { $swing } 个百分点得满分，减少 { $swing } 个百分点得零分。
help-win-3 = 采用率：在生产中使用 AI 的企业比例。在基准情景中，中国按其“人工智能+”目标计分：2027 年底 70% 的企业、2030 年底 90% 的企业；每个目标按到期时达到的比例 ÷ 目标值计算（最高为 1），两者取平均；尚未到期的目标按当前比例计算。美国没有目标，因此按其企业比例 ÷ 100 计分。
help-win-4 = 经济：你的 AI 资金（私人加国家；花在政策上的钱也算）加上你的芯片厂商对对手的销售额，与开局相比：没有增长得零分，增长到 { $growth } 倍得满分。稳定：1 减去当前风险和紧张度中由你自身造成的部分（按每 100 点计）：包括你自己加速竞赛造成的部分，以及你的政策和对事件的回应所造成的影响（对美国而言，还包括比开局时更严的出口管制）。对手或事件本身造成的影响不算在你头上。
help-win-5 = 平局：如果双方总分相差在 { $margin } 以内，则无人获胜。{ $breakthrough ->
    [none] 本情景中不会因领先而提前结束。
   *[other] 突破：如果任一方的领先达到 { $breakthrough } 个月，游戏立即在该回合结束时结束，并按最后一个回合的方式计分。突破本身并不直接获胜，但会让领先者在领先维度上得满分。
}
help-win-6 = 灾难：一方在安全投入不足的情况下提升能力，会增加共同风险，紧张度高时增加更多。风险超过 15（基准）后，每个季度都有一定概率风险成真：风险为 50 时每季度约 1%，70 时约 4%，100 时约 15%。灾难会立即结束游戏，双方共同失败，无论得分如何。
help-win-7 = 政治资本代表领导层的注意力，以点数计。本情景中，美国开局有 { $us-capital } 点，每季度获得 { $us-income } 点，最多储存 { $us-cap } 点；中国开局有 { $cn-capital } 点，每季度获得 { $cn-income } 点，最多储存 { $cn-cap } 点。实施一项政策需支付其价格（基准情景中为 2 到 6 点）；调整分级政策时，每调整一级都要支付一次价格（出口管制：每级 4 点）；废除政策需支付一半，工程项目不能废除。有些事件会增加或扣除点数。许多政策每季度还要花费国家资金，必须由国家资金支付。调整预算分配是免费的。

## 引导
guide-title = 首回合引导（{ $step }/{ $total }）
guide-first-move = 可以尝试的第一步：实施“{ $policy }”，这是“{ $doctrine }”战略路线首先会选择的政策。在“政策”下找到它，将鼠标悬停在上面可查看它的效果和花费。
guide-next = 下一步
guide-skip = 跳过引导
guide-0 = 如何获胜：游戏结束时，双方在五个维度上计分。本情景中的权重为：能力领先 { $w-lead }，全球市场份额 { $w-market }，AI 采用率 { $w-adoption }，经济 { $w-economy }，稳定 { $w-stability }。总分较高者获胜，总分相差在 { $margin } 以内为平局；发生灾难则游戏结束，双方共同失败。右侧的“得分”面板显示双方目前的状况。改变政策需要花费政治资本：你每季度获得 { $income } 点，最多可储存 { $bank } 点。
guide-1 = 顶栏显示日期、你的政治资本和以月计的领先。每个回合为一个季度。
guide-2 = 你的阵营资源在左侧：算力、芯片、资金、电网、人才和采用率。将鼠标悬停在任意数字上，可查看它本回合变化的原因。
guide-3 = 对手以带 90% 区间的估计值显示：战争迷雾隐藏了它的真实数值。
guide-4 = 政策按类别分组。将鼠标悬停在政策上，可查看它的效果、花费以及在文章中的出处。实施一项政策会添加一条指令。
guide-5 = 游戏中会发生事件。当某个事件需要你做出选择时，它的卡片会出现在“事件”下。
guide-6 = 指令准备好后，按“结束回合”（或 Enter）。“图表”按钮显示每个指标随时间的变化。

## 新闻
news-turn = { $date }
news-enacted = { $side }实施{ $policy }
news-repealed = { $side }废除{ $policy }
news-level = { $side }将{ $policy }设为 { $to } 级（原为 { $from } 级）
news-completed = { $side }建成{ $policy }
news-unpaid = { $side }无力再支付{ $policy }：该政策失效
news-shared = 双方现在都保留{ $policy }
news-lapsed = { $policy }失效
news-event = 事件：{ $event }
news-event-choose = 事件：{ $event } —— { $side }必须做出选择
news-answered = { $side }回应{ $event }：{ $choice }
news-answered-default = { $side }未回应{ $event }：默认采用{ $choice }
news-rejected = 你的指令被拒绝：{ $reason }
news-bubble = AI 泡沫调整：私人资金下降
news-catastrophe = 灾难：竞赛风险成真
news-breakthrough = { $side }取得决定性突破
news-loaded = 已在第 { $turn } 回合读取存档

## 错误
no-adapter = 未找到图形适配器，无法打开游戏窗口。请改用无界面模式：ai-race simulate --scenario scenarios/baseline_2025.ron

## 指标：q-PATH 为名称，q-PATH-unit 为单位，q-PATH-desc 为含义（PATH 不含阵营，点改为短横线）
q-game-tension = 紧张度
q-game-tension-unit = 0–100
q-game-tension-desc = 两个阵营之间的敌对程度，0–100。紧张度高时，竞赛会带来更多风险，并可能引发危机（超过 60 时可能发生台湾海峡芯片危机）。每个季度它向 40 靠拢 15% 的差距；若美国出口管制比开局时更严则会更高，更松则会更低；政策和事件也会推动它。
q-game-risk = 灾难风险
q-game-risk-unit = 0–100
q-game-risk-desc = AI 灾难（AI 失控或被滥用）的共同危险，0–100。在缺乏安全投入的情况下获得的能力会增加风险，紧张度高时增加更多；风险每季度消退 3%。超过 15 后，每个季度都有发生灾难的概率（灾难意味着双方共同失败），该概率急剧上升，风险为 100 时达到每季度 15%。
q-game-bubble = AI 泡沫
q-game-bubble-unit = 0–100
q-game-bubble-desc = AI 投资泡沫的压力，0–100。当私人 AI 资金的增长快于 AI 的使用（采用率）时，泡沫会积累，并会缓慢消退。超过 40 时可能发生调整，数值越高越可能发生：双方都损失 30% 的私人资金，投资者转为悲观。
q-game-frontier-quality = 市售最佳芯片
q-game-frontier-quality-unit = H100e/加速器
q-game-frontier-quality-desc = 市面上最好的 AI 芯片的性能，以 H100 当量计（一块英伟达 H100 = 1；开局时为 2）。它每季度自行提升 8%。进口和走私的芯片都是这一性能，除非受出口管制限制；国产芯片在追赶它。
q-game-frontier-perf-per-watt = 最佳芯片能效
q-game-frontier-perf-per-watt-unit = × H100
q-game-frontier-perf-per-watt-desc = 市售最佳芯片每瓦完成的工作量，与 H100 相比（开局时为 1.6）。它每季度自行提升 6%。更新、更高效的芯片能让同样的电网运行更多算力。
q-game-lead-months = 领先月数
q-game-lead-months-unit = 月（+ 表示美国领先）
q-game-lead-months-desc = 竞赛的核心指标：落后方按其近期速度，需要多少个月才能达到领先方当前的 L（+ 表示美国领先）。它是得分中的领先维度；领先达到 24 个月（基准）时游戏立即结束。顶栏显示的是你方的估计。
q-funding-private = 私人资金
q-funding-private-unit = $B/季度
q-funding-private-desc = 私人投资者每季度投入 AI 的资金；它与国家资金相加，再减去政策维持费用，就是你的预算所分配的 AI 资金。它按趋势增长（美国每季度 5%，中国 3%）× 投资者情绪，并有随机波动。泡沫调整和事件会削减或提振它；没有政策能直接改变它。
q-funding-state = 国家资金
q-funding-state-unit = $B/季度
q-funding-state-desc = 政府每季度投入 AI 的资金。它必须支付你的政策维持费用，因此限制了你能保持多少项付费政策；其余部分进入预算。它增长缓慢（美国每季度 1%，中国 3%）；联邦科研资助、国家资金注资和一些事件会提高它。
q-funding-sentiment = 投资者情绪
q-funding-sentiment-unit = 指数（1 = 中性）
q-funding-sentiment-desc = 投资者的热情程度（1 = 中性）。私人资金按趋势 × 情绪增长。当 AI 使用的增长快于 AI 资金时情绪上升，资金跑在前面时情绪下降；泡沫调整时情绪骤降；每季度情绪向 1 回归 30% 的差距；一些政策和事件会轻微推动它。
q-budget-chips = 预算：芯片
q-budget-chips-unit = 比例 0–1
q-budget-chips-desc = 你的 AI 资金（私人加国家，减去政策维持费用）中用于芯片的比例，包括进口芯片和国产芯片。芯片和电力共同决定你的算力。调整分配不花政治资本；三个比例会按比例缩放，使总和为 1。
q-budget-grid = 预算：电力
q-budget-grid-unit = 比例 0–1
q-budget-grid-desc = 你的 AI 资金中用于数据中心电力的比例（每吉瓦在美国花费 $12B，在中国花费 $6B）。电力限制了能运行多少芯片，因此只有当限制算力的是电力而不是芯片时，这项投入才有帮助：悬停在有效算力上可查看是哪一种情况。
q-budget-research = 预算：研发
q-budget-research-unit = 比例 0–1
q-budget-research-desc = 你的 AI 资金中用于研发和人才的比例。研发资金能加快算法进步并吸引新的研究人员，但收益递减：资金翻倍，进步速度约加快 15%。
q-chips-installed = 已部署芯片
q-chips-installed-unit = 百万个加速器
q-chips-installed-desc = 在役的 AI 加速器（芯片），以百万计。每季度约有 4% 退役；新芯片来自合法进口、走私和国内晶圆厂。已部署芯片 × 其性能 = 原始算力。
q-chips-quality = 芯片性能
q-chips-quality-unit = H100e/加速器
q-chips-quality-desc = 已部署芯片的平均性能，以每块芯片的 H100 当量计（一块英伟达 H100 = 1）。每批新芯片都会改变平均值：前沿芯片会提高它，受出口限制的芯片和较弱的国产芯片会拉低它。芯片 × 性能 = 原始算力。
q-chips-perf-per-watt = 芯片能效
q-chips-perf-per-watt-unit = × H100
q-chips-perf-per-watt-desc = 已部署芯片每瓦完成的平均工作量，相对于 H100。能效越高，同样的电网能支撑越多算力。新的前沿芯片会提高它；受出口限制的芯片、较弱的国产芯片和中国的“蜂群”集群会降低它。
q-chips-imports = 芯片进口
q-chips-imports-unit = 百万个加速器/季度
q-chips-imports-desc = 本季度从国外购买的加速器（含走私），以百万计。它取决于你的芯片资金、其中用于进口的比例、芯片价格，以及（对中国而言）美国出口管制的封锁和限制程度。
q-chips-smuggled = 走私芯片
q-chips-smuggled-unit = 百万个加速器/季度
q-chips-smuggled-desc = 本季度绕过对手出口管制的加速器：通过中间商以 50% 的溢价购买的前沿芯片，数量不超过走私网络的运力。只有面临管制的阵营才会走私。
q-chips-fab-output = 晶圆厂产量
q-chips-fab-output-unit = 百万个加速器/季度
q-chips-fab-output-desc = 本季度国内生产的加速器。国内晶圆厂在产能范围内能卖出全部产量，按每单位性能的世界价格出售；买家用国产芯片资金支付，不足时再用进口资金支付。
q-chips-fab-capacity = 晶圆厂产能
q-chips-fab-capacity-unit = 百万个加速器/季度
q-chips-fab-capacity-desc = 国内晶圆厂每季度能生产多少加速器，以百万计。它随购买晶圆厂产量后剩余的国产芯片资金增长，但不会快于晶圆厂扩产上限。美国晶圆厂还会自行扩张，晶圆厂补贴会使其扩张更多；中国的晶圆厂只能靠资金增长。
q-chips-fab-quality = 国产芯片性能
q-chips-fab-quality-unit = H100e/加速器
q-chips-fab-quality-desc = 一块国产加速器的性能，以 H100 当量计。它跟随最佳芯片的进步并缓慢缩小差距，投入国产芯片的资金越多，缩小得越快：中国的起点为前沿水平的 0.3，美国晶圆厂生产的就是前沿芯片。设备管制会拉低中国的国产芯片性能。
q-chips-blocked-share = 被出口管制封锁的比例
q-chips-blocked-share-unit = 比例 0–1
q-chips-blocked-share-desc = 你的进口资金中被对手出口管制封锁的比例（开局时中国为 0.85；美国为 0，除非发生台湾危机）。每个季度，中国的这一比例会向现行美国管制级别的目标值移动一半。被封锁的资金会用于走私、转向国内或改作他用。
q-chips-smuggle-rate = 走私比例
q-chips-smuggle-rate-unit = 比例 0–1
q-chips-smuggle-rate-desc = 被封锁的进口资金中试图通过中间商购买芯片的比例。美国管制级别会把它拉向其目标值；中国默许的走私网络会提高它；美国的执法、情报和丑闻会降低它。走私运力限制了实际能到货的数量。
q-chips-import-quality-cap = 进口芯片性能上限
q-chips-import-quality-cap-unit = H100e/加速器
q-chips-import-quality-cap-desc = 出口管制合法放行的最强芯片，以 H100 当量计（开局时中国为 0.3，即 H20 级别的芯片）。受限芯片每单位性能的价格相同，因此这一上限主要降低了到货芯片的能效。每个管制级别都会把它拉向其目标值。
q-energy-grid-gw = 能源电网
q-energy-grid-gw-unit = GW
q-energy-grid-gw-desc = 可供 AI 数据中心使用的电力，以吉瓦（GW）计。它与芯片能效共同决定能运行多少算力（电力上限）。它每季度按建设速度增长，再加上你的电力预算所购买的部分（以及中国的电网投资）；干旱和电力短缺会削减它。
q-energy-build-rate = 电网建设速度
q-energy-build-rate-unit = GW/季度
q-energy-build-rate-desc = 公用事业公司和国家在你的 AI 预算之外每季度为 AI 新增的电力（开局时美国 0.5 GW，中国 0.6 GW）。它每季度略有增长（美国 2%，中国 4%）；美国的电网改革和一些事件会提高它。
q-energy-price = 电价
q-energy-price-unit = $/MWh
q-energy-price-desc = 数据中心的电价，以每兆瓦时美元计（开局时美国 80，中国 60）。电力占客户使用 AI 成本的五分之一，因此电价越低越有助于赢得全球市场。只有政策和事件会改变它。
q-compute-raw = 原始算力
q-compute-raw-unit = 百万 H100e
q-compute-raw-desc = 你所有已部署芯片的计算能力：芯片 × 平均性能，以百万 H100 当量计。能否全部运行取决于电力。
q-compute-power-cap = 电网可支撑的算力
q-compute-power-cap-unit = 百万 H100e
q-compute-power-cap-desc = 你的电网能维持运行的算力：吉瓦数 × 芯片能效 ÷ 一块 H100（含冷却）的耗电。如果原始算力高于它，就会有芯片闲置；如果低于它，电力就有富余。
q-compute-utilisation = 利用率
q-compute-utilisation-unit = 比例 0–1
q-compute-utilisation-desc = 运行中的算力中真正做有用功的比例（开局时美国 0.70，中国 0.55：数据中心分散）。中国的国家云、算力补贴、“蜂群”集群和海外训练会提高它；美国的执法和停电会降低它。
q-compute-effective = 有效算力
q-compute-effective-unit = 百万 H100e
q-compute-effective-desc = 真正起作用的算力：原始算力与电力上限中的较小者 × 利用率，以百万 H100 当量计。它与算法效率共同决定 L 和能力；有效算力更多的落后方能从领先方学到更多。
q-talent-researchers = 人才
q-talent-researchers-unit = 千人
q-talent-researchers-desc = 顶尖 AI 研究人员和工程师，以千人计。人越多，算法进步越快（人数翻倍：约快 40%）。研发资金每季度吸引新人加入，也有一小部分人离开；移民政策、人才计划和签证事件会带来人员流动。
q-research-efficiency = 算法效率
q-research-efficiency-unit = ×（倍数）
q-research-efficiency-desc = 算法能从每单位算力中获得多少有用的工作（开局时美国为 1，中国为 3，这要归功于 DeepSeek）。它每季度随人才和研发资金增长，落后方还能通过扩散额外获益。算力 × 效率决定 L。
q-research-log-compute = 有效翻倍次数（L）
q-research-log-compute-unit = 翻倍次数（log2 H100e）
q-research-log-compute-desc = L，衡量竞赛实力的指标：有效算力 × 算法效率翻了多少倍（以 2 为底的对数）。每翻一倍加 1。能力和领先月数都由它得出。
q-research-capability = 能力
q-research-capability-unit = 指数点
q-research-capability-desc = 前沿能力指数：L 在约 65,000 H100 当量（基准）之上每翻一倍得 10 点。在这一指数上领先能在每个地区吸引客户；超过 60 点会加快采用率增长；每获得一点都会增加竞赛风险。
q-research-capability-gain = 能力增量
q-research-capability-gain-unit = 指数点/季度
q-research-capability-gain-desc = 本季度获得的能力点数。每一点都会增加竞赛风险：0.25 × (1 − 安全投入)，紧张度为 100 时最多再增加 50%（基准）。没有增长的季度不会增加竞赛风险。
q-research-pace = 速度
q-research-pace-unit = 翻倍次数/季度
q-research-pace-desc = L 近期的增长速度，以每季度翻倍次数计（本季度的增长占一半，之前的速度占一半）。落后方的速度把 L 的差距换算成领先月数：落后方越快，领先月数越少。
q-research-absorption = 吸收能力
q-research-absorption-unit = ×（倍数）
q-research-absorption-desc = 该阵营作为落后方时从领先方学习的能力，以倍数表示（1 = 正常）；它按比例放大或缩小扩散。中国的网络间谍活动和美国的开源模型会提高中国的吸收能力；美国的网络防御会降低它。
q-adoption-share = 采用率
q-adoption-share-unit = 企业占比 %
q-adoption-share-desc = 在生产中使用 AI 的企业比例（开局时美国 24%，中国 19%）。它沿 S 形曲线扩散，中段快，接近 100% 时慢；能力超过 60 后会稍快一些；提升采用率的政策会使它增加。中国按其“人工智能+”目标计分。
q-safety-effort = 安全投入
q-safety-effort-unit = 比例 0–1
q-safety-effort-desc = 安全工作和规则所消除的竞赛风险比例（开局时美国 0.40，中国 0.45）。安全监管、严格的模型管控和共同的安全政策会提高它；放松监管和放宽安全审查会降低它。
q-politics-capital = 政治资本
q-politics-capital-unit = 点
q-politics-capital-desc = 用于改变政策的点数：实施一项政策需支付其价格，分级政策每调整一级需再付一次，废除需付一半。你每季度获得 3 点，最多储存 30 点（基准）；一些事件会增加或扣除点数。调整预算是免费的。
q-market-price-index = AI 价格
q-market-price-index-unit = ×（1 = 开局时的美国）
q-market-price-index-desc = 该阵营的 AI 对客户的价格，不含电费（开局时美国 1，中国 0.75）。AI 越便宜，在每个地区吸引的客户越多。中国发布开放权重模型会降低其价格。
q-market-influence = 影响力
q-market-influence-unit = ×（倍数）
q-market-influence-desc = 该阵营对各地区客户的吸引力，以倍数表示（开局时为 1）：联盟、标准、信任、开源模型。它与能力和价格共同决定每个地区份额所趋向的目标。外交、开源模型和一些事件会改变它。
q-intel-level = 情报
q-intel-level-unit = 0–1
q-intel-level-desc = 你看清对手的程度，从 0（完全看不见）到 1（看得一清二楚）；开局时为 0.5。它决定对手数值的 90% 区间有多宽。情报、间谍活动和联合算力报告会提高它；美国的网络防御会降低中国的情报水平。
q-funding-upkeep = 政策维持费用
q-funding-upkeep-unit = $B/季度
q-funding-upkeep-desc = 本季度你的现行政策（以及在建项目）所需的国家资金。它在预算分配之前从你的 AI 资金中扣除，且必须由国家资金支付：如果支付不起，最新的政策会失效。实施付费政策会提高它。
q-funding-growth = 私人资金增长
q-funding-growth-unit = 比例/季度
q-funding-growth-desc = 本季度私人 AI 资金的增长（0.05 = +5%）：趋势 × 情绪，再加上随机波动。下季度投资者会将它与采用率的增长相比较；资金增长超过 AI 使用的增长会降低情绪，并（就双方合计而言）积累泡沫压力。
q-chips-fab-perf-per-watt = 国产芯片能效
q-chips-fab-perf-per-watt-unit = × H100
q-chips-fab-perf-per-watt-desc = 一块国产加速器每瓦完成的工作量，相对于 H100。与国产芯片性能一样，它跟随前沿并缓慢缩小差距，国产芯片资金越多，缩小得越快。能效较低的芯片需要更多电力才能提供同样的算力。
q-chips-fab-growth-limit = 晶圆厂扩产上限（设备）
q-chips-fab-growth-limit-unit = 比例/季度
q-chips-fab-growth-limit-desc = 晶圆厂产能一个季度内最多能增长多少（0.06 = 6%），取决于一个阵营能获得的芯片制造设备。美国 3 级和 4 级出口管制会把中国的上限拉到 5% 和 4%；中国的晶圆厂扩产计划会提高它。通常限制中国芯片制造的是这一上限，而不是资金。
q-chips-domestic-spending = 国产芯片支出
q-chips-domestic-spending-unit = $B/季度
q-chips-domestic-spending-desc = 本季度花在国产芯片和晶圆厂上的资金：未用于进口的芯片资金，加上转向国内的被封锁进口资金。它先用于购买晶圆厂产量，再用于新增产能；投入越多，国产芯片追赶前沿也越快。
q-chips-redirected = 转用的芯片资金
q-chips-redirected-unit = $B/季度
q-chips-redirected-desc = 本季度既未用于走私、也未转向国产芯片的被封锁进口资金。这笔钱并没有损失：它会按你的预算分配比例流向电力和研发。
q-chips-export-sales = 对对手的芯片销售
q-chips-export-sales-unit = $B/季度
q-chips-export-sales-desc = 对手本季度用于合法进口芯片的资金，计为本阵营芯片厂商的销售额；它计入本阵营的经济得分。对美国而言，这是出口管制仍然允许的中国采购，因此管制越严，这一数额越小。
q-chips-import-share = 芯片资金中的进口比例
q-chips-import-share-unit = 比例 0–1
q-chips-import-share-desc = 你的芯片资金中计划用于从国外购买芯片的比例；其余用于国产芯片和晶圆厂（开局时美国 0.95，中国 0.6）。中国的采购国产指令、对使用国产芯片的数据中心的电力补贴以及一些事件会降低它。
q-chips-price = 芯片价格
q-chips-price-unit = 千美元/H100e
q-chips-price-desc = 一个 H100 当量的计算能力的价格，以千美元计（开局时为 25）。随着芯片进步，它每季度下降 6.4%，因此同样的钱每年能买到更多算力。走私芯片贵 50%。
q-chips-smuggle-cap = 走私运力
q-chips-smuggle-cap-unit = 百万 H100e/季度
q-chips-smuggle-cap-desc = 走私网络一个季度内最多能运送的计算能力（开局时中国为 0.06 百万，即 60,000 个 H100 当量）。中国默许的走私网络会提高它；美国的执法会降低它。
q-chips-substitution = 转向国产芯片
q-chips-substitution-unit = 比例 0–1
q-chips-substitution-desc = 走私之后剩余的被封锁进口资金中，买家转向国产芯片的比例（开局时为 0.5）；其余流向电力和研发。采购国产指令、为使用国产芯片的数据中心提供廉价电力以及一些事件会提高它。
q-research-diffused = 通过扩散获得
q-research-diffused-unit = 翻倍次数（log2）
q-research-diffused-desc = 该阵营自开局以来通过追赶（开源模型、论文、泄露）获得的算法效率翻倍次数。落后方每季度缩小一部分 L 的差距；如果有更多算力来运用所学，缩小得更多。
q-adoption-growth = 采用率增长
q-adoption-growth-unit = 比例/季度
q-adoption-growth-desc = 本季度采用率的增长（0.05 = +5%）。投资者关注它：当 AI 使用的增长快于 AI 资金时，情绪上升，私人资金增长加快；当资金跑在前面时，情绪下降，泡沫积累。
q-safety-risk-added = 自身造成的风险
q-safety-risk-added-unit = 风险点
q-safety-risk-added-desc = 当前风险中由该阵营自身造成的部分：它的竞赛，以及它的政策和选择对风险的影响，随风险消退而减弱。它越大，你的稳定得分越低。
q-safety-tension-added = 自身造成的紧张度
q-safety-tension-added-unit = 紧张度点
q-safety-tension-added-desc = 当前紧张度中由该阵营自身造成的部分：它的政策和选择对紧张度的影响（对美国而言，还包括比开局时更严或更松的出口管制），随紧张度回归而减弱。它会降低你的稳定得分；它也可以是负数。

## 地区
region-north-america = 北美
region-latin-america = 拉丁美洲
region-europe = 欧洲
region-middle-east-africa = 中东和非洲
region-south-asia = 南亚
region-southeast-asia = 东南亚
region-east-asia = 东亚

## 明细中的原因（数字为何变化）
cause-order = 你的指令（预算）
cause-funding-growth = 资金增长
cause-market-sentiment = 市场情绪
cause-sentiment-reversion = 情绪回归正常
cause-bubble-correction = AI 泡沫调整
cause-chip-purchases = 购买芯片
cause-smuggling = 走私芯片
cause-fab-output = 国内晶圆厂产量
cause-retirement = 旧芯片退役
cause-new-chip-mix = 新芯片改变平均值
cause-fab-growth = 晶圆厂产能增长
cause-fab-investment = 新增晶圆厂产能
cause-substitution = 被封锁资金转向国内或改作他用
cause-export-sales = 对对手的芯片销售
cause-upkeep = 政策运行费用
cause-returns = 投资者追逐回报
cause-attribution = 自身造成的风险或紧张度
cause-fab-learning = 晶圆厂学习效应
cause-frontier-progress = 最佳芯片的进步
cause-grid-build = 电网建设
cause-grid-investment = 预算中的电网投资
cause-grid-build-growth = 电网建设加速
cause-compute-recalc = 根据芯片和电力重新计算算力
cause-talent-inflow = 人才流入
cause-talent-outflow = 人才流失
cause-efficiency-growth = 算法进步
cause-diffusion = 通过扩散追赶
cause-capability-recalc = 重新计算能力
cause-pace-update = 更新速度
cause-lead-recalc = 重新计算领先
cause-adoption-growth = 采用率增长
cause-market-shift = 市场变化
cause-racing-risk = 竞赛风险
cause-risk-decay = 风险消退
cause-tension-drift = 紧张度回归
cause-bubble-build-up = 泡沫积累
cause-bubble-decay = 泡沫消退
cause-capital-income = 政治资本收入
cause-clamp = 限制在取值范围内
cause-policy = 政策：{ $name }
cause-event = 事件：{ $name }

## 政策类别（情景中的类别 id）
category-chips = 芯片
category-energy = 能源
category-talent = 人才
category-safety = 安全
category-diplomacy = 外交
category-funding = 资金
category-research = 研发
category-adoption = 采用率
category-security = 国家安全
category-markets = 市场
category-other = 其他
category-compute = 算力
category-intelligence = 情报

## 实验画面
exp-title = 实验
exp-intro = 让电脑玩家之间进行多局对战，看看某个参数会带来什么变化：双方各自获胜的频率，以及某个指标随时间变化的中位数和离散程度。每个变体使用相同的种子。
exp-no-scenario = 请先在新游戏画面选择一个情景。
exp-runs = 每个变体的对局数
exp-us = 美国电脑难度
exp-china = 中国电脑难度
exp-seed = 种子
exp-vary = 要改变的参数（路径；留空：不改变）
exp-pick-param = 选择一个参数（或在下方输入其路径）
exp-values = 参数的取值，用英文逗号（,）分隔
exp-vary-hint = 路径格式与 `ai-race params --scenario FILE` 列出的一致，例如 world.capability.returns_exponent 或 us.funding.private_growth。带推演的难度（普通、困难）要慢得多。
exp-run = 运行实验
exp-stop = 停止
exp-empty = 结果会显示在这里：带 95% 区间的各结局比例，以及任意指标的中位数及其 10–90% 区间带的图表。
exp-outcomes = 对局结局（95% 区间）
exp-col-variant = 变体
exp-col-us = 美国胜
exp-col-china = 中国胜
exp-col-draw = 平局
exp-col-loss = 共同失败
exp-bad-runs = 每个变体的对局数必须是 1 到 100000 之间的整数。
exp-bad-seed = 种子必须是整数。

## 课堂资料包（ai-race kit）
kit-title = AI 竞赛 — 课堂资料包：{ $scenario }
kit-role-title = { $side }：角色卡
kit-role-intro = 你在“{ $scenario }”中扮演{ $side }，每回合一个季度，从 { $start } 到 { $end }。每回合选择政策、分配预算，并回应与你有关的事件。
kit-goal = 你的目标：结束时得分更高
kit-start = 你的起点
kit-capital = 政治资本：开局 { $capital }，每季度增加 { $income }，最多存 { $cap }。实施或调整政策要花政治资本；有些政策每季度还要花国家资金。
kit-levers = 你的手段
kit-cost = { $capital } 政治资本
kit-cost-money = { $capital } 政治资本 + ${ $money }B/季度
kit-levels = { $n } 级
kit-orders-title = { $side }：一回合的指令
kit-orders-turn = 第 ____ 回合  季度 ________  队名 ________________  可用政治资本 ______
kit-orders-policy = 政策
kit-orders-cost = 成本
kit-orders-order = 指令
kit-orders-enact = ☐ 实施   ☐ 废除
kit-orders-level = 级别 ____（当前 ____）
kit-orders-budget = 预算分配（合计 100%）
kit-orders-events = 对事件的回应
kit-orders-event-line = 事件 ______________________________   选项 ____
kit-facts-title = 情景背后的文章
kit-facts-intro = 情景中的数字引用了文章中的这些数据。文章是 Ektisadi.com 的一篇阿拉伯语报道，转述了《华尔街日报》2025 年的报道。¶ 为原文段落编号，原文随游戏附带（assets/reference/source_article_ar.txt）。
kit-facts-figure = 数据
kit-facts-para = ¶
kit-facts-text = 文章怎么说

## 班级报告（ai-race class-report）
class-title = AI 竞赛 — 班级报告
class-intro = 来自 { $files } 个文件的 { $games } 局游戏，按情景分组。
class-skipped = 跳过的文件
class-scenario = { $scenario } — { $games } 局
class-games = 各局游戏
class-file = 存档
class-players = 玩家
class-verdict = 结果
class-lead-end = 结束时的领先（月）
class-lead-chart = 每局的领先（月，+ 表示美国领先）
class-timeline = 逐季度的政策调整与事件回应
class-parted = 每局与 { $first } 从何处分道扬镳
class-parted-order = 指令最早在 { $turn } 出现不同（{ $side }）
class-parted-same = 指令始终相同
class-parted-state = 两局在 { $turn } 之后开始不同
class-parted-seed = 种子不同，事件抽取从一开始就不同
class-biggest = 差异最大
class-prompts = 各局涉及的讨论问题
class-prompt-count = { $total } 局中的 { $n } 局
class-human = 真人
class-computer = 电脑（{ $level }）
class-unfinished = 未完成（已进行 { $turn } 回合）

## 被拒绝的指令（为何不能下达）
refusal-game-over = 游戏已结束，不再接受指令
refusal-bad-budget = 预算各项必须是数字，不能为负，也不能全为零
refusal-wrong-side = { $side }不能实施“{ $policy }”
refusal-already-ordered = “{ $policy }”本回合已有指令
refusal-capital = “{ $policy }”需要 { $cost } 政治资本；{ $side }本回合只剩 { $left }
refusal-money = “{ $policy }”每季度需要 ${ $cost }B 国家资金；{ $side }扣除现有政策开支后每季度只剩 ${ $left }B
refusal-fixed = “{ $policy }”由本情景固定，任何人都不能更改
refusal-requires = “{ $policy }”需要先实施“{ $needs }”
refusal-excludes = “{ $policy }”不能与“{ $with }”同时生效；请先废除“{ $with }”
refusal-has-levels = “{ $policy }”分级别：请改为设定级别
refusal-already-enacted = “{ $policy }”已经实施
refusal-project = “{ $policy }”是建设项目，不能废除
refusal-repeal-levels = “{ $policy }”分级别：请改设为 0 级
refusal-not-in-force = “{ $policy }”未生效
refusal-no-levels = “{ $policy }”没有级别
refusal-no-such-level = “{ $policy }”的级别为 0 到 { $max }；没有 { $level } 级
refusal-not-available = { $side }不能使用“{ $policy }”
refusal-already-at-level = “{ $policy }”已处于 { $level } 级
refusal-no-pending-choice = 没有等待{ $side }回应的“{ $event }”
refusal-no-such-choice = “{ $event }”只有 { $options } 个选项；没有选项 { $choice }
refusal-choice-order = “{ $event }”的选项 { $option } 会下达“{ $order }”，但该指令被拒绝：{ $reason }

## 电脑的理由（每个电脑行动下的一行说明）
why-rules = 规则型战略路线：保证芯片供电，实施它最看重的政策
why-random = 随机选择：{ $order }
why-random-none = 随机选择：不作改变
why-doctrine = 按战略路线规则：{ $order }
why-doctrine-none = 按战略路线规则：本回合不作改变
why-nothing-to-weigh = 本回合没有值得权衡的政策指令
why-no-change = 不出新政策：最佳备选的得分差为 { $best }，不作改变为 { $none }；到 { $horizon } 美国领先 { $lead } 个月
why-chosen = { $orders }：预期得分差 { $value }，不作改变为 { $none }{ $sureness }；到 { $horizon } 美国领先 { $lead } 个月（{ $rollouts } 次推演，每次 { $depth } 回合）
why-interval = ；收益的 95% 区间为 { $low } 至 { $high }
why-gamble = ；这是一次赌博：收益的 95% 区间 { $low } 至 { $high } 包含无收益
