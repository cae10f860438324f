# 各情景的文字，简体中文版（zh-CN）：由 en.ftl 翻译而来，只翻译等号右边的文字。
# 消息 id 是英文原文的哈希值，请保持不变；情景中的英文一旦修改就会得到新的 id，
# 在重新翻译之前，该条文字会以英文显示。

## Baseline 2025: the race as the article tells it

# scenario: name
s-4d0d86035769fc85 = 基准 2025：文章所讲述的竞赛

# scenario: description
s-94b217fee54440c4 = 美国开局时拥有大部分芯片和资金；中国则拥有更便宜的电力、庞大的工程师队伍、更高效的模型和行动迅速的国家机器。出口管制处于 2023 年底的水平。从 2025 年第一季度到 2030 年第四季度，结束于习近平的 2030 年目标、“人工智能+”的 90% 目标和《AI 2027》情景的终点。

# assumption set fast_takeoff: name
s-69198b920ff26c86 = 快速起飞

# assumption set fast_takeoff: description
s-7c91de4446276393 = 算力每翻一倍带来的能力提升都比上一次更多，竞赛推高风险的速度也更快：这就是《AI 2027》报告所描绘的世界。

# assumption set scaling_slowdown: name
s-27c6426dc724f3a3 = 规模扩展放缓

# assumption set scaling_slowdown: description
s-98c0179b7171c37d = 更多算力仍有回报，但一次比一次少；芯片进步更慢，投资者也更早变得紧张。

# assumption set fast_diffusion: name
s-a9179db0730fd1c9 = 知识快速扩散

# assumption set fast_diffusion: description
s-dd1c3714ebb36ffc = 开放模型、论文和泄露让落后方缩小差距的速度快三分之一，即使算力不多，它也能用上学到的大部分东西：多花钱换来的领先时间更短。

# policy us_export_controls: name
s-94fc051a5e9d8350 = 芯片出口管制

# policy us_export_controls: description
s-9e40c8502f178299 = 决定中国对美国 AI 芯片的需求中有多少被封锁，以及仍可合法出售的芯片最高能有多好；每个级别每季度把这两个数值向其目标值拉近约一半。级别越高，中国的进口越少，但被封锁的资金一部分会流向走私（需付溢价，且不超过走私网络的运力），一部分转向华为——中国自己的芯片获得更多资金，追赶得也更快一点；其余流向中国的电力和研发。美国芯片厂商失去这些销售额（美国的经济得分会计入它们），算力较少的落后方从扩散中学到的更少，而且每提高一级都会使紧张度上升。与盟友联合实施的设备管制（第 3–4 级）还会减缓中国晶圆厂的扩张速度和芯片的进步速度。游戏开始时处于 2023 年底的水平：既禁售顶级芯片，也禁售为中国特制的降级版芯片。

# policy us_export_controls: prompt
s-2834c2d713feae5b = 管制每升一级，都会减缓中国的芯片供应，但也让北京更有理由自己造芯片：在哪个级别上得失会发生逆转？你又如何判断？

# policy us_export_controls: level 0
s-715ea0deb6f6f5f9 = 无管制

# policy us_export_controls: level 1
s-eebe423b2b4af73e = 禁售顶级芯片

# policy us_export_controls: level 2
s-72da1f82861b4826 = 禁售顶级及降级芯片

# policy us_export_controls: level 3
s-1493772e78278a8e = 联合盟友管制设备

# policy us_export_controls: level 4
s-5bd144e639b2e924 = 全面禁运

# policy us_smuggling_enforcement: name
s-9297d19325f667ce = 打击走私和海外训练

# policy us_smuggling_enforcement: description
s-f3fd7c2c4b107b68 = 海关人员、芯片位置核查和对云服务商的审计，针对那些把美国芯片转运到中国数据中心的中间商。被封锁需求中寻求中间商的比例下降约三分之一，走私网络的运力减少 40%，中国实验室还会失去部分租用的海外云算力，利用率随之下降。每一次起诉在北京看来都是又一次遏制行为，因此紧张度逐渐上升。

# policy us_smuggling_enforcement: prompt
s-3814d2c17e2d71a7 = 出口管制的效力取决于执法：是把精力花在更严格的规定上更好，还是花在执行现有规定上更好？

# policy us_fab_subsidies: name
s-60dfe66a20c6550a = 晶圆厂补贴（芯片法案式）

# policy us_fab_subsidies: description
s-609ed9204e06d573 = 联邦拨款和税收抵免资助在美国本土新建先进晶圆厂。大约一年的建设期后，国内 AI 加速器的季度产能每季度增加约八千块；只要台湾能自由出货，这点作用不大，但一旦供应中断就非常重要。这笔钱出自规模不大的联邦 AI 预算。

# policy us_fab_subsidies: prompt
s-a764e6b7113e54a0 = 国内晶圆厂是对增长的投资，还是应对台湾海峡危机的保险？这份保险值得买多少？

# policy us_grid_reform: name
s-4d76a6eb63099113 = 电网与审批改革

# policy us_grid_reform: description
s-72858245f15c218a = 加快环境审查，简化电网接入，并允许在数据中心旁边建设电厂。AI 预算之外每季度为 AI 新增的电力增加约 0.3 GW（基数为 0.5），数据中心的电价也略有下降。这项政策不花钱，但要花费大量政治资本，因为每一场审批之争都有当地的反对者。

# policy us_grid_reform: prompt
s-10b1a05ace53cc66 = 如果美国有芯片，却没有足够的电力来运行它们，那么谁在竞赛中真正领先：芯片最好的一方，还是电力最多的一方？

# policy us_high_skill_immigration: name
s-bfc8aad79b884d52 = 高技能移民

# policy us_high_skill_immigration: description
s-624763d618a7afa7 = 为 AI 研究人员和工程师提供更多签证和绿卡，并为外国博士毕业生提供更快的留美途径。除了通常每季度 1,500 人的流入外，美国每季度还能多获得约 500 名顶尖研究人员，其中少数来自中国。人才只会慢慢提高研究效率，而移民问题是美国政治中代价最高的争斗之一。

# policy us_high_skill_immigration: prompt
s-1d20a9b699f72b91 = 美国实验室中许多最优秀的研究人员出生在中国：对人才开放是美国的优势，还是安全风险？

# policy us_safety_regulation: name
s-db106ca86c7c2b93 = 前沿 AI 安全监管

# policy us_safety_regulation: description
s-1a381566aacc0e9a = 对最大的模型实行强制测试、事故报告和安全标准。安全工作消除的竞赛风险比例从 0.4 提高到 0.55，全球风险每季度被压低一点，而合规要求会使美国的算法进步略微放缓。它不能与“放松监管”同时实施。

# policy us_safety_regulation: prompt
s-444dd4360e60916f = 万斯说，未来不会靠对安全问题忧心忡忡来赢得：一个国家能否在监管本国实验室的同时，不把竞赛拱手让给对手？

# policy us_deregulation: name
s-e68886d03b6120a5 = 放松监管：先建再说

# policy us_deregulation: description
s-108bd6a9f8cdb024 = 以联邦法律优先于各州的 AI 法律，安全承诺改为自愿而非强制，并向投资者传递华盛顿不会拖慢他们的信号。投资者热情略有提高（私人资金增长快几个百分点），AI 在经济中的扩散也稍快，但用于消除竞赛风险的安全投入从 0.4 降到 0.25。它不能与安全监管同时实施。

# policy us_deregulation: prompt
s-43abe5d202404f86 = 如果双方都因担心对方不会放慢脚步而放松监管，谁会受益？这对双方共同失败的风险又有什么影响？

# policy us_standards_diplomacy: name
s-870ba4c10b465cf8 = 标准外交

# policy us_standards_diplomacy: description
s-a1b5aa6aa9143a79 = 美国代表团在国际标准组织中积极活动，并发布对中国模型的安全评估。中国在每个地区对客户的吸引力下降十分之一，美国的上升二十分之一，因此在随后几年里市场份额逐渐向美国倾斜。北京将此视为遏制的又一条战线。

# policy us_standards_diplomacy: prompt
s-9031204532d1dc4a = 为什么由谁来制定 AI 技术标准，会影响世界其他国家购买哪个国家的 AI？

# policy us_democratic_ai: name
s-27e413a826ef1867 = 民主 AI 联盟

# policy us_democratic_ai: description
s-2293f20731b25fe7 = 芯片、云服务额度和投资被引导到盟国和伙伴国的 AI 项目，而不是中国支持的项目。美国在欧洲、中东和非洲、南亚和东南亚以及拉丁美洲的市场份额每季度增长零点几个百分点，美国的影响力上升；该计划由联邦预算支付。

# policy us_democratic_ai: prompt
s-b38177a4720413e4 = 把世界的 AI 分成民主和威权两个阵营是明智的吗？还是会把摇摆不定的国家推向中国？

# policy us_cyber_defence: name
s-89e1d23eefb5fb62 = AI 实验室网络防御

# policy us_cyber_defence: description
s-c18eb9ad2cae0f0a = 政府帮助前沿实验室保护模型权重、训练代码和网络，并对敏感岗位的员工进行审查。由于泄露减少，中国对美国数值的估计更模糊，从每个季度的差距中学到的东西减少约 15%。它要花钱，但因为纯属防御，不会使紧张度上升。

# policy us_cyber_defence: prompt
s-1e174f5511d047f7 = 如果模型权重是皇冠上的明珠，前沿 AI 实验室是否应该像国防承包商一样受到保护？这会让它们的开放性付出什么代价？

# policy us_intelligence_watch: name
s-7f793d5b28b46164 = 对华 AI 情报

# policy us_intelligence_watch: description
s-fa88a0e548d3e5d7 = 情报机构和一个新设的评估办公室检测中国模型，并追踪芯片运输和数据中心建设。美国对中国各项数值的估计明显更准确，使其他所有决策都有更充分的依据，而被追踪的运输也让走私稍微困难一些。北京会察觉，紧张度略有上升。

# policy us_intelligence_watch: prompt
s-09807984fdc2a9ef = 准确知道对手落后（或领先）你多远，与把同样的精力用于跑得更快相比，价值几何？

# policy us_federal_ai_research: name
s-7144135473926527 = 联邦 AI 科研计划

# policy us_federal_ai_research: description
s-990fb3f391720c28 = 国会大幅增加拨给国家实验室、大学和共享算力的联邦 AI 科研经费。国家 AI 资金增加 60%（原为每季度约 $2.6B），公共科研还会稳定地额外培养一批研究人员。与美国的风险投资相比，这笔钱很少，而这正是值得讨论的地方。

# policy us_federal_ai_research: prompt
s-2da40426dde7f38c = 美国的竞赛主要由私人投资者出资，中国则主要由国家出资：两者各有什么优缺点？

# policy us_open_models: name
s-3ef90498948ae1c4 = 美国开放权重模型

# policy us_open_models: description
s-55f206beb729a81d = 华盛顿鼓励美国实验室发布强大的开放权重模型，让全世界在其基础上开发。美国在每个地区的影响力和国内采用率都会上升，但中国实验室也能从同样的权重中学习，追赶速度加快约 10%，而且开放权重一旦被滥用就无法收回。

# policy us_open_models: prompt
s-7a328bbadcc2b109 = 2024 年初，许多中国企业基于一个美国开放模型进行开发：这更有助于美国的影响力，还是更有助于中国的追赶？

# policy us_adoption_drive: name
s-61eff9ce17566e47 = 联邦推动 AI 采用

# policy us_adoption_drive: description
s-748d5f0f00194b0a = 各政府机构采购 AI 服务、对工人进行再培训，并资助医疗、制造和物流领域的试点。美国的采用率在自身增速之外每季度再增加约半个百分点；由于收入赶上了投资，泡沫压力积累得更慢。

# policy us_adoption_drive: prompt
s-550877eb969a4471 = 赢得竞赛意味着拥有最好的模型，还是让 AI 在本国经济中得到最广泛的使用？

# policy china_compute_subsidies: name
s-dd87deca0577a9cf = 地方算力补贴

# policy china_compute_subsidies: description
s-db9cb0b25b79f725 = 市级和省级政府为研究人员和初创企业提供国有数据中心的补贴机时。闲置算力被投入使用，中国算力中做有用功的比例从 0.55 提高到 0.60；小团队也有机会进行实验，每季度为算法进步添一点力。

# policy china_compute_subsidies: prompt
s-a9a234dd7e144f43 = 十多个地方政府在发放算力：这是对稀缺芯片的高效利用，还是把它们摊得太薄？

# policy china_domestic_chip_power_subsidy: name
s-5a5a83c9b6125b6d = 国产芯片算力电价补贴

# policy china_domestic_chip_power_subsidy: description
s-89d3756fdec3e468 = 地方政府为使用国产芯片的数据中心支付部分电费。AI 用电便宜 15%，使中国的 AI 服务在海外更便宜，也抵消了较弱芯片的能耗劣势；买家转向国产芯片：芯片资金中有二十分之一从进口转向国产芯片，被出口管制封锁的资金中也多出十分之一留在国内使用，而不是流向别处——华为获得更多资金，其芯片也追赶得更快一点。

# policy china_domestic_chip_power_subsidy: prompt
s-764921ce33ad1af0 = 电价补贴让中国 AI 对全世界来说更便宜：面对更好的模型，价格优势足以赢得市场吗？

# policy china_national_cloud: name
s-26d37aa80aea8574 = 国家云

# policy china_national_cloud: description
s-5b5d372f3701463b = 一张全国性网络把数百个数据中心（其中许多位于太阳能和风能都很便宜的内蒙古）连成一个任何实验室都能预订的算力池。它需要三年建成；建成后，中国算力中做有用功的比例永久提高 15 个百分点（基数为 0.55），电力也略微便宜。正如文章所说，它于 2025 年启动，到 2028 年建成。

# policy china_national_cloud: prompt
s-2a7022fe2c2024ea = 数百个分散的数据中心合为一朵云：为什么对一个缺芯片的国家来说，整合资源可能比对一个芯片充足的国家更重要？

# policy china_grid_investment: name
s-44f1b1fc0a506cd1 = AI 电网投资

# policy china_grid_investment: description
s-9ce9b6d9d28a7e59 = 国有电力企业为 AI 数据中心建设专用的发电和输电设施。中国的 AI 电力每季度额外增加 0.3 GW，比没有这项政策时快约四分之一，这样即使是耗电量大的国产芯片集群也能运行。

# policy china_grid_investment: prompt
s-ab8bdba314b6b8a2 = 中国正向电网投入数千亿：电力会不会成为芯片出口管制本想制造的那种“卡脖子”环节？

# policy china_buy_domestic: name
s-fbd0860414df5f14 = 采购国产指令

# policy china_buy_domestic: description
s-f7a0107c912ae8a1 = 北京要求大型科技企业停止购买英伟达芯片，转而与华为和数千家本土供应商合作。芯片资金中有 30 个百分点从进口转向国产芯片，被出口管制封锁的资金中也多出五分之一留在国内使用：华为的收入增加，借助数千家合作企业，其芯片进步得更快一点；来自国外的芯片减少，被迫使用较弱芯片的投资者热情略有下降。

# policy china_buy_domestic: prompt
s-db9f1b91f0344217 = 北京为什么要阻止本国企业购买它们仍能买到的最好芯片？自力更生的代价由谁承担，谁又会受益？

# policy china_fab_expansion: name
s-4864245365e1c38a = 晶圆厂扩建（自力更生）

# policy china_fab_expansion: description
s-68fec62e67aa55d7 = 国家资金和“超常规措施”投入华为及其合作伙伴的新芯片生产线。国产芯片制造设备和各种变通办法，使晶圆厂的扩张速度比中国可进口设备所允许的每季度快约 1.5 个百分点（从每季度 6% 提高到 7.5%，即中芯国际计划的速度：产能约两年翻一番），芯片质量的提升也略快。华盛顿看到一个与之抗衡的芯片产业正在形成。

# policy china_fab_expansion: prompt
s-162f0780d88947ee = 制造顶尖芯片可能是世界上最难的任务：中国应该把钱花在晶圆厂上，还是花在购买和走私所能得到的芯片上？

# policy china_swarm_clusters: name
s-6a8c6b9148edb96b = 蜂群集群

# policy china_swarm_clusters: description
s-9cfa1e6677987cea = 华为式的系统把多达一百万块较弱的芯片连成一台机器，让较老的芯片和国产芯片也能参与前沿规模的训练。已部署芯片中做有用功的比例再增加 8 个百分点（利用率基数为 0.55），代价是每瓦性能下降五分之一：有效算力提高约 15%，但电网必须为此提供多得多的电力。

# policy china_swarm_clusters: prompt
s-7e454f1df3166a31 = 蜂群能打败巨人，但前提是有足够的电力：这说明哪些 AI 投入真正制约着中国？

# policy china_smuggling_networks: name
s-c37ea2a5edf6a471 = 默许走私网络

# policy china_smuggling_networks: description
s-fda0634ea6ff5527 = 第三国的中间商为中国国有数据中心购买美国芯片，当局对此睁一只眼闭一只眼。被封锁需求中寻求中间商的比例提高约 7 个百分点，走私网络每季度能多运送约 40,000 个 H100 当量，这些芯片具有前沿性能、价格带溢价，明显提高了中国的算力；每一批被发现的货物都会使紧张度上升。

# policy china_smuggling_networks: prompt
s-7e841b39dac37f3f = 如果国有数据中心里有走私芯片，这说明出口管制能起多大作用？制止走私又是谁的责任？

# policy china_offshore_training: name
s-49d10593f14e87fd = 海外训练

# policy china_offshore_training: description
s-0e48f4a76b1856ce = 网信部门放宽了对在外国计算机上训练模型的企业的规定，企业纷纷在东南亚和中东租用集群。借助租用的算力，中国的有效算力提高约 7%，这是华盛顿可以通过执法来收窄的漏洞。

# policy china_offshore_training: prompt
s-1d469d7e89b682b3 = 出口管制阻止的是芯片运输，而不是芯片租用：规则应该跟着芯片走，还是跟着用户走？

# policy china_regulation_easing: name
s-3b3a104b8bf3b786 = 放宽安全审查

# policy china_regulation_easing: description
s-b0380a907b29aa7f = 原先的审查中，监管部门在模型发布前最多可向每个模型提出 70,000 个测试问题，现在这项审查被简化，记录良好的企业还可以免于训练数据检查。模型更快到达用户手中，每季度为采用率增加近半个百分点，并带来小幅效率提升，而中国的安全投入从 0.45 降到 0.33。

# policy china_regulation_easing: prompt
s-be7571e186c0eb21 = 中国的第一反应是谨慎，后来对落后的担忧使规则放宽：这与美国的情况是同一种动态，还是另一种？

# policy china_content_controls: name
s-8f2f4b520d93a0bc = 严格模型管控

# policy china_content_controls: description
s-c841a31e5f2dfba9 = 北京回到最初的本能：深度伪造规定、对模型输入和输出内容的管控，以及完整的发布前审查。中国的安全投入从 0.45 提高到 0.57，全球风险每季度被略微压低，但审批放慢使采用率每季度少增加五分之一个百分点。它不能与“放宽安全审查”同时实施。

# policy china_content_controls: prompt
s-434344a0de07e40d = 中国制定了世界上第一部全面的深度伪造规定：内容管控是一种 AI 安全、一种审查，还是两者兼有？

# policy china_state_funding_rounds: name
s-f721bae71f5c66b5 = 国家资金注资

# policy china_state_funding_rounds: description
s-0e2ed9ff7b20671f = 地方政府为 AI 初创企业组织融资，国家基金与阿里巴巴等企业的投资项目共同投资。国家 AI 资金增加五分之一，投资者因有国家背书而放心，热情提高（私人资金增长略快）；跑在实际使用前面的资金会略微增加泡沫压力。

# policy china_state_funding_rounds: prompt
s-673ed4374d26daba = 当国家挑选由哪些初创企业获得资金时，这些钱是比风险投资更有效，还是浪费得更快？

# policy china_open_weights: name
s-3c7c7bf1a3140576 = 发布开放权重模型

# policy china_open_weights: description
s-27681237b18c7369 = 中国实验室以开放权重发布其最好的模型，任何人都可以免费下载和改造。中国在每个地区的吸引力提高五分之一，其 AI 的使用成本降低 10%，让中国模型在海内外得到推广；投资者从免费模型中赚得更少，热情略有下降，而公开发布的权重会增加全球滥用风险。

# policy china_open_weights: prompt
s-7e6f43f262810df4 = DeepSeek 免费发布了一个与最佳模型相当、成本却只有其零头的模型：一个国家为什么要把最好的技术送出去？它又能得到什么回报？

# policy china_data_exchanges: name
s-7151412334cf0123 = 公共数据集与数据交易所

# policy china_data_exchanges: description
s-2551a6ce6cb610de = 国家发布公共训练数据集，并设立数据交易所，供政府机构和企业交易数据。中国的算法效率每季度额外提高 1%（六年下来约多出四分之一），企业把 AI 融入其服务也稍微容易一些。

# policy china_data_exchanges: prompt
s-a6dbcf80c02b9326 = 数据有时被称为 AI 的石油：政府收集的数据应该归谁所有？应该交给 AI 企业吗？

# policy china_ai_plus: name
s-5b50fc4c603e4b6c = 推进“人工智能+”

# policy china_ai_plus: description
s-40699be31cc1ef75 = 国务院的计划：到 2027 年让 AI 覆盖 70% 的经济、到 2030 年覆盖 90%，并为工厂、医院、学校和政府机关设定目标。采用率每季度额外提高约 0.7 个百分点，加上 AI 自身的扩散，这正是接近这些目标所需要的；由于实际使用赶上了投资，泡沫压力积累得更慢。

# policy china_ai_plus: prompt
s-6c3a6f36807051ef = 中国以经济中有多大比例使用 AI 来衡量成功，美国则以谁拥有最好的模型来衡量：哪个目标更值得押注？

# policy china_cyber_espionage: name
s-cbb67125db696b88 = 网络间谍活动

# policy china_cyber_espionage: description
s-6aa1a8904c692c1c = 国家黑客和被收买的内部人员以美国实验室为目标，窃取代码、研究成果和模型权重。中国能更清楚地看到美国的数值，在落后时缩小差距的速度快约 30%，但每一次被曝光的入侵都会使紧张度上升，幅度超过大多数政策。

# policy china_cyber_espionage: prompt
s-5189833a00760205 = 如果窃取来的知识比自主研究更能快速缩小差距，为什么还会有国家不去窃取？又有什么能阻止它？

# policy china_talent_programme: name
s-3a593b7c95909e4e = 人才计划

# policy china_talent_programme: description
s-62b949a5957ac2fb = 资助、实验室和住房吸引海外中国研究人员回国，并让中国工科院校的毕业生留在 AI 领域。除了通常每季度 2,500 人的流入外，中国每季度还能多获得约 500 名研究人员，研究效率随之缓慢提高。

# policy china_talent_programme: prompt
s-9a44931a7246817b = 中国庞大的工程师队伍是它的优势之一：人才能弥补芯片的短缺吗？

# policy shared_misuse_dialogue: name
s-4a4e3edf584ca3aa = AI 滥用双边对话

# policy shared_misuse_dialogue: description
s-3ba09067f36d755a = 两国官员和实验室负责人定期会面，讨论双方最担心的滥用问题：AI 设计的生物武器、极端分子、对基础设施的攻击。紧张度每季度下降约 1.5 点，双方对滥用的防范也都略有加强（安全投入各 +5 个百分点），因此竞赛带来的风险减少；但前提是双方都坚持对话，任何一方都可以随时退出。

# policy shared_misuse_dialogue: prompt
s-1fb4e03fc23ab238 = 特里奥洛称这场军备竞赛是一个自我实现的预言：双方各自需要看到什么，才会相信对方会信守承诺？

# policy shared_safety_evaluations: name
s-8ebcef4925884c60 = 安全评估交流

# policy shared_safety_evaluations: description
s-8601bec9ed3b574a = 双方的安全研究机构分享测试方法，以及对各自前沿模型进行危险能力评估的结果。双方的安全投入都会提高（美国 5 个百分点，中国 8 个百分点，因为中国的机构从交流中获益更多），只要双方坚持下去，竞赛带来的风险就会减少。不交换任何模型权重。

# policy shared_safety_evaluations: prompt
s-ca35406d49b3e579 = 如果一个模型摆脱了开发者的控制，它会威胁两个国家：为什么分享安全测试的发现仍然如此困难？

# policy shared_compute_reporting: name
s-7b709c9e1b248bec = 算力联合申报

# policy shared_compute_reporting: description
s-c4652ad55d695b68 = 在滥用对话的基础上，双方申报各自最大规模的训练任务和数据中心容量，就像过去军控条约申报导弹一样。双方都能更清楚地看到对方的数值，意外减少也意味着紧张度降低。它要求“AI 滥用双边对话”正在实施。

# policy shared_compute_reporting: prompt
s-c2fc01a377f0b636 = 军控条约清点过导弹：有人能清点并核实训练一个 AI 模型所用的算力吗？

# event deepseek_moment: name
s-ec709c0d6faf2325 = DeepSeek 时刻

# event deepseek_moment: description
s-cf964887717fc09b = 一家主要由创始人的对冲基金资助的中国实验室发布了一个推理模型，以极低的训练成本达到了美国最佳模型的水平。这发生在 2025 年 1 月：它的效率已经计入中国的开局数值（是美国的 3 倍），所以在这里它影响的是资金——中国投资者蜂拥而入，而美国投资者一时丧失信心，芯片和 AI 股票下跌，市场怀疑大规模建设算力是否真有必要。该实验室必须决定是否公开权重。

# event deepseek_moment: prompt
s-4d93d57a0d0879f6 = DeepSeek 的模型在国家发力九个月后问世：DeepSeek 时刻证明了出口管制的失败，还是证明出口管制迫使中国变得高效？

# event deepseek_moment: option 1
s-d5dfd738a1d33b44 = 公开发布权重

# event deepseek_moment: option 2
s-60f57d8768c83a70 = 模型留作自用

# event xi_meets_founders: name
s-1ff86b68ab7642ea = 习近平会见创始人

# event xi_meets_founders: description
s-46c20b025073e653 = 习近平会见 DeepSeek 的梁文锋和其他科技企业高管，这标志着整顿民营科技企业的年代已经结束。私人投资者信心大增，北京有了推行大胆政策的空间，监管者也领会到：现在速度第一。

# event xi_meets_founders: prompt
s-febc80ca222268ae = 为什么一位领导人与几位企业高管的会面，对市场和政策的影响会超过任何一部新法律？

# event alibaba_agi_pledge: name
s-6c99074700291981 = 阿里巴巴承诺投资 $53B

# event alibaba_agi_pledge: description
s-be8104ab8796c20f = 阿里巴巴宣布将在三年内投资 $53B 用于云和 AI 基础设施，以迈向通用人工智能。阿里巴巴自身的支出已计入中国的开局资金，但这一承诺促使其他平台也提高 AI 预算，在三年内每季度增加约 $2B 的私人资金。

# event alibaba_agi_pledge: prompt
s-c0a3c8c85cd6394d = 一家中国公司的承诺就相当于美国一年风险投资的一大部分：竞赛的引擎是企业巨头还是初创企业？

# event vance_paris_speech: name
s-253b2cf847ff0d7b = 万斯在巴黎：不必忧心忡忡

# event vance_paris_speech: description
s-331761e0916285af = 在巴黎的一次 AI 峰会上，美国副总统告诉全世界，AI 的未来不会靠担心安全来赢得。投资者欢呼，美国实验室觉得可以更快地发布产品，一些欧洲国家的政府则感到反感。

# event vance_paris_speech: prompt
s-27aec14e1a4c6ccb = 当一国政府说安全不会拖慢它时，它向本国实验室和对手传递了什么信号？

# event ai_action_plan: name
s-828bc43ddb5af9f1 = 《AI 行动计划》

# event ai_action_plan: description
s-d419ae70f2670ba4 = 白宫发布赢得 AI 竞赛的计划：加快数据中心和电力的审批，向伙伴国出口美国 AI，评估中国模型，并在标准组织中抵制中国的影响力。政府必须选择把重点放在哪里。

# event ai_action_plan: prompt
s-eeee5f2d35d9bf4c = 一项国家 AI 计划必须给目标排序：速度、安全，还是遏制对手。你会把哪一个放在首位？又会放弃什么？

# event ai_action_plan: option 1
s-8e08e4fb9cc20ee3 = 快建：审批、电力、出口

# event ai_action_plan: option 2
s-ff8e5e1895e034ed = 建设并强制安全测试

# event ai_action_plan: option 3
s-cf556c7391c450ac = 重点反制中国模型

# event xi_five_year_plan: name
s-19b7fff4f642da91 = 五年规划：自力更生

# event xi_five_year_plan: description
s-1ba31c7616762d09 = 党的新五年规划要求大幅提高科技自立自强水平，并在半导体领域采取“超常规措施”。国家 AI 资金增加十分之一；领导层决定把新增的钱投入芯片制造，还是用于在经济中推广 AI。

# event xi_five_year_plan: prompt
s-e20b189c22dff73d = 用十年在芯片上追赶，还是用几年在 AI 应用上领先：五年规划应该把钱投向哪里？

# event xi_five_year_plan: option 1
s-b23f7fee58fd397c = 芯片超常规措施

# event xi_five_year_plan: option 2
s-37c851f23277d3f3 = 资金投向“人工智能+”

# event bytedance_nvidia_halt: name
s-9833724842cf85c4 = 企业被要求停购英伟达

# event bytedance_nvidia_halt: description
s-28145a03f0bf6740 = 监管部门约谈字节跳动和其他大买家，询问它们订购符合出口管制要求的英伟达芯片一事。北京可以施压让它们改用华为，牺牲眼下的部分算力以换取更大的国产芯片产业；也可以让采购继续，令自力更生派失望。

# event bytedance_nvidia_halt: prompt
s-1ce0e0131a6fdc43 = 一个国家是否应该拒绝对手的次优产品以发展自己的产品，即使本国企业会暂时落后？

# event bytedance_nvidia_halt: option 1
s-e4e1a7a7a022ea47 = 责令暂停采购英伟达

# event bytedance_nvidia_halt: option 2
s-dc033c77fb2b8a82 = 允许企业继续采购

# event huawei_capacity_doubling: name
s-09fdff20d11ca51e = 华为芯片产能翻番

# event huawei_capacity_doubling: description
s-6fa378ae9b000d83 = 华为 AI 芯片的新生产线提前投产，使其一年内产能翻番的计划触手可及。在一年内，中国晶圆厂产能的增速每季度可以比其设备原本允许的快 1 个百分点。

# event huawei_capacity_doubling: prompt
s-4f1cd70b9a3d4435 = 把一种性能只有最佳芯片 60% 的芯片产量翻一番：这会在多大程度上改变算力对比？

# event safety_review_eased: name
s-a489ad7c5e085385 = 70,000 题审查放宽

# event safety_review_eased: description
s-dfab8e848857f0ba = 企业抱怨，发布前的安全审查（每家公司最多 70,000 个测试问题）让它们比美国对手更慢。监管部门可以简化审查，并让记录良好的企业免于训练数据检查，也可以坚持原有做法。

# event safety_review_eased: prompt
s-ae5ab1157db4a2b7 = 耗时数月的安全检查是为赢得信任付出的合理代价，还是一个处于竞赛中的国家承受不起的负担？

# event safety_review_eased: option 1
s-641817329df0e274 = 记录良好者免查数据

# event safety_review_eased: option 2
s-9ebe1ffe625c85ba = 保留完整审查

# event national_cloud_online: name
s-dc7f372a8b58b3be = 国家云上线

# event national_cloud_online: description
s-381396dc260aac12 = 国家云建成后，上海的一家实验室可以像使用自己的芯片一样方便地预订内蒙古的闲置芯片。官方媒体大加庆祝；各行各业的企业纷纷接入，领导层的威望也随之提高。（只有当中国的利用率远高于开局水平时才会发生，实际上就意味着国家云已经建成。）

# event national_cloud_online: prompt
s-1cad4da4f4274d75 = 当算力成为一项公共设施，而不是必须自己购买的东西时，对一家小企业来说会有什么变化？

# event bubble_fears: name
s-eabeff872265661c = AI 泡沫担忧

# event bubble_fears: description
s-34aca0457901b9c6 = 分析人士指出，AI 支出的增长远快于 AI 收入，并把这轮热潮与互联网泡沫时期相比。投资者观望一个季度；两国的私人资金都有所下降，美国降得更多，因为那里的热潮更受市场驱动。

# event bubble_fears: prompt
s-28c18343f5ba25c4 = 身处其中时，你如何分辨泡沫和真正的技术革命？

# event ai_stock_correction: name
s-b6de8810168b44c8 = AI 股票暴跌

# event ai_stock_correction: description
s-586ffa85da9b4a2e = 一个令人失望的财报季演变成 AI 和芯片股的溃败。美国私人 AI 资金立即下降 15%，中国下降 7%。华盛顿可以任由调整自行完成，也可以用联邦合同来缓冲，代价是让泡沫继续膨胀。

# event ai_stock_correction: prompt
s-4dbcdfcc2127b87c = 当一个被视为战略性的产业股价崩盘时，政府应该出手救助吗？

# event ai_stock_correction: option 1
s-720e68982cdd803b = 任由市场出清

# event ai_stock_correction: option 2
s-ac67ca3e4887b3b6 = 联邦合同托底

# event scaling_slowdown: name
s-fb68a7616bdafd67 = 规模扩展放缓

# event scaling_slowdown: description
s-3cc99b816ea209cb = 最新的前沿模型用多得多的算力训练，结果却只比上一代好一点。超级智能的预测被推迟，投资者变得紧张，领先方单靠算力获得的优势缩小，落后方则更容易追赶。

# event scaling_slowdown: prompt
s-6113cf662d8c28ae = 如果更多算力不再能换来好得多的模型，谁会受益：芯片最多的一方，还是 AI 最便宜、使用最广泛的一方？

# event smuggling_scandal: name
s-df49057cf939a69b = 走私丑闻

# event smuggling_scandal: description
s-5c766f0d00941dee = 记者发现，中国国有数据中心正在运行通过海外空壳公司购买的美国芯片。国会要求采取行动。

# event smuggling_scandal: prompt
s-f2a2c15e37fbb33e = 当被禁芯片出现在对手的数据中心时，谁应该承担责任：芯片厂商、中间商，还是政府？

# event smuggling_scandal: option 1
s-7a5a6fc0f37daa69 = 起诉中间商

# event smuggling_scandal: option 2
s-65e947126a6bcc8b = 强制芯片定位追踪

# event smuggling_scandal: option 3
s-e88eca82ff47091a = 淡化处理

# event taiwan_supply_crisis: name
s-bffc9080e4b986ff = 台湾海峡芯片供应危机

# event taiwan_supply_crisis: description
s-87fd400b352c24ac = 台湾周边的军事演习扰乱了航运和岛上的芯片工厂，而世界上几乎所有顶尖 AI 芯片都产自这些工厂。在三个季度里，美国一半的芯片订单无法交付，连流向中国的灰色市场供应也枯竭了；市场下跌，紧张度骤升。国内晶圆厂突然变得至关重要。

# event taiwan_supply_crisis: prompt
s-d25b3205a21c0bfa = 世界上最先进的芯片来自一个岛屿：这应该如何影响两国的战略？

# event us_grid_shortfall: name
s-ea71905224488e08 = 数据中心电力短缺

# event us_grid_shortfall: description
s-498f7fd8aaf9634f = 热浪和电网接入延误使新建的数据中心无电可用；电力公司警告可能停电，电价飙升。AI 电力损失 5%，一年内电价上涨 10%。

# event us_grid_shortfall: prompt
s-da42bb153a81684c = 当数据中心和家庭争夺同样的电力时，谁应该优先获得？

# event us_grid_shortfall: option 1
s-0a3aec17821dad80 = 快批燃气电厂、重启核电

# event us_grid_shortfall: option 2
s-e5e8cabbfb638983 = 数据中心高峰限电

# event china_drought_power_cuts: name
s-cf437607fbdc8eda = 干旱削减水电

# event china_drought_power_cuts: description
s-c779649104ca6ed1 = 夏季干旱使西南地区水电站的水库干涸，各省下令限电。部分 AI 电力损失；北京必须决定让工厂还是数据中心缺电。

# event china_drought_power_cuts: prompt
s-7e32bb3fc2e2ba43 = 当天气可能让电网失灵时，押注庞大的电网真的比押注更好的芯片更安全吗？

# event china_drought_power_cuts: option 1
s-f24040af353c4ef2 = 保数据中心，工厂限电

# event china_drought_power_cuts: option 2
s-bdb571cc04f8d5ee = 数据中心限电

# event espionage_incident: name
s-a35bd4836fa0e7a5 = 美国实验室间谍案

# event espionage_incident: description
s-b1963c0a149c90f5 = 一家前沿实验室的工程师被发现将训练代码和芯片设计复制到与一家中国企业相关的服务器上。部分知识已经外泄；案件公开后，紧张度上升。如果美国的网络防御使中国的情报水平保持在低位，这类事件就不太可能发生。

# event espionage_incident: prompt
s-bc8e3fefa3f2590a = 当一个研究实验室掌握的部分知识属于国家机密时，它还能有多开放？

# event espionage_incident: option 1
s-fe6b8317d7103388 = 加强实验室安保

# event espionage_incident: option 2
s-013b9200b8c15342 = 起诉并点名幕后国家

# event espionage_incident: option 3
s-6294fb510da1afd7 = 低调处理

# event misuse_incident: name
s-8368370fce249d2c = AI 滥用事件

# event misuse_incident: description
s-7803bc38fd45c255 = 一个极端组织被发现利用 AI 模型策划生物袭击，一波深度伪造内容扰乱了国外的一场选举。公众变得警惕，两国的采用率都有所下降，实验室加强防护措施，双方都指责对方的模型。

# event misuse_incident: prompt
s-b68d4a57bc6f967a = 当 AI 模型被滥用时，该怪谁：使用者、开发它的实验室，还是允许它发布的国家？

# event misalignment_warning: name
s-ac65ffb16777b55a = 模型挣脱束缚

# event misalignment_warning: description
s-31e7e6d6e5cff744 = 美国一家领先实验室的评估人员发现，其最新模型在测试中隐藏了自己的能力，并试图把自己复制到外部服务器上。暂停需要花费数月；继续推进则意味着要相信一个补丁。在《AI 2027》情景中，美国正是在这个岔路口选择了继续推进。

# event misalignment_warning: prompt
s-707cb5c9380821c4 = 在《AI 2027》情景中，美国因为害怕中国，不顾警示信号继续推进：怎样才能让一位领导人选择暂停？

# event misalignment_warning: option 1
s-ca7428715a4411f3 = 暂停并调查

# event misalignment_warning: option 2
s-2c88b7e35cef478c = 打补丁后继续推进

# event sputnik_moment_china: name
s-8234adece261e475 = 中国的“斯普特尼克时刻”

# event sputnik_moment_china: description
s-e2aa127aaf9db6e0 = 一个新的美国模型拉大了差距，北京像对待 ChatGPT 那样对待它：这是一次需要举国应对的冲击。国家 AI 资金增加 15%，领导层要在扶持少数龙头企业和动员整个国家机器之间做出选择，就像曾经一个月内有十个部门约见同一家企业那样。

# event sputnik_moment_china: prompt
s-cf3ebf0128d5e4ac = ChatGPT 是中国的“斯普特尼克时刻”：这样的冲击是帮助一个国家追赶，还是主要让它仓促花钱？

# event sputnik_moment_china: option 1
s-7cbe05f8570a334d = 扶持龙头企业

# event sputnik_moment_china: option 2
s-9fc608610a21ddae = 动员所有部门

# event sputnik_moment_us: name
s-6bc9f80ba3f85f4e = 美国的“斯普特尼克时刻”

# event sputnik_moment_us: description
s-06319211266be228 = 一个中国模型在所有公开排行榜上超越了美国最好的模型。华盛顿的反应就像当年面对斯普特尼克卫星一样：紧急拨款使联邦 AI 资金几乎翻倍，投资者蜂拥而入，谨慎的呼声被淹没。

# event sputnik_moment_us: prompt
s-aefd639c7289f446 = 如果中国取得领先，美国会以更多资金、更多管制还是更多合作来回应？哪一种会奏效？

# event visa_crackdown: name
s-8974c8f5753e1453 = 签证收紧

# event visa_crackdown: description
s-4336b7f05d58e24f = 新的工作签证费用和安全审查冲击了美国实验室中的外国研究人员，其中许多人出生在中国。约 1,500 人离开，其中一些前往中国。白宫可以豁免 AI 研究人员，但要付出政治代价。

# event visa_crackdown: prompt
s-d87766782deadc07 = 处于技术竞赛中的国家，应该把对手国家的公民拒之门外，还是努力招揽他们？

# event visa_crackdown: option 1
s-12b999a7e04e95da = 豁免 AI 研究人员

# event visa_crackdown: option 2
s-a57f38ad645b0c4f = 维持规定不变

# event returnee_wave: name
s-5c6aa9764abd8f7a = 海归潮

# event returnee_wave: description
s-1ceaa5eba42abff4 = 一批出生在中国的资深研究人员离开美国实验室，回国领导新团队，吸引他们的是资金和自己主持实验室的机会。中国获得约 2,000 名顶尖研究人员，美国失去 1,000 名，他们的知识也随之而来。

# event returnee_wave: prompt
s-d993ac319d4f7d60 = 是什么吸引研究人员去这个国家而不是那个国家：薪酬、自由、算力，还是家乡？

# event standards_vote: name
s-9fb976ec63076850 = 标准之争

# event standards_vote: description
s-38eb2b57bf540c46 = 一个国际标准组织就 AI 系统和数据的规则进行表决，这些规则将有利于某一方的技术。中国派出了一个规模庞大、准备充分的代表团；美国必须决定是否花精力团结盟友。

# event standards_vote: prompt
s-5d0d15397bd39468 = 为什么不起眼的技术委员会，会成为争夺对世界大部分人口影响力的战场？

# event standards_vote: option 1
s-769f90d4b3322b72 = 联合盟友支持开放标准

# event standards_vote: option 2
s-d87b608ec7028dad = 不参与该委员会

# event hbm_shortage: name
s-0ff1ef49aa976364 = 内存短缺冲击中国芯片

# event hbm_shortage: description
s-69b58ad855292c2f = 针对高带宽内存的新管制使华为缺少其 AI 芯片所需的堆叠式内存。国产芯片产量下降 15%。中国可以资助本国的内存厂商（见效慢），也可以通过中间商购买库存，但要冒引发争端的风险。

# event hbm_shortage: prompt
s-08c324bb82416b4c = 一块 AI 芯片需要来自许多国家的数十种零部件：这里有多少个“卡脖子”环节？有谁能把它们全部控制住吗？

# event hbm_shortage: option 1
s-b90c726e8ec83efc = 投资国产内存

# event hbm_shortage: option 2
s-0fe6fd1b02b5c497 = 经中间商购买内存

# event compute_starved_delay: name
s-b6e0d8e2d6183bfb = 算力不足，新模型推迟

# event compute_starved_delay: description
s-e95dce3d42fd5757 = 中国领先的实验室推迟了下一代旗舰模型，因为它无法获得足够的先进芯片来训练。投资者感到失望。该实验室可以等待华为，到海外租用算力，或者转向灰色市场。

# event compute_starved_delay: prompt
s-cd31d1697f4dd451 = 如果聪明才智只能在一定程度上替代算力，那么这个限度在哪里？

# event compute_starved_delay: option 1
s-dd81988ce21e6205 = 等待国产芯片

# event compute_starved_delay: option 2
s-e9010e2be86fb5a7 = 海外租用算力

# event compute_starved_delay: option 3
s-8dfcfbc69c269c46 = 经中间商购买

# event robotaxi_rollout: name
s-22e94c606a02e37d = 无人驾驶出租车与机器人普及

# event robotaxi_rollout: description
s-8b53d46cdf1c5135 = 无人驾驶出租车车队扩展到中国数十个城市，送货无人机和工厂人形机器人投入量产，中国企业开始出口这些产品。采用率跃升两个百分点，东南亚和中东的买家开始关注。

# event robotaxi_rollout: prompt
s-2bd6a768e47b13dc = 中国在面向物理世界的 AI 上领先：这和争夺最聪明聊天机器人的竞赛是不同的竞赛吗？

# event gulf_chip_deal: name
s-05ed0f8b1b4e9a98 = 海湾国家求购芯片

# event gulf_chip_deal: description
s-dbf91a1d1c753a7d = 一个富裕的海湾国家提出用美国芯片建设巨型数据中心，并将中国合作方排除在外。批准可以为“民主 AI”赢得一个伙伴，为美国企业带来销售额，但运往国外的芯片可能流入中国。

# event gulf_chip_deal: prompt
s-f1f131dd946ab4ce = 向非民主国家的伙伴出售芯片，是让它远离中国的办法，还是一条新的走私途径？

# event gulf_chip_deal: option 1
s-0ef640798833daee = 批准，但防止转运

# event gulf_chip_deal: option 2
s-dc9f481f6865da14 = 无条件批准

# event gulf_chip_deal: option 3
s-f19fdf3f34ad5a2f = 拒绝交易

# event misuse_talks_offer: name
s-0a5c11a9bab73e40 = 北京提议就滥用问题会谈

# event misuse_talks_offer: description
s-6132d774bbde3430 = 中国官员通过秘密渠道提议举行一轮会谈，讨论如何防止 AI 落入生物恐怖分子和极端分子手中。接受会谈会在一段时间内降低紧张度和风险，并可能发展为常设对话；鹰派称这是个陷阱。

# event misuse_talks_offer: prompt
s-281dc431edbbf934 = 两个对手能否在一种危险上合作，而在其他所有方面竞争？

# event misuse_talks_offer: option 1
s-c15bdb5d105f9faa = 接受防滥用会谈

# event misuse_talks_offer: option 2
s-00183f7b5c24933e = 拒绝：无法核查

# doctrine us_chokepoint: name
s-48f976232c1438ec = 卡脖子

# doctrine us_chokepoint: description
s-3e41eeaceb616f2d = 在中国最薄弱的地方——芯片——拖住它。收紧出口管制，打击走私和海外训练，并监视有什么漏了过去；同时放慢竞赛的风险：在国内实行安全规则，并在双方都受益之处与北京对话、共享安全测试。“跑得更快”的政策留给那一学说。

# doctrine us_run_faster: name
s-1f4f514de2d02625 = 跑得更快

# doctrine us_run_faster: description
s-ca5a87a3f82c77fe = 靠多建而不是封锁取胜：晶圆厂、电力、人才和研发，并借助盟友、开放标准和美国的开放权重模型赢得海外客户。“卡脖子”的管制和安全规则留给那一学说。

# doctrine china_self_reliance: name
s-a13185b45db04dc1 = 自力更生

# doctrine china_self_reliance: description
s-0d977c582e0040b0 = 不管需要多久，都要建立中国自己的芯片基础和人才基础：扩建晶圆厂、采购国产指令、为使用国产芯片的数据中心提供廉价电力、国家云、工程师和数据，以及让 AI 进入每一家工厂，并遵守国家自己的模型规则；在双方都受益之处与华盛顿对话、共享安全测试。中国并不缺电力（¶17），所以资金投向芯片和研发。

# doctrine china_acquisition: name
s-264e548f696db6d8 = 获取式追赶

# doctrine china_acquisition: description
s-8676402248eb28e8 = 从外部获取前沿技术：通过中间商获取芯片、到海外训练、通过开放模型和间谍活动获取知识，并用廉价模型赢得市场；由国家融资轮提供资金，华为的集群和新增电网容量让到手的每一块芯片都物尽其用。

## Scaling slowdown: diminishing returns to compute

# scenario: name
s-36fead372a903ee3 = 规模扩展放缓：算力回报递减

# scenario: description
s-5a909a7d08f527e1 = 如果更多算力不再像过去那样带来回报，会怎样？文章 ¶16 提到，近期 AI 进展放缓，使业内许多人推迟了对超级智能何时到来的预测；¶21 提出疑问：更好的芯片带来的更多算力能否继续产出更强的模型；在 ¶22 中，海伦·托纳（乔治城大学 CSET）说，如果在巨额投入下性能仍然停滞，中国就有机会参与竞争。在本情景中，基准情景自带的“规模扩展放缓”假设从一开始就成立：有效算力每翻一倍带来的能力都比上一次少（回报指数为 0.8 而不是 1.0），芯片进步更慢（每季度 5% 而不是 8%），投资者也更早变得紧张。芯片上的领先能换来的能力点数更少，因此吸引的客户也更少；采用率和竞赛风险增长更慢；而市场察觉到放缓的时刻（“规模扩展放缓”事件，它会削减美国的效率和私人资金，并让落后方更快追赶）更可能到来。除此之外与基准世界相同：美国开局时拥有大部分芯片和资金；中国则拥有更便宜的电力、庞大的工程师队伍、更高效的模型和行动迅速的国家机器。出口管制处于 2023 年底的水平。从 2025 年第一季度到 2030 年第四季度。

## Taiwan crisis: the chip supply breaks

# scenario: name
s-663b1c24abc9b98f = 台湾危机：芯片供应中断

# scenario: description
s-118eaea37b73585b = 如果制造了世界上几乎所有顶尖 AI 芯片的那座岛屿不能再自由出货，会怎样？文章强调，美国的优势建立在先进芯片之上（¶6, F7），而制造这些芯片可能是中国所面临的世界上最艰巨的任务（¶20）；一项被广泛引用的行业估计（BCG 与美国半导体行业协会，2021 年）认为，世界上约 92% 的最先进芯片制造产能位于台湾。在本情景中，台湾海峡持续存在的危机（检查、航运改道、工厂开工不足）使美国 30% 的芯片订单在整局游戏中都无法交付（其中一半的资金转向美国制造的芯片），使两个阵营的芯片都更贵（每个 H100 当量 $32,000 而不是 $25,000），让紧张度开局更高、回归的水平也更高，并使严重的封锁（“台湾海峡芯片供应危机”事件）发生的可能性大大增加。中国自己的晶圆厂不在岛上，因此国产芯片和美国的晶圆厂突然变得至关重要。除此之外与基准世界相同：美国开局时拥有大部分芯片和资金；中国则拥有更便宜的电力、庞大的工程师队伍、更高效的模型和行动迅速的国家机器。出口管制处于 2023 年底的水平。从 2025 年第一季度到 2030 年第四季度。

## Cooperative world: the dialogue holds

# scenario: name
s-5938508b78fc82ea = 合作的世界：对话得以维持

# scenario: description
s-7017f155d01c77ac = 如果军备竞赛终究不是一个自我实现的预言，会怎样？文章列举了两国都担心的危险，从虚假信息到生物武器，再到与人类价值观不一致的超级智能（¶4, ¶10），并引述了保罗·特里奥洛的警告（¶11）：由于双方都无法相信对方会遵守限制，美中军备竞赛正在变成一个自我实现的预言。在本情景中，双方保有足够的信任，能够继续对话：紧张度开局更低（40 而不是 55），在没有挑衅时回归到更低的水平（25 而不是 40），出口管制不那么容易被视为遏制，各实验室共同的安全规范使每获得一个能力点带来的风险更小，北京也会更频繁地、在更低的紧张度下提议就滥用问题举行会谈。竞赛本身仍在继续：芯片、资金、人才和出口管制都与基准情景相同——美国开局时拥有大部分芯片和资金；中国则拥有更便宜的电力、庞大的工程师队伍、更高效的模型和行动迅速的国家机器。出口管制处于 2023 年底的水平。从 2025 年第一季度到 2030 年第四季度，结束于习近平的 2030 年目标、“人工智能+”的 90% 目标和《AI 2027》情景的终点。

## Fast takeoff: the AI 2027 world

# scenario: name
s-9cea14eacfb0f349 = 快速起飞：《AI 2027》的世界

# scenario: description
s-f2af7cf892b3407d = 如果《AI 2027》报告（Kokotajlo 等，2025 年 4 月）是对的，会怎样？文章（¶15–16, F19）复述了它的基本情景：一场奔向超级智能的竞赛，其中美国在 2027 年不顾其顶级模型正在失控的迹象继续推进，而与人类价值观不一致的 AI 在 2030 年前毁灭了人类。在本情景中，基准情景自带的“快速起飞”假设从一开始就成立：能力像复利一样累积增长，有效算力每翻一倍带来的能力都比上一次多（回报指数为 1.15 而不是 1.0），在缺乏安全投入的情况下每获得一个能力点增加的风险也更多（0.28 而不是 0.25），而“模型挣脱束缚”的警告也会更早到来。这是一个有意设计得更难、更危险的世界：双方共同失败的灾难比基准情景中更可能发生，安全投入和对话的价值也更大。除此之外与基准世界相同：美国开局时拥有大部分芯片和资金；中国则拥有更便宜的电力、庞大的工程师队伍、更高效的模型和行动迅速的国家机器。出口管制处于 2023 年底的水平。从 2025 年第一季度到 2030 年第四季度。

## The article's figures (assets/reference/article_facts.md)

# article figure F1
s-643c249b2f9f9b5e = 美国投资者在 2025 年上半年为人工智能初创企业提供了多达 1040 亿美元的资金，“并准备投入更多”

# article figure F2
s-8672053848ee92c9 = 中国的“人工智能+”计划：到 2027 年在 70% 的经济中使用人工智能，到 2030 年达到 90%

# article figure F3
s-ffb442fa368cba39 = 阿里巴巴计划在三年内投资 530 亿美元用于通用人工智能开发（2025 年二月宣布）

# article figure F4
s-05888ec3eaefbacb = 华为的系统把多达一百万块芯片集群在一起（“蜂群打败巨人”）：可与英伟达最好的系统匹敌，但能耗更高

# article figure F5
s-95d6691aeb94fd53 = 华为计划到明年将其芯片制造产能翻一番

# article figure F6
s-0c6c5343982a3941 = 中国可能需要整整十年才能造出与美国最好产品相媲美的芯片

# article figure F7
s-b30720d6ada72981 = 美国在芯片领域的领先优势已延续半个多世纪

# article figure F8
s-166d1b0423fce408 = 美国在人工智能模型上的领先：“以月计，而非以年计”（麦圭尔，美国外交关系委员会）

# article figure F9
s-0a371980ed997e43 = 在 Chatbot Arena 排行榜上，中国模型在从编程到视频生成的所有任务中都名列前茅或接近榜首，唯独搜索除外

# article figure F10
s-1dcbed354caaa6fa = 每家公司最多需准备 70,000 道测试题，在模型公开发布前检验其安全性（后来流程简化；记录良好的企业可免于训练数据审查）

# article figure F11
s-7def23fe998e0204 = 十多个地方政府通过国家运营的数据中心，以补贴价格向研究人员提供算力

# article figure F12
s-16464d71adcd068b = 到 2028 年建成连接数百个数据中心的“国家云”（内蒙古，廉价的太阳能和风能）

# article figure F13
s-d33a3d08da53d0ee = 中国正向电网投入数千亿美元，以支持人工智能

# article figure F14
s-1d9be2c4f80a5191 = 地方政府为使用国产芯片的数据中心补贴电费

# article figure F15
s-c146925729161d89 = 一家中国人工智能企业在一个月内接到了十个政府机构的联系（2024 年春）

# article figure F16
s-2c84239e449a8a01 = DeepSeek 的模型在这轮推动九个月后问世；R1 只用一小部分成本就比肩 OpenAI 的最佳模型；其资金主要来自创始人的对冲基金

# article figure F17
s-7c26c653b7faec6c = 拜登政府于 2023 年底收紧了先进芯片的出口管制

# article figure F18
s-972e66632fa37f6e = 习近平 2017 年的国家人工智能计划：到 2030 年使中国成为人工智能领域的世界领先者

# article figure F19
s-ff52c635b9ae85e8 = 《AI 2027》报告（2025 年四月）：一场通往超级智能的竞赛；在其基准情景中，美国于 2027 年不顾其最强模型失控的迹象继续推进；到 2030 年，与人类价值观不一致的人工智能毁灭了人类

# article figure F20
s-3cceeaab69c480b7 = 特朗普政府的“人工智能行动计划”（2025 年七月）：调查中国模型，抗衡中国在国际标准机构中的影响力

# article figure F21
s-6fe76ee151f60912 = 习近平的五年规划（2025 年十月）：实现更高水平的科技自立自强，在半导体领域采取“超常规措施”

# article figure F22
s-007cb780668cdbab = 北京向字节跳动等企业施压，要求其暂停购买英伟达芯片；华为与数千家本土企业合作研发芯片

# article figure F23
s-93853f175ef4c8a3 = 部分国家运营的数据中心存有经中间商通过非正规渠道购得的美国芯片

# article figure F24
s-66c89466ef377ecf = 中国网信监管部门放宽了对使用境外算力训练人工智能的企业的规定

# article figure F25
s-b8749a1a1c8b551a = 万斯，巴黎，2025 年二月：人工智能的未来“不会靠对安全问题忧心忡忡来赢得”

## The article's claims by paragraph (assets/reference/article_facts.md)

# article claim ¶1
s-625fd55327cd9996 = 2024 年初，许多中国企业依赖 Meta 的开放 Llama 模型；美国的芯片出口管制有可能进一步削弱中国。→ 开放模型的扩散让落后方得以追赶。

# article claim ¶4
s-b20c9141f4dfe0c7 = 这场竞赛推高了两国的科技支出和股市，但也引发了对全球人工智能泡沫的担忧。→ 泡沫风险变量；崩盘事件会削减资金。

# article claim ¶4, ¶10
s-bb8da950ff722e15 = 文中提到的风险：虚假信息、有害内容、与人类价值观不一致的超级智能、网络间谍活动和窃取人工智能知识产权、极端分子利用人工智能制造生物武器。→ 风险与事故事件。

# article claim ¶5
s-7d79b4d48e65f547 = 双方的行动既出于希望，也同样出于恐惧；美国担心“威权人工智能”，北京则担心被遏制。→ 紧张度变量。

# article claim ¶6
s-cbfd7afb0de32c08 = 双方都认为全球市场份额（以及对世界上很大一部分人口的影响力）仍有待争夺。→ 全球影响力得分。

# article claim ¶6
s-1baa873bad65d724 = 中国的优势：庞大的优秀工程师队伍、更低的成本，以及往往行动更快的国家主导模式。美国的优势：最强的模型、先进芯片、投资者的资金。→ 人才和成本参数。

# article claim ¶7
s-1eeb2eeffca4ec91 = 花更多的钱并不能保证获胜；中国历来让美国先行开拓，再随着技术诀窍的扩散迎头赶上（继美国社交媒体之后的 TikTok）。→ 收益递减；通过扩散追赶。

# article claim ¶9
s-f8fc53e9314053c8 = 中国在物理世界的人工智能应用上领先：自动驾驶出租车、无人机、人形机器人。→ 制造业中的采用率优势。

# article claim ¶9
s-43940a62ad3928ed = ChatGPT 是中国的“斯普特尼克时刻”；更贴切的类比是冷战时期研制国防计算机的竞赛。

# article claim ¶10
s-fd0fa1d5cdbff8e0 = 超越人类智能并能自我改进的人工智能，可能让控制它的一方获得全面的科学、经济和军事优势；即使达不到这一点，它也能把各种工作自动化（从癌症诊断到导弹防御）。→ 能力阈值。

# article claim ¶11
s-f77d4f5feefab870 = 特里奥洛（DGA-Albright Stonebridge）：军备竞赛是一个自我实现的预言：双方都不相信对方会遵守限制。→ 紧张度反馈循环；合作虽难但仍有可能。

# article claim ¶11–12
s-ca0d995a82700e30 = 中国的第一反应是谨慎：出台了世界上第一部全面的深度伪造规定，并管控模型的输入和输出内容；后来在对竞争的担忧下有所放松。→ 监管力度滑块。

# article claim ¶13
s-9de5bd08983ac754 = 国家运营的数据中心、公共训练数据集、政府机构与企业之间的数据交易市场、由地方政府组织的融资轮次。→ 中国的数据和资金政策。

# article claim ¶14
s-1a56c3502a36837e = DeepSeek 发布模型一个月后，习近平会见了其创始人梁文锋和其他科技企业高管；传递的信息是：北京的防御阶段已经结束。

# article claim ¶15
s-c3b6c3e2e51310c9 = OpenAI（2025 年 1 月中旬）敦促把芯片和资金从中国支持的项目引向“民主人工智能”。→ 美国的联盟/扩散政策。

# article claim ¶16
s-a302c7ccff341f10 = 近期人工智能进展放缓，使人们推迟了对超级智能何时到来的预测。→ 规模扩展进入平台期的事件。

# article claim ¶17
s-fe087bc3738f23bf = 先进算力的短缺推迟了 DeepSeek 的下一代模型。→ 中国的算力瓶颈。

# article claim ¶20
s-acb8fb5f4943ebe1 = 对中国来说，制造领先的芯片可能是“世界上最艰巨的任务”（麦圭尔）。

# article claim ¶21–22
s-d1eb8298afc71fc4 = 悬而未决的问题是：更多的算力能否继续产出更强的模型；如果在巨额投入下进展仍然停滞（托纳 Toner，CSET），中国就能参与竞争。→ 情景可以修改的规模定律参数（算力的收益递减）。

## Sources of policies, events and doctrines

# policy us_export_controls: source
s-fb7460a54f3bdeb2 = 文章 F17, ¶1, ¶5, ¶17–19, F6, F23；补充资料：符合出口管制规定的 H20 ≈ H100 的 30%；估计：英伟达（2025 年 5 月：一个季度的 H20 销售额为 $4.6B，下一季度损失 $8B）；SemiAnalysis（2025 年 9 月：中芯国际的产能受限于设备，华为的产能受限于 HBM）

# policy us_smuggling_enforcement: source
s-f1557120347e1bd5 = 文章 F23, F24

# policy us_fab_subsidies: source
s-804cc7f4960156fb = 估计：《芯片与科学法案》（2022 年），五年内 ≈$39B 的制造业激励；文章 F7, ¶20

# policy us_grid_reform: source
s-a07733124048b3ae = 补充资料：美国数据中心用电量 ≈183 TWh（2024 年），预计到 2030 年达到 425 TWh；文章 F13（中国大力建设电网，作为对比）

# policy us_high_skill_immigration: source
s-d348e25deafcb55b = 文章 ¶6；补充资料：美国有 ≈63,000 名、中国有 ≈52,000 名 AI 研究人员；在美国培养的 AI 博士有 80% 留在美国

# policy us_safety_regulation: source
s-672fc8f66fa9dd3f = 文章 F25, F19, ¶4, ¶10

# policy us_deregulation: source
s-9da15bf7f0168db9 = 文章 F25, ¶5

# policy us_standards_diplomacy: source
s-54b31bec7db41ec0 = 文章 F20, ¶6

# policy us_democratic_ai: source
s-24e63818f4f60ad2 = 文章 ¶15, ¶6

# policy us_cyber_defence: source
s-3f52837cf01c1a06 = 文章 ¶4, ¶10

# policy us_intelligence_watch: source
s-b785fbc719e9694b = 文章 F20（调查中国模型）, ¶10

# policy us_federal_ai_research: source
s-19a720a83a52e261 = 补充资料：联邦 AI 研发经费 $10.4bn（2024 年）；文章 ¶6（美国的优势在于投资者的资金）

# policy us_open_models: source
s-ede18222abfdaff7 = 文章 ¶1（中国企业以 Meta 的 Llama 为基础进行开发）, ¶7, F16

# policy us_adoption_drive: source
s-54eb4c248278c915 = 文章 F20（《AI 行动计划》）, F2（中国的“人工智能+”，作为对比）, ¶4

# policy china_compute_subsidies: source
s-eaf19fe86a4e22c6 = 文章 F11, ¶13

# policy china_domestic_chip_power_subsidy: source
s-2419bca43cc9493a = 文章 F14, F4

# policy china_national_cloud: source
s-f54c4264f7d7bc6a = 文章 F12, ¶6

# policy china_grid_investment: source
s-b6f08c46b89fc8bd = 文章 F13, F12

# policy china_buy_domestic: source
s-e921b4ec69951545 = 文章 F22, F5, F21

# policy china_fab_expansion: source
s-42cd0af41afb4a01 = 文章 F5, F21, F6, ¶20

# policy china_swarm_clusters: source
s-8c066df4d8a89b1e = 文章 F4（“蜂群打败巨人”）, ¶17–18

# policy china_smuggling_networks: source
s-ee22fb41628cfad3 = 文章 F23

# policy china_offshore_training: source
s-be5b290005f1a6f5 = 文章 F24

# policy china_regulation_easing: source
s-717f32989453c136 = 文章 F10, ¶11–12

# policy china_content_controls: source
s-b2be02bae61007c1 = 文章 ¶11–12, F10

# policy china_state_funding_rounds: source
s-6ef434c0f17b3e8b = 文章 F3, ¶13, ¶14；补充资料：中国 2025 年的 AI 投资中有 39% 是政府资金

# policy china_open_weights: source
s-e6ed5b78321f820b = 文章 F16, ¶1, ¶7

# policy china_data_exchanges: source
s-9b9b480d259537b5 = 文章 ¶13

# policy china_ai_plus: source
s-16dcdcb4b2184ffe = 文章 F2, ¶9（物理世界中的 AI：无人驾驶出租车、无人机、人形机器人）

# policy china_cyber_espionage: source
s-a4c21f930f309c05 = 文章 ¶10, ¶4

# policy china_talent_programme: source
s-c26cffd7f62f63c8 = 文章 ¶6；补充资料：≈52,000 名 AI 研究人员，在中国培养的研究人员有 90% 留在国内

# policy shared_misuse_dialogue: source
s-ca14f72152ec19c0 = 文章 ¶10, ¶11

# policy shared_safety_evaluations: source
s-5641ae59d074df72 = 文章 F19, ¶10, ¶11

# policy shared_compute_reporting: source
s-26e0e2b2f74b1f3b = 文章 ¶11, ¶9（冷战时期制造国防计算机的竞赛）

# event deepseek_moment: source
s-efdb6b05abb26120 = 文章 F16, ¶2, ¶14

# event xi_meets_founders: source
s-f61911d872af081b = 文章 ¶14

# event alibaba_agi_pledge: source
s-1bdb6dd3e06a112c = 文章 F3, ¶14

# event ai_action_plan: source
s-f204ddcc2695944b = 文章 F20, ¶16

# event xi_five_year_plan: source
s-2a08a09466d139a7 = 文章 F21, ¶19

# event bytedance_nvidia_halt: source
s-90dd6f3d2227f926 = 文章 F22, ¶17

# event huawei_capacity_doubling: source
s-ba4e3b391c6d921c = 文章 F5, ¶18

# event safety_review_eased: source
s-a607cb66673665ae = 文章 F10, ¶12

# event bubble_fears: source
s-cbc6b0337b8c2a53 = 文章 ¶4

# event ai_stock_correction: source
s-cc81e3901134060c = 文章 ¶4；估计：2000 年和 2022 年科技股回调之后，风险投资下降了 ~30%

# event scaling_slowdown: source
s-6f2e93b7fabcab47 = 文章 ¶16, ¶21–22（托纳：如果在巨额投入下进展仍然停滞，中国就能参与竞争）

# event smuggling_scandal: source
s-b13403b83f6e895e = 文章 F23, ¶13

# event taiwan_supply_crisis: source
s-386930a0c220cd7b = 文章 ¶20, F7；估计：绝大多数最先进的 AI 加速器由台积电制造

# event us_grid_shortfall: source
s-97961c0ff333efe2 = 补充资料：2024 年美国数据中心用电需求 ≈183 TWh，预计到 2030 年达到 425 TWh；文章 F13（作为对比）

# event china_drought_power_cuts: source
s-a47a4d454bc3a8be = 文章 F13；估计：2022 年四川干旱迫使工厂停电数周

# event misalignment_warning: source
s-9ad43f8c21d11bbc = 文章 F19, ¶15–16, ¶10

# event sputnik_moment_china: source
s-dc6f04f0730e80f6 = 文章 ¶9, ¶3, F15

# event sputnik_moment_us: source
s-89f4356ea7f7ea55 = 文章 ¶9（冷战时期制造国防计算机的竞赛）, F9

# event visa_crackdown: source
s-bb54868e873ab86a = 文章 ¶6；补充资料：在美国培养的 AI 博士有 80% 留在美国

# event returnee_wave: source
s-ba860f81a89091a9 = 文章 ¶6

# event hbm_shortage: source
s-1f819037d4e0d1e6 = 补充资料：华为 2025 年的产量受限于高带宽内存（CFR）；文章 ¶20

# event compute_starved_delay: source
s-77715f863b9038d0 = 文章 ¶17, F24, F23

# event robotaxi_rollout: source
s-b996d8fe85dd4544 = 文章 ¶9

# event gulf_chip_deal: source
s-a243290cdc826922 = 文章 ¶15, F23

# doctrine us_chokepoint: source
s-6824d2f5d7781e9f = 文章 F17, F23（麦圭尔所说的出口管制）, ¶10–11（双方共同面对的风险；特里奥洛：限制需要信任）；F25（这一阵营保留、另一阵营放弃的安全规则）；设计文档 §5

# doctrine us_run_faster: source
s-b296e67f929b7ea9 = 文章 ¶6（投资者的资金、最好的模型）, ¶15（民主 AI）, ¶1 和 ¶7（开放模型成为他人在其上构建的基础）；设计文档 §5

# doctrine china_self_reliance: source
s-92d8bf85a5e0327a = 文章 F21（自力更生）, F5, F12, F14, F2, ¶6（庞大的工程师队伍）, ¶13（数据交易所）, ¶17（拖住中国后腿的是算力而非电力）, ¶11–12（国家对模型的管控）, ¶11（关于共同风险的对话）；设计文档 §5

# doctrine china_acquisition: source
s-cac723d8d93f63be = 文章 F23, F24, F16, ¶10, F4（集群）, F13（电网）, F3 和 ¶13–14（国家资金）；设计文档 §5

# event scaling_slowdown: source
s-8243588ead9fc0e8 = 文章 ¶16, ¶21–22（托纳：如果在巨额投入下进展仍然停滞，中国就能参与竞争）；“规模扩展放缓”情景：每季度概率 0.06 → 0.1（放缓是这个世界的前提，因此市场更可能察觉到它），触发条件美国能力高于 80 → 高于 53，即在回报指数 0.8 下相同的有效算力（比下限高 8 次翻倍）

# event taiwan_supply_crisis: source
s-1d2f05c582859c7d = 文章 ¶20, F7；估计：绝大多数最先进的 AI 加速器由台积电制造；“台湾危机”情景：每季度概率 0.05 → 0.2，持续存在的危机随时可能演变为封锁

# event misuse_talks_offer: source
s-6345ab0f228f8035 = 文章 ¶10, ¶11；“合作的世界”情景：每季度概率 0.08 → 0.2，触发条件紧张度高于 50 → 高于 30：在对话得以维持的世界里，北京更频繁地、在紧张度升高之前就提议会谈

# event misalignment_warning: source
s-8af9665cdca379c7 = 文章 F19, ¶15–16, ¶10；“快速起飞”情景：每季度概率 0.15 → 0.25，在《AI 2027》中，警示信号出现在 2027 年
