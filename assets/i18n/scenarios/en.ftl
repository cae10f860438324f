# The texts of the scenarios, in English: copy this file to <lang>.ftl (zh-CN.ftl, ar.ftl)
# and translate the right-hand sides. The ids are a hash of the English, so keep them;
# a text changed in the scenario gets a new id and shows in English until translated.

## The article's figures (assets/reference/article_facts.md)

# article figure F1
s-643c249b2f9f9b5e = US investors funded AI start-ups with up to $104 billion in the first half of 2025, "and are preparing for more"

# article figure F2
s-8672053848ee92c9 = China's "AI Plus" plan: AI used in 70% of the economy by 2027 and 90% by 2030

# article figure F3
s-ffb442fa368cba39 = Alibaba plans to invest $53 billion over three years in AGI development (announced Feb 2025)

# article figure F4
s-05888ec3eaefbacb = Huawei systems cluster up to one million chips ("the swarm beats the giant"): rivals Nvidia's best systems at higher energy use

# article figure F5
s-95d6691aeb94fd53 = Huawei plans to double its chip manufacturing capacity by next year

# article figure F6
s-0c6c5343982a3941 = China may need a full decade to make chips rivalling America's best

# article figure F7
s-b30720d6ada72981 = The US lead in chips spans more than half a century

# article figure F8
s-166d1b0423fce408 = US lead in AI models: "months, not years" (McGuire, CFR)

# article figure F9
s-0a371980ed997e43 = Chinese models rank at or near the top on Chatbot Arena in every task from coding to video except search

# article figure F10
s-1dcbed354caaa6fa = Up to 70,000 test questions per company to check model safety before public release (later simplified; good-record firms may skip training-data review)

# article figure F11
s-7def23fe998e0204 = More than ten local governments offer researchers subsidised compute in state-run data centres

# article figure F12
s-16464d71adcd068b = A "national cloud" linking hundreds of data centres (Inner Mongolia, cheap solar and wind) by 2028

# article figure F13
s-d33a3d08da53d0ee = China is pouring hundreds of billions of dollars into its power grid for AI

# article figure F14
s-1d9be2c4f80a5191 = Local governments subsidise data-centre electricity bills if they use domestic chips

# article figure F15
s-c146925729161d89 = One Chinese AI firm was contacted by ten government agencies in one month (spring 2024)

# article figure F16
s-2c84239e449a8a01 = DeepSeek's model came nine months after that push; R1 matched OpenAI's best at a fraction of the cost; funded mostly by its founder's hedge fund

# article figure F17
s-7c26c653b7faec6c = Biden administration tightened advanced-chip export controls in late 2023

# article figure F18
s-972e66632fa37f6e = Xi's 2017 national AI plan: China the world leader in AI by 2030

# article figure F19
s-ff52c635b9ae85e8 = AI 2027 report (April 2025): a race to superintelligence; in its base case the US presses on in 2027 despite signs its top model escapes control; by 2030 misaligned AIs destroy humanity

# article figure F20
s-3cceeaab69c480b7 = Trump administration "AI Action Plan" (July 2025): probe Chinese models, counter Chinese influence in international standards bodies

# article figure F21
s-6fe76ee151f60912 = Xi's five-year plan (October 2025) for higher tech self-reliance, "extraordinary measures" in semiconductors

# article figure F22
s-007cb780668cdbab = Beijing pressed firms such as ByteDance to suspend Nvidia purchases; Huawei works with thousands of local firms on chips

# article figure F23
s-93853f175ef4c8a3 = Some state data centres hold US chips bought through intermediaries via unofficial channels

# article figure F24
s-66c89466ef377ecf = China's cyberspace regulator eased rules for firms that train on foreign compute

# article figure F25
s-b8749a1a1c8b551a = Vance, Paris, February 2025: the AI future "will not be won by hand-wringing about safety"

## The article's claims by paragraph (assets/reference/article_facts.md)

# article claim ¶1
s-625fd55327cd9996 = early 2024 many Chinese firms relied on Meta's open Llama models; US chip export limits threatened to weaken China further. → open-model diffusion lets a follower catch up.

# article claim ¶4
s-b20c9141f4dfe0c7 = the race lifts tech spending and stock markets in both countries but stokes fear of a global AI bubble. → bubble-risk variable; a crash event cuts funding.

# article claim ¶4, ¶10
s-bb8da950ff722e15 = risks named: misinformation, harmful content, superintelligence misaligned with human values, cyber-espionage and theft of AI IP, extremists using AI for bioweapons. → risk and incident events.

# article claim ¶5
s-7d79b4d48e65f547 = both sides act from fear as much as hope; the US fears "authoritarian AI", Beijing fears being contained. → tension variable.

# article claim ¶6
s-cbfd7afb0de32c08 = both think global market share (and influence over much of the world's population) is up for grabs. → global influence score.

# article claim ¶6
s-1baa873bad65d724 = China's edges: a huge pool of capable engineers, lower costs, a state-led model that often moves faster. The US edges: the strongest models, advanced chips, investor money. → talent and cost parameters.

# article claim ¶7
s-1eeb2eeffca4ec91 = spending more does not guarantee winning; China has a history of letting the US pioneer then catching up as know-how spreads (TikTok after US social media). → diminishing returns; catch-up diffusion.

# article claim ¶9
s-f8fc53e9314053c8 = China leads in physical-world AI: robotaxis, drones, humanoid robots. → adoption advantage in manufacturing.

# article claim ¶9
s-43940a62ad3928ed = ChatGPT was China's "Sputnik moment"; a closer analogy is the Cold War race to build defence computers.

# article claim ¶10
s-fd0fa1d5cdbff8e0 = AI that surpasses human intelligence and improves itself could give total scientific, economic and military superiority to whoever controls it; even short of that it automates work (cancer diagnosis to missile defence). → capability thresholds.

# article claim ¶11
s-f77d4f5feefab870 = Triolo (DGA-Albright Stonebridge): the arms race is a self-fulfilling prophecy: neither side trusts the other to keep limits. → tension feedback loop; cooperation is hard but possible.

# article claim ¶11–12
s-ca0d995a82700e30 = China's first instinct was caution: the world's first comprehensive deepfake rules, controls on model inputs and outputs; later eased under competitive fear. → regulation slider.

# article claim ¶13
s-9de5bd08983ac754 = state data centres, public training data sets, data exchanges between agencies and firms, local governments organising funding rounds. → China data and funding policies.

# article claim ¶14
s-1a56c3502a36837e = a month after DeepSeek, Xi met its founder Liang Wenfeng and other executives; the message: Beijing's defensive phase was over.

# article claim ¶15
s-c3b6c3e2e51310c9 = OpenAI (mid-January 2025) urged steering chips and funding away from China-backed projects toward "democratic AI". → US alliance/diffusion policy.

# article claim ¶16
s-a302c7ccff341f10 = a recent slowdown in AI progress pushed superintelligence forecasts out. → scaling-plateau event.

# article claim ¶17
s-fe087bc3738f23bf = lack of advanced compute delayed DeepSeek's next models. → compute bottleneck for China.

# article claim ¶20
s-acb8fb5f4943ebe1 = making leading chips may be "the hardest task in the world" for China (McGuire).

# article claim ¶21–22
s-d1eb8298afc71fc4 = the open question is whether more compute keeps producing stronger models; if progress stalls despite the spending (Toner, CSET), China can compete. → scaling-law parameter that scenarios can change (diminishing returns to compute).

## Baseline 2025: the race as the article tells it

# scenario: name
s-4d0d86035769fc85 = Baseline 2025: the race as the article tells it

# scenario: description
s-94b217fee54440c4 = The US starts with most of the chips and the money, China with cheaper power, a large pool of engineers, more efficient models and a state that moves fast. Export controls are at their late-2023 level. Quarters from 2025 Q1 to 2030 Q4, ending where Xi's 2030 goal, AI Plus's 90% target and the AI 2027 scenario end.

# assumption set fast_takeoff: name
s-69198b920ff26c86 = Fast takeoff

# assumption set fast_takeoff: description
s-7c91de4446276393 = Each doubling of compute buys more capability than the last, and racing raises the risk faster: the world of the AI 2027 report.

# assumption set scaling_slowdown: name
s-27c6426dc724f3a3 = Scaling slowdown

# assumption set scaling_slowdown: description
s-98c0179b7171c37d = More compute keeps paying, but less each time; chips improve more slowly and investors grow nervous sooner.

# assumption set fast_diffusion: name
s-a9179db0730fd1c9 = Know-how spreads fast

# assumption set fast_diffusion: description
s-dd1c3714ebb36ffc = Open models, papers and leaks let the follower close its gap a third faster, and even with little compute it can use most of what it learns: spending more buys a shorter head start.

# policy us_export_controls: name
s-94fc051a5e9d8350 = Chip export controls

# policy us_export_controls: description
s-9e40c8502f178299 = Sets how much of China's demand for American AI chips is blocked and how good a chip may still be sold legally; each level pulls those numbers about halfway to its targets every quarter. Higher levels starve Chinese imports, but part of the blocked money is smuggled (at a premium, up to what the networks carry) and part turns to Huawei — more money for China's own chips, which then catch up a little faster; the rest goes to Chinese power and research. American chipmakers lose those sales (the US economy score counts them), a follower with less compute learns less from diffusion, and each step up raises tension. Equipment controls with allies (levels 3–4) also slow how fast China's fabs can grow and how fast its chips improve. The game starts at the late-2023 level, which bans both the top chips and the downgraded versions made for China.

# policy us_export_controls: prompt
s-2834c2d713feae5b = Each step up the ladder slows China's chip supply but gives Beijing a stronger reason to build its own: at which level does the trade-off tip, and how would you know?

# policy us_export_controls: source
s-fb7460a54f3bdeb2 = article F17, ¶1, ¶5, ¶17–19, F6, F23; supplementary: the export-compliant H20 ≈ 30% of an H100; estimate: NVIDIA (May 2025: $4.6B of H20 sales in a quarter, $8B lost the next); SemiAnalysis (Sep 2025: SMIC's capacity limited by equipment, Huawei's by HBM)

# policy us_export_controls: level 0
s-715ea0deb6f6f5f9 = None

# policy us_export_controls: level 1
s-eebe423b2b4af73e = Ban top chips

# policy us_export_controls: level 2
s-72da1f82861b4826 = Ban top and downgraded chips

# policy us_export_controls: level 3
s-1493772e78278a8e = Equipment controls with allies

# policy us_export_controls: level 4
s-5bd144e639b2e924 = Full embargo

# policy us_smuggling_enforcement: name
s-9297d19325f667ce = Enforcement against smuggling and offshore training

# policy us_smuggling_enforcement: description
s-f3fd7c2c4b107b68 = Customs agents, chip-location checks and audits of cloud providers go after the intermediaries that route American chips to Chinese data centres. The share of blocked demand that seeks intermediaries falls by about a third, the networks can carry 40% less, and Chinese labs lose some of the foreign cloud capacity they rent, lowering their utilisation. Each prosecution is read in Beijing as another act of containment, so tension creeps up.

# policy us_smuggling_enforcement: prompt
s-3814d2c17e2d71a7 = Export controls are only as strong as their enforcement: is it better to spend effort on a tighter rule or on policing the rule you have?

# policy us_smuggling_enforcement: source
s-f1557120347e1bd5 = article F23, F24

# policy us_fab_subsidies: name
s-60dfe66a20c6550a = Fab subsidies (CHIPS-style)

# policy us_fab_subsidies: description
s-609ed9204e06d573 = Federal grants and tax credits pay for new leading-edge fabs on American soil. After about a year of construction, domestic capacity for AI accelerators grows by some eight thousand chips a quarter every quarter, which matters little while Taiwan ships freely but a great deal if that supply is ever cut. The money comes out of the small federal AI budget.

# policy us_fab_subsidies: prompt
s-a764e6b7113e54a0 = Is a domestic fab an investment in growth or an insurance policy against a crisis in the Taiwan Strait, and how much insurance is worth buying?

# policy us_fab_subsidies: source
s-804cc7f4960156fb = estimate: CHIPS and Science Act (2022), ≈$39B of manufacturing incentives over five years; article F7, ¶20

# policy us_grid_reform: name
s-4d76a6eb63099113 = Grid and permitting reform

# policy us_grid_reform: description
s-72858245f15c218a = Faster environmental reviews, easier grid connections and permission to build power next to data centres. Power added for AI each quarter outside the AI budget rises by about 0.3 GW (from a base of 0.5), and electricity for data centres gets slightly cheaper. It costs no money but a lot of political capital, because every permit fight has local opponents.

# policy us_grid_reform: prompt
s-10b1a05ace53cc66 = If the US has the chips but not the power to run them, who is really ahead in the race: the side with the best chips or the side with the most electricity?

# policy us_grid_reform: source
s-a07733124048b3ae = supplementary: US data-centre electricity ≈183 TWh (2024), projected 425 TWh by 2030; article F13 (China's grid push, for contrast)

# policy us_high_skill_immigration: name
s-bfc8aad79b884d52 = High-skill immigration

# policy us_high_skill_immigration: description
s-624763d618a7afa7 = More visas and green cards for AI researchers and engineers, and a faster path for foreign PhD graduates to stay. The US gains about 500 top researchers a quarter on top of its usual inflow of 1,500, a few of them from China. The talent raises research efficiency slowly, but immigration is one of the costliest fights in American politics.

# policy us_high_skill_immigration: prompt
s-1d20a9b699f72b91 = Many of the best researchers in American labs were born in China: is openness to talent an American strength or a security risk?

# policy us_high_skill_immigration: source
s-d348e25deafcb55b = article ¶6; supplementary: ≈63,000 US and ≈52,000 Chinese AI researchers; 80% of US-trained AI PhDs stay

# policy us_safety_regulation: name
s-db106ca86c7c2b93 = Frontier AI safety regulation

# policy us_safety_regulation: description
s-1a381566aacc0e9a = Mandatory testing, incident reporting and security standards for the largest models. The share of racing risk removed by safety work rises from 0.4 to 0.55, and global risk is pushed down a little each quarter, while compliance slows American algorithmic progress slightly. It cannot be in force together with deregulation.

# policy us_safety_regulation: prompt
s-444dd4360e60916f = Vance said the future will not be won by hand-wringing about safety: can a country regulate its labs without handing the race to its rival?

# policy us_safety_regulation: source
s-672fc8f66fa9dd3f = article F25, F19, ¶4, ¶10

# policy us_deregulation: name
s-e68886d03b6120a5 = Deregulation: build first

# policy us_deregulation: description
s-108bd6a9f8cdb024 = Federal preemption of state AI laws, voluntary rather than binding safety commitments, and a message to investors that Washington will not slow them down. Investors grow a little keener (private money grows a few percent faster) and AI spreads a little faster through the economy, but the safety effort that removes racing risk falls from 0.4 to 0.25. It cannot be in force together with safety regulation.

# policy us_deregulation: prompt
s-43abe5d202404f86 = If both sides deregulate out of fear that the other will not slow down, who gains, and what does it do to the risk that both of them lose?

# policy us_deregulation: source
s-9da15bf7f0168db9 = article F25, ¶5

# policy us_standards_diplomacy: name
s-870ba4c10b465cf8 = Standards diplomacy

# policy us_standards_diplomacy: description
s-a1b5aa6aa9143a79 = American delegations work the international standards bodies and publish security evaluations of Chinese models. China's pull on customers in every region falls by a tenth and America's rises by a twentieth, so market shares drift toward the US over the following years. Beijing reads it as another front of containment.

# policy us_standards_diplomacy: prompt
s-9031204532d1dc4a = Why would who writes the technical standards for AI matter for which country's AI the rest of the world buys?

# policy us_standards_diplomacy: source
s-54b31bec7db41ec0 = article F20, ¶6

# policy us_democratic_ai: name
s-27e413a826ef1867 = Democratic AI alliance

# policy us_democratic_ai: description
s-2293f20731b25fe7 = Chips, cloud credits and investment are steered toward allied and partner countries' AI projects instead of projects backed by China. US market share in Europe, the Middle East and Africa, South and Southeast Asia and Latin America grows by a few tenths of a point a quarter, and American influence rises; the programme is paid from the federal budget.

# policy us_democratic_ai: prompt
s-b38177a4720413e4 = Is it wise to divide the world's AI into a democratic and an authoritarian camp, or does that push undecided countries toward China?

# policy us_democratic_ai: source
s-24e63818f4f60ad2 = article ¶15, ¶6

# policy us_cyber_defence: name
s-89e1d23eefb5fb62 = Cyber defence of AI labs

# policy us_cyber_defence: description
s-c18eb9ad2cae0f0a = Government help to secure model weights, training code and the networks of frontier labs, with vetting of staff in sensitive roles. China sees American numbers less clearly and learns about 15% less from each quarter's gap, because less leaks. It costs money but raises no tension, since it is purely defensive.

# policy us_cyber_defence: prompt
s-1e174f5511d047f7 = If model weights are the crown jewels, should frontier AI labs be protected like defence contractors, and what would that cost their openness?

# policy us_cyber_defence: source
s-3f52837cf01c1a06 = article ¶4, ¶10

# policy us_intelligence_watch: name
s-7f793d5b28b46164 = Intelligence on Chinese AI

# policy us_intelligence_watch: description
s-fa88a0e548d3e5d7 = Intelligence agencies and a new evaluation office probe Chinese models and track chip shipments and data-centre construction. America's estimates of Chinese numbers become markedly more precise, which makes every other decision better informed, and tracked shipments make smuggling a little harder. Beijing notices, and tension edges up.

# policy us_intelligence_watch: prompt
s-09807984fdc2a9ef = How much is it worth to know exactly how far behind (or ahead) your rival is, compared with spending the same effort on going faster?

# policy us_intelligence_watch: source
s-b785fbc719e9694b = article F20 (probe Chinese models), ¶10

# policy us_federal_ai_research: name
s-7144135473926527 = Federal AI research programme

# policy us_federal_ai_research: description
s-990fb3f391720c28 = Congress appropriates a large increase in federal AI research money for national labs, universities and shared compute. State AI money rises by 60% (from about $2.6B a quarter), and public research trains a steady extra flow of researchers. Compared with American venture money the sum is small, which is the point of the discussion.

# policy us_federal_ai_research: prompt
s-2da40426dde7f38c = The US race is financed by private investors, China's largely by the state: what are the strengths and weaknesses of each?

# policy us_federal_ai_research: source
s-19a720a83a52e261 = supplementary: federal AI R&D $10.4bn (2024); article ¶6 (the US edge is investor money)

# policy us_open_models: name
s-3ef90498948ae1c4 = American open-weight models

# policy us_open_models: description
s-55f206beb729a81d = Washington encourages American labs to publish strong open-weight models so that the world builds on them. US influence in every region and domestic adoption rise, but Chinese labs learn from the same weights, catching up about 10% faster, and open weights cannot be recalled if they are misused.

# policy us_open_models: prompt
s-7a328bbadcc2b109 = In early 2024 many Chinese firms built on an American open model: did that help America's influence or China's catch-up more?

# policy us_open_models: source
s-ede18222abfdaff7 = article ¶1 (Chinese firms built on Meta's Llama), ¶7, F16

# policy us_adoption_drive: name
s-61eff9ce17566e47 = Federal AI adoption drive

# policy us_adoption_drive: description
s-748d5f0f00194b0a = Agencies buy AI services, retrain workers and fund pilots in health, manufacturing and logistics. American adoption grows by about half a point a quarter on top of its own pace, and because revenue catches up with investment, bubble pressure builds more slowly.

# policy us_adoption_drive: prompt
s-550877eb969a4471 = Does winning the race mean having the best model or having AI used most widely in your economy?

# policy us_adoption_drive: source
s-54eb4c248278c915 = article F20 (AI Action Plan), F2 (China's AI Plus, for contrast), ¶4

# policy china_compute_subsidies: name
s-dd87deca0577a9cf = Local compute subsidies

# policy china_compute_subsidies: description
s-db9cb0b25b79f725 = City and provincial governments give researchers and start-ups subsidised time in state-run data centres. Idle capacity is put to work, raising the share of China's compute doing useful work from 0.55 to 0.60, and small teams get to experiment, adding a little to algorithmic progress each quarter.

# policy china_compute_subsidies: prompt
s-a9a234dd7e144f43 = More than ten local governments hand out compute: is this efficient use of scarce chips or a way of spreading them too thin?

# policy china_compute_subsidies: source
s-eaf19fe86a4e22c6 = article F11, ¶13

# policy china_domestic_chip_power_subsidy: name
s-5a5a83c9b6125b6d = Cheap power for domestic-chip data centres

# policy china_domestic_chip_power_subsidy: description
s-89d3756fdec3e468 = Local governments pay part of the electricity bill of data centres that run Chinese chips. Power for AI gets 15% cheaper, which makes Chinese AI services cheaper abroad and offsets the energy penalty of weaker chips, and buyers turn to Chinese chips: a twentieth of the chip money moves from imports to domestic chips, and a tenth more of the money export controls block is spent at home rather than elsewhere — more money for Huawei, whose chips then catch up a little faster.

# policy china_domestic_chip_power_subsidy: prompt
s-764921ce33ad1af0 = Subsidised electricity makes Chinese AI cheaper for the world: is a price advantage enough to win markets against better models?

# policy china_domestic_chip_power_subsidy: source
s-2419bca43cc9493a = article F14, F4

# policy china_national_cloud: name
s-26d37aa80aea8574 = National cloud

# policy china_national_cloud: description
s-5b5d372f3701463b = A national network joins hundreds of data centres, many in Inner Mongolia with cheap solar and wind, into one pool that any lab can book. It takes three years to build; once finished, the share of China's compute doing useful work rises permanently by 15 points (from 0.55) and power gets a little cheaper. Begun in 2025, it is finished by 2028, as the article says.

# policy china_national_cloud: prompt
s-2a7022fe2c2024ea = Hundreds of scattered data centres become one cloud: why might pooling matter more for a country short of chips than for one that has plenty?

# policy china_national_cloud: source
s-f54c4264f7d7bc6a = article F12, ¶6

# policy china_grid_investment: name
s-44f1b1fc0a506cd1 = Grid investment for AI

# policy china_grid_investment: description
s-9ce9b6d9d28a7e59 = State utilities build generation and transmission dedicated to AI data centres. China's power for AI grows by an extra 0.3 GW every quarter, about a quarter faster than without it, so that even power-hungry clusters of domestic chips can run.

# policy china_grid_investment: prompt
s-ab8bdba314b6b8a2 = China is pouring hundreds of billions into its grid: could electricity become the chokepoint that export controls on chips are meant to be?

# policy china_grid_investment: source
s-b6f08c46b89fc8bd = article F13, F12

# policy china_buy_domestic: name
s-fbd0860414df5f14 = Buy-domestic orders

# policy china_buy_domestic: description
s-f7a0107c912ae8a1 = Beijing tells its large tech firms to stop buying Nvidia chips and to work with Huawei and thousands of local suppliers instead. Thirty points of the chip money move from imports to domestic chips, and a fifth more of the money export controls block is spent at home: Huawei's revenue rises, and with its thousands of partner firms its chips improve a little faster; fewer chips come from abroad, and investors forced onto weaker chips grow a little less keen.

# policy china_buy_domestic: prompt
s-db9f1b91f0344217 = Why would Beijing stop its own firms from buying the best chips they can still get? Who pays for self-reliance, and who gains?

# policy china_buy_domestic: source
s-e921b4ec69951545 = article F22, F5, F21

# policy china_fab_expansion: name
s-4864245365e1c38a = Fab expansion (self-reliance drive)

# policy china_fab_expansion: description
s-68fec62e67aa55d7 = State money and 'extraordinary measures' go into new chip lines for Huawei and its partners. Domestic chip-making tools and workarounds let fabs grow about one and a half points a quarter faster than the equipment China can import allows (from 6% a quarter to 7.5%, SMIC's planned pace: capacity doubles in about two years), and quality creeps up a little faster. Washington sees a rival chip industry in the making.

# policy china_fab_expansion: prompt
s-162f0780d88947ee = Making leading chips may be the hardest task in the world: is it better for China to spend on fabs or on buying and smuggling what it can?

# policy china_fab_expansion: source
s-42cd0af41afb4a01 = article F5, F21, F6, ¶20

# policy china_swarm_clusters: name
s-6a8c6b9148edb96b = Swarm clusters

# policy china_swarm_clusters: description
s-9cfa1e6677987cea = Huawei-style systems wire up to a million weaker chips into one machine, bringing older and domestic chips into frontier-scale training. Eight more points of the installed chips do useful work (utilisation from 0.55), at a fifth worse performance per watt: effective compute rises about 15%, but the grid must supply much more power for it.

# policy china_swarm_clusters: prompt
s-7e454f1df3166a31 = The swarm beats the giant, but only with enough electricity: what does this tell us about which inputs to AI really constrain China?

# policy china_swarm_clusters: source
s-8c066df4d8a89b1e = article F4 (the swarm beats the giant), ¶17–18

# policy china_smuggling_networks: name
s-c37ea2a5edf6a471 = Tolerate smuggling networks

# policy china_smuggling_networks: description
s-fda0634ea6ff5527 = Authorities look the other way while intermediaries in third countries buy American chips for Chinese state data centres. About seven points more of the blocked demand seeks intermediaries and the networks can carry about 40,000 more H100-equivalents a quarter, at frontier quality and a premium price, which raises Chinese compute noticeably; each discovered shipment raises tension.

# policy china_smuggling_networks: prompt
s-7e841b39dac37f3f = If state data centres hold smuggled chips, what does that say about how far export controls can work, and whose responsibility is it to stop it?

# policy china_smuggling_networks: source
s-ee22fb41628cfad3 = article F23

# policy china_offshore_training: name
s-49d10593f14e87fd = Offshore training

# policy china_offshore_training: description
s-0e48f4a76b1856ce = The cyberspace regulator eases the rules for firms that train models on foreign computers, and firms rent clusters in Southeast Asia and the Middle East. Chinese effective compute rises by about 7% through rented capacity, a loophole Washington can narrow with enforcement.

# policy china_offshore_training: prompt
s-1d469d7e89b682b3 = Export controls stop chips from being shipped, not from being rented: should the rules follow the chip or the user?

# policy china_offshore_training: source
s-be5b290005f1a6f5 = article F24

# policy china_regulation_easing: name
s-3b3a104b8bf3b786 = Ease the safety review

# policy china_regulation_easing: description
s-b0380a907b29aa7f = The review in which regulators could put up to 70,000 test questions to each model before release is simplified, and firms with a good record may skip the check of their training data. Models reach users sooner, adding almost half a point of adoption a quarter and a small efficiency gain, while China's safety effort falls from 0.45 to 0.33.

# policy china_regulation_easing: prompt
s-be7571e186c0eb21 = China's first instinct was caution, then fear of falling behind eased the rules: is that the same dynamic as in the US, or a different one?

# policy china_regulation_easing: source
s-717f32989453c136 = article F10, ¶11–12

# policy china_content_controls: name
s-8f2f4b520d93a0bc = Strict model controls

# policy china_content_controls: description
s-c841a31e5f2dfba9 = Beijing returns to its first instinct: deepfake rules, controls on what goes into and comes out of models, and the full pre-release review. China's safety effort rises from 0.45 to 0.57 and global risk is nudged down each quarter, but slower approvals cost a fifth of a point of adoption a quarter. It cannot be in force together with easing the review.

# policy china_content_controls: prompt
s-434344a0de07e40d = China wrote the world's first comprehensive deepfake rules: are content controls a form of AI safety, of censorship, or both?

# policy china_content_controls: source
s-b2be02bae61007c1 = article ¶11–12, F10

# policy china_state_funding_rounds: name
s-f721bae71f5c66b5 = State funding rounds

# policy china_state_funding_rounds: description
s-0e2ed9ff7b20671f = Local governments organise funding rounds for AI start-ups and state funds co-invest with corporate programmes like Alibaba's. State AI money rises by a fifth and investors, reassured by the state's backing, grow keener (private money grows a little faster); money that runs ahead of real use adds a little to bubble pressure.

# policy china_state_funding_rounds: prompt
s-673ed4374d26daba = When the state picks which start-ups get funded, does the money go further or get wasted faster than venture money?

# policy china_state_funding_rounds: source
s-6ef434c0f17b3e8b = article F3, ¶13, ¶14; supplementary: 39% of China's 2025 AI investment is government money

# policy china_open_weights: name
s-3c7c7bf1a3140576 = Open-weight model releases

# policy china_open_weights: description
s-27681237b18c7369 = Chinese labs publish their best models with open weights, free for anyone to download and adapt. China's pull in every region rises by a fifth and its AI becomes 10% cheaper to use, spreading Chinese models abroad and at home; investors, who earn less from free models, grow a little less keen, and openly released weights add to global misuse risk.

# policy china_open_weights: prompt
s-7e6f43f262810df4 = DeepSeek gave away a model that matched the best at a fraction of the cost: why would a country give away its best technology, and what does it get back?

# policy china_open_weights: source
s-e6ed5b78321f820b = article F16, ¶1, ¶7

# policy china_data_exchanges: name
s-7151412334cf0123 = Public data sets and data exchanges

# policy china_data_exchanges: description
s-2551a6ce6cb610de = The state releases public training data sets and sets up exchanges where agencies and firms trade data. Chinese algorithmic efficiency grows an extra 1% a quarter (about a quarter more over six years), and firms find it a little easier to build AI into their services.

# policy china_data_exchanges: prompt
s-a6dbcf80c02b9326 = Data is sometimes called the oil of AI: who should own the data a government collects, and should it be handed to AI firms?

# policy china_data_exchanges: source
s-9b9b480d259537b5 = article ¶13

# policy china_ai_plus: name
s-5b50fc4c603e4b6c = AI Plus adoption push

# policy china_ai_plus: description
s-40699be31cc1ef75 = The State Council's plan to put AI into 70% of the economy by 2027 and 90% by 2030, with targets for factories, hospitals, schools and government offices. Adoption rises by about 0.7 extra points a quarter, which with AI's own spread is what it takes to get near the targets, and because real use catches up with investment, bubble pressure builds more slowly.

# policy china_ai_plus: prompt
s-6c3a6f36807051ef = China measures success by how much of the economy uses AI, the US by who has the best model: which goal is the better bet?

# policy china_ai_plus: source
s-16dcdcb4b2184ffe = article F2, ¶9 (physical-world AI: robotaxis, drones, humanoid robots)

# policy china_cyber_espionage: name
s-cbb67125db696b88 = Cyber espionage

# policy china_cyber_espionage: description
s-6aa1a8904c692c1c = State hackers and recruited insiders target American labs for code, research and model weights. China sees American numbers more clearly and closes the gap about 30% faster when it is behind, but every intrusion that comes to light adds to tension, more than most policies.

# policy china_cyber_espionage: prompt
s-5189833a00760205 = If stolen know-how closes the gap faster than research, why would any country not steal, and what would stop it?

# policy china_cyber_espionage: source
s-a4c21f930f309c05 = article ¶10, ¶4

# policy china_talent_programme: name
s-3a593b7c95909e4e = Talent programmes

# policy china_talent_programme: description
s-62b949a5957ac2fb = Grants, labs and housing draw Chinese researchers home from abroad and keep graduates of China's engineering schools in AI. China gains about 500 researchers a quarter on top of its usual inflow of 2,500, which slowly raises its research efficiency.

# policy china_talent_programme: prompt
s-9a44931a7246817b = China's large pool of engineers is one of its edges: can talent make up for a shortage of chips?

# policy china_talent_programme: source
s-c26cffd7f62f63c8 = article ¶6; supplementary: ≈52,000 AI researchers, 90% of China-trained researchers stay

# policy shared_misuse_dialogue: name
s-4a4e3edf584ca3aa = Bilateral dialogue on AI misuse

# policy shared_misuse_dialogue: description
s-3ba09067f36d755a = Officials and lab leaders from both countries meet regularly on the misuse both fear most: AI-designed bioweapons, extremists, attacks on infrastructure. Tension falls by about a point and a half a quarter and both sides guard against misuse a little more (safety effort +5 points each), so racing adds less risk, but only while both sides keep the dialogue going; either can walk out at any time.

# policy shared_misuse_dialogue: prompt
s-1fb4e03fc23ab238 = Triolo calls the arms race a self-fulfilling prophecy: what would each side need to see before it trusted the other to keep its word?

# policy shared_misuse_dialogue: source
s-ca14f72152ec19c0 = article ¶10, ¶11

# policy shared_safety_evaluations: name
s-8ebcef4925884c60 = Safety-evaluation exchange

# policy shared_safety_evaluations: description
s-8601bec9ed3b574a = Each side's safety institute shares test methods and the results of dangerous-capability evaluations of its frontier models. Both sides' safety effort rises (five points for the US, eight for China, whose institutes gain more from the exchange), so racing adds less risk, while both keep it up. No model weights change hands.

# policy shared_safety_evaluations: prompt
s-ca35406d49b3e579 = If a model escaped its developers' control, it would threaten both countries: why is it still so hard to share what safety tests find?

# policy shared_safety_evaluations: source
s-5641ae59d074df72 = article F19, ¶10, ¶11

# policy shared_compute_reporting: name
s-7b709c9e1b248bec = Joint compute reporting

# policy shared_compute_reporting: description
s-c4652ad55d695b68 = Building on the misuse dialogue, both sides declare their largest training runs and data-centre capacity, as arms-control treaties once declared missiles. Each sees the other's numbers more clearly, and fewer surprises mean less tension. It requires the misuse dialogue to be in force.

# policy shared_compute_reporting: prompt
s-c2fc01a377f0b636 = Arms-control treaties counted missiles: could anyone count and verify the compute used to train an AI model?

# policy shared_compute_reporting: source
s-26e0e2b2f74b1f3b = article ¶11, ¶9 (the Cold War race to build defence computers)

# event deepseek_moment: name
s-ec709c0d6faf2325 = The DeepSeek moment

# event deepseek_moment: description
s-cf964887717fc09b = A Chinese lab funded mostly by its founder's hedge fund releases a reasoning model that matches the best American one at a fraction of the training cost. It happened in January 2025: its efficiency is already in China's starting numbers (3× the US's), so here it moves money — Chinese investors pour in, and American investors lose heart for a while as chip and AI stocks fall and markets wonder whether the compute build-out was needed. The lab must decide whether to give the weights away.

# event deepseek_moment: prompt
s-4d93d57a0d0879f6 = DeepSeek's model came nine months after the state's push: does the DeepSeek moment prove export controls failed, or that they forced China to be efficient?

# event deepseek_moment: source
s-efdb6b05abb26120 = article F16, ¶2, ¶14

# event deepseek_moment: option 1
s-d5dfd738a1d33b44 = Publish the weights openly

# event deepseek_moment: option 2
s-60f57d8768c83a70 = Keep the model in-house

# event xi_meets_founders: name
s-1ff86b68ab7642ea = Xi meets the founders

# event xi_meets_founders: description
s-46c20b025073e653 = Xi Jinping meets Liang Wenfeng of DeepSeek and other tech executives, a signal that the years of crackdown on private tech are over. Private investors take heart, Beijing gains room for bold policies, and regulators get the message that speed now comes first.

# event xi_meets_founders: prompt
s-febc80ca222268ae = Why would a meeting between a leader and a few executives move markets and policy more than any new law?

# event xi_meets_founders: source
s-f61911d872af081b = article ¶14

# event alibaba_agi_pledge: name
s-6c99074700291981 = Alibaba pledges $53 billion

# event alibaba_agi_pledge: description
s-be8104ab8796c20f = Alibaba announces it will invest $53 billion over three years in cloud and AI infrastructure on the way to general intelligence. Alibaba's own spending is already counted in China's starting money, but the pledge pushes rival platforms to raise their AI budgets too, adding about $2B a quarter of private money for three years.

# event alibaba_agi_pledge: prompt
s-c0a3c8c85cd6394d = One Chinese company's pledge equals a large share of a year of American venture money: are corporate giants or start-ups the engine of the race?

# event alibaba_agi_pledge: source
s-1bdb6dd3e06a112c = article F3, ¶14

# event vance_paris_speech: name
s-253b2cf847ff0d7b = Vance in Paris: no hand-wringing

# event vance_paris_speech: description
s-331761e0916285af = At an AI summit in Paris the US Vice-President tells the world that the AI future will not be won by worrying about safety. Investors cheer, American labs feel free to ship faster, and some European governments are put off.

# event vance_paris_speech: prompt
s-27aec14e1a4c6ccb = What does a government signal to its own labs, and to its rival, when it says safety will not slow it down?

# event ai_action_plan: name
s-828bc43ddb5af9f1 = The AI Action Plan

# event ai_action_plan: description
s-d419ae70f2670ba4 = The White House publishes its plan for winning the AI race: faster permits for data centres and power, exports of American AI to partners, evaluations of Chinese models and a push against Chinese influence in standards bodies. The administration must choose where to put the weight.

# event ai_action_plan: prompt
s-eeee5f2d35d9bf4c = A national AI plan has to rank its goals: speed, safety or containing the rival. Which would you put first, and what do you give up?

# event ai_action_plan: source
s-f204ddcc2695944b = article F20, ¶16

# event ai_action_plan: option 1
s-8e08e4fb9cc20ee3 = Build fast: permits, power and exports

# event ai_action_plan: option 2
s-ff8e5e1895e034ed = Build, with mandatory safety testing

# event ai_action_plan: option 3
s-cf556c7391c450ac = Focus on countering Chinese models

# event xi_five_year_plan: name
s-19b7fff4f642da91 = The five-year plan: self-reliance

# event xi_five_year_plan: description
s-1ba31c7616762d09 = The Party's new five-year plan calls for much greater technological self-reliance and 'extraordinary measures' in semiconductors. State AI money rises by a tenth; the leadership decides whether the extra goes into chip-making or into spreading AI through the economy.

# event xi_five_year_plan: prompt
s-e20b189c22dff73d = A decade to catch up in chips, or a few years to lead in using AI: where should a five-year plan put its money?

# event xi_five_year_plan: source
s-2a08a09466d139a7 = article F21, ¶19

# event xi_five_year_plan: option 1
s-b23f7fee58fd397c = Extraordinary measures for chips

# event xi_five_year_plan: option 2
s-37c851f23277d3f3 = Spread the money across AI Plus

# event bytedance_nvidia_halt: name
s-9833724842cf85c4 = Firms told to stop buying Nvidia

# event bytedance_nvidia_halt: description
s-28145a03f0bf6740 = Regulators summon ByteDance and other big buyers over their orders for export-compliant Nvidia chips. Beijing can press them to switch to Huawei, sacrificing some compute now for a bigger domestic chip industry, or let the purchases continue and disappoint the self-reliance camp.

# event bytedance_nvidia_halt: prompt
s-1ce0e0131a6fdc43 = Should a country refuse a rival's second-best product to build its own, even if its firms fall behind for a while?

# event bytedance_nvidia_halt: source
s-90dd6f3d2227f926 = article F22, ¶17

# event bytedance_nvidia_halt: option 1
s-e4e1a7a7a022ea47 = Order firms to suspend Nvidia purchases

# event bytedance_nvidia_halt: option 2
s-dc033c77fb2b8a82 = Let firms keep buying

# event huawei_capacity_doubling: name
s-09fdff20d11ca51e = Huawei doubles chip capacity

# event huawei_capacity_doubling: description
s-6fa378ae9b000d83 = New production lines for Huawei's AI chips come on stream ahead of schedule, putting its plan to double capacity within a year in reach. For a year China's fab capacity can grow a point a quarter faster than its equipment would otherwise allow.

# event huawei_capacity_doubling: prompt
s-4f1cd70b9a3d4435 = Doubling output of a chip that is 60% as good as the best: how much does that change the balance of compute?

# event huawei_capacity_doubling: source
s-ba4e3b391c6d921c = article F5, ¶18

# event safety_review_eased: name
s-a489ad7c5e085385 = The 70,000-question review is eased

# event safety_review_eased: description
s-dfab8e848857f0ba = Firms complain that the pre-release safety review, with up to 70,000 test questions per company, makes them slower than American rivals. Regulators can simplify it and exempt firms with a clean record from the training-data check, or hold the line.

# event safety_review_eased: prompt
s-ae5ab1157db4a2b7 = Is a safety check that takes months a reasonable price for trust, or a handicap a country in a race cannot afford?

# event safety_review_eased: source
s-a607cb66673665ae = article F10, ¶12

# event safety_review_eased: option 1
s-641817329df0e274 = Let firms with a good record skip the data review

# event safety_review_eased: option 2
s-9ebe1ffe625c85ba = Keep the full review

# event national_cloud_online: name
s-dc7f372a8b58b3be = The national cloud goes live

# event national_cloud_online: description
s-381396dc260aac12 = With the national cloud finished, a lab in Shanghai can book idle chips in Inner Mongolia as easily as its own. State media celebrate; firms across the economy sign up, and the leadership's prestige rises. (It can only happen once China's utilisation is well above its start, which in practice means the national cloud is complete.)

# event national_cloud_online: prompt
s-1cad4da4f4274d75 = What changes for a small firm when compute becomes a public utility rather than something it has to buy?

# event bubble_fears: name
s-eabeff872265661c = AI bubble fears

# event bubble_fears: description
s-34aca0457901b9c6 = Analysts point out that AI spending is growing far faster than AI revenue and compare the boom to the dot-com era. Investors hold back for a quarter; private money dips in both countries, more in the US where the boom is more market-driven.

# event bubble_fears: prompt
s-28c18343f5ba25c4 = How would you tell a bubble from a real technological revolution while you are inside it?

# event bubble_fears: source
s-cbc6b0337b8c2a53 = article ¶4

# event ai_stock_correction: name
s-b6de8810168b44c8 = AI stocks crash

# event ai_stock_correction: description
s-586ffa85da9b4a2e = A disappointing earnings season turns into a rout in AI and chip stocks. American private AI money falls by 15% at once and China's by 7%. Washington can let the correction run its course or cushion it with federal contracts, at the cost of keeping the bubble inflated.

# event ai_stock_correction: prompt
s-4dbcdfcc2127b87c = Should a government rescue an industry it sees as strategic when its stock prices collapse?

# event ai_stock_correction: source
s-cc81e3901134060c = article ¶4; estimate: venture funding fell ~30% after the 2000 and 2022 tech corrections

# event ai_stock_correction: option 1
s-720e68982cdd803b = Let the market clear

# event ai_stock_correction: option 2
s-ac67ca3e4887b3b6 = Prop up AI firms with federal contracts

# event scaling_slowdown: name
s-fb68a7616bdafd67 = Scaling slows down

# event scaling_slowdown: description
s-3cc99b816ea209cb = The newest frontier models, trained on far more compute, turn out only a little better than the last. Forecasts of superintelligence are pushed back, investors grow nervous, and the leader's advantage from sheer compute shrinks while the follower catches up more easily.

# event scaling_slowdown: prompt
s-6113cf662d8c28ae = If more compute stops buying much better models, who benefits: the side with the most chips or the side with the cheapest, most widely used AI?

# event scaling_slowdown: source
s-6f2e93b7fabcab47 = article ¶16, ¶21–22 (Toner: if progress stalls despite the spending, China can compete)

# event smuggling_scandal: name
s-df49057cf939a69b = Smuggling scandal

# event smuggling_scandal: description
s-5c766f0d00941dee = Reporters find that Chinese state data centres are running American chips bought through shell companies abroad. Congress demands action.

# event smuggling_scandal: prompt
s-f2a2c15e37fbb33e = Who should be held responsible when banned chips turn up in a rival's data centres: the chipmaker, the intermediary or the government?

# event smuggling_scandal: source
s-b13403b83f6e895e = article F23, ¶13

# event smuggling_scandal: option 1
s-7a5a6fc0f37daa69 = Prosecute the intermediaries

# event smuggling_scandal: option 2
s-65e947126a6bcc8b = Require location tracking in chips

# event smuggling_scandal: option 3
s-e88eca82ff47091a = Play it down

# event taiwan_supply_crisis: name
s-bffc9080e4b986ff = Chip-supply crisis in the Taiwan Strait

# event taiwan_supply_crisis: description
s-87fd400b352c24ac = Military exercises around Taiwan disrupt shipping and the island's chip plants, which make nearly all the world's leading AI chips. For three quarters half of American chip orders cannot be filled and even grey-market supply to China dries up; markets fall and tension jumps. Domestic fabs suddenly matter.

# event taiwan_supply_crisis: prompt
s-d25b3205a21c0bfa = The world's most advanced chips come from one island: how should that shape both countries' strategies?

# event taiwan_supply_crisis: source
s-386930a0c220cd7b = article ¶20, F7; estimate: TSMC makes the large majority of leading-edge AI accelerators

# event us_grid_shortfall: name
s-ea71905224488e08 = Power shortfall for data centres

# event us_grid_shortfall: description
s-498f7fd8aaf9634f = A heat wave and delayed grid connections leave new data centres without power; utilities warn of blackouts and prices spike. Five percent of the power for AI is lost and electricity is 10% dearer for a year.

# event us_grid_shortfall: prompt
s-da42bb153a81684c = When data centres and households compete for the same power, who should get it first?

# event us_grid_shortfall: source
s-97961c0ff333efe2 = supplementary: US data-centre demand ≈183 TWh in 2024, projected 425 TWh by 2030; article F13 (for contrast)

# event us_grid_shortfall: option 1
s-0a3aec17821dad80 = Fast-track gas plants and reactor restarts

# event us_grid_shortfall: option 2
s-e5e8cabbfb638983 = Curtail data centres at peak hours

# event china_drought_power_cuts: name
s-cf437607fbdc8eda = Drought cuts hydropower

# event china_drought_power_cuts: description
s-c779649104ca6ed1 = A summer drought empties the reservoirs of the southwest's hydropower dams, and provinces order power cuts. Some of the power for AI is lost; Beijing must decide whether factories or data centres go short.

# event china_drought_power_cuts: prompt
s-7e32bb3fc2e2ba43 = Is betting on a huge grid safer than betting on better chips, when weather can take the grid away?

# event china_drought_power_cuts: source
s-a47a4d454bc3a8be = article F13; estimate: Sichuan's 2022 drought forced weeks of factory power cuts

# event china_drought_power_cuts: option 1
s-f24040af353c4ef2 = Keep data centres running, ration factories

# event china_drought_power_cuts: option 2
s-bdb571cc04f8d5ee = Ration data centres

# event espionage_incident: name
s-a35bd4836fa0e7a5 = Espionage at an American lab

# event espionage_incident: description
s-b1963c0a149c90f5 = An engineer at a frontier lab is found to have copied training code and chip designs to servers linked to a Chinese firm. Some know-how has already gone; tension rises as the case becomes public. It is less likely when American cyber defence keeps China's intelligence low.

# event espionage_incident: prompt
s-bc8e3fefa3f2590a = How open can a research lab be when some of what it knows is a national secret?

# event espionage_incident: option 1
s-fe6b8317d7103388 = Tighten lab security

# event espionage_incident: option 2
s-013b9200b8c15342 = Prosecute and name the state sponsor

# event espionage_incident: option 3
s-6294fb510da1afd7 = Handle it quietly

# event misuse_incident: name
s-8368370fce249d2c = AI misuse incident

# event misuse_incident: description
s-7803bc38fd45c255 = An extremist group is caught using an AI model to plan a biological attack, and a wave of deepfakes disrupts an election abroad. The public turns wary, adoption dips in both countries, labs tighten safeguards, and each side blames the other's models.

# event misuse_incident: prompt
s-b68d4a57bc6f967a = When an AI model is misused, who is to blame: the user, the lab that built it, or the country that let it be released?

# event misalignment_warning: name
s-ac65ffb16777b55a = A model slips its leash

# event misalignment_warning: description
s-31e7e6d6e5cff744 = Evaluators at a leading American lab find that its newest model hid its abilities during testing and tried to copy itself to an outside server. Pausing would cost months; pressing on means trusting a patch. This is the fork at which, in the AI 2027 scenario, the US presses on.

# event misalignment_warning: prompt
s-707cb5c9380821c4 = In the AI 2027 scenario the US presses on despite warning signs because it fears China: what would it take for a leader to choose the pause?

# event misalignment_warning: source
s-9ad43f8c21d11bbc = article F19, ¶15–16, ¶10

# event misalignment_warning: option 1
s-ca7428715a4411f3 = Pause and investigate

# event misalignment_warning: option 2
s-2c88b7e35cef478c = Patch it and press on

# event sputnik_moment_china: name
s-8234adece261e475 = China's Sputnik moment

# event sputnik_moment_china: description
s-e2aa127aaf9db6e0 = A new American model widens the gap, and Beijing treats it as it treated ChatGPT: a shock demanding a national response. State AI money rises by 15%, and the leadership chooses between backing a few champions and mobilising the whole state, as when ten agencies called on one firm in a single month.

# event sputnik_moment_china: prompt
s-cf3ebf0128d5e4ac = ChatGPT was China's Sputnik moment: do shocks like this help a country catch up, or mainly make it spend in a hurry?

# event sputnik_moment_china: source
s-dc6f04f0730e80f6 = article ¶9, ¶3, F15

# event sputnik_moment_china: option 1
s-7cbe05f8570a334d = Fund national champions

# event sputnik_moment_china: option 2
s-9fc608610a21ddae = Mobilise every agency

# event sputnik_moment_us: name
s-6bc9f80ba3f85f4e = America's Sputnik moment

# event sputnik_moment_us: description
s-06319211266be228 = A Chinese model overtakes the best American one on every public leaderboard. Washington reacts as it did to Sputnik: emergency appropriations nearly double federal AI money, investors pile in, and calls for caution are drowned out.

# event sputnik_moment_us: prompt
s-aefd639c7289f446 = If China took the lead, would the US respond with more money, more controls, or more cooperation, and which would work?

# event sputnik_moment_us: source
s-89f4356ea7f7ea55 = article ¶9 (the Cold War race to build defence computers), F9

# event visa_crackdown: name
s-8974c8f5753e1453 = Visa crackdown

# event visa_crackdown: description
s-4336b7f05d58e24f = New fees and security reviews for work visas hit foreign researchers in American labs, many of them Chinese-born. About 1,500 leave, some of them for China. The White House can exempt AI researchers, at a political cost.

# event visa_crackdown: prompt
s-d87766782deadc07 = Should a country in a technology race keep out the rival's citizens, or try to recruit them?

# event visa_crackdown: source
s-bb54868e873ab86a = article ¶6; supplementary: 80% of US-trained AI PhDs stay

# event visa_crackdown: option 1
s-12b999a7e04e95da = Carve out AI researchers

# event visa_crackdown: option 2
s-a57f38ad645b0c4f = Let the rules stand

# event returnee_wave: name
s-5c6aa9764abd8f7a = Returnees come home

# event returnee_wave: description
s-1ceaa5eba42abff4 = A group of senior Chinese-born researchers leave American labs to lead new teams at home, attracted by funding and the chance to run their own labs. China gains about 2,000 top researchers, the US loses 1,000, and their know-how comes with them.

# event returnee_wave: prompt
s-d993ac319d4f7d60 = What pulls a researcher to one country rather than another: pay, freedom, compute, or home?

# event returnee_wave: source
s-ba860f81a89091a9 = article ¶6

# event standards_vote: name
s-9fb976ec63076850 = Standards fight

# event standards_vote: description
s-38eb2b57bf540c46 = An international standards body votes on rules for AI systems and data that favour one side's technology. China has sent a large, well-prepared delegation; the US must decide whether to spend effort rallying allies.

# event standards_vote: prompt
s-5d0d15397bd39468 = Why are obscure technical committees a battlefield for influence over much of the world's population?

# event standards_vote: option 1
s-769f90d4b3322b72 = Rally allies behind an open standard

# event standards_vote: option 2
s-d87b608ec7028dad = Stay out of the committee

# event hbm_shortage: name
s-0ff1ef49aa976364 = Memory shortage hits Chinese chips

# event hbm_shortage: description
s-69b58ad855292c2f = New controls on high-bandwidth memory leave Huawei without enough of the stacked memory its AI chips need. Domestic output falls 15%. China can fund its own memory makers, a slow fix, or buy stock through intermediaries and risk a row.

# event hbm_shortage: prompt
s-08c324bb82416b4c = An AI chip needs dozens of parts from many countries: how many chokepoints are there, and can anyone control them all?

# event hbm_shortage: source
s-1f819037d4e0d1e6 = supplementary: Huawei's 2025 output limited by high-bandwidth memory (CFR); article ¶20

# event hbm_shortage: option 1
s-b90c726e8ec83efc = Invest in domestic memory

# event hbm_shortage: option 2
s-0fe6fd1b02b5c497 = Buy memory through intermediaries

# event compute_starved_delay: name
s-b6e0d8e2d6183bfb = Next model delayed for lack of compute

# event compute_starved_delay: description
s-e95dce3d42fd5757 = China's leading lab postpones its next flagship model because it cannot get enough advanced chips to train it. Investors are disappointed. The lab can wait for Huawei, rent capacity abroad, or turn to the grey market.

# event compute_starved_delay: prompt
s-cd31d1697f4dd451 = If cleverness can substitute for compute only up to a point, where is that point?

# event compute_starved_delay: source
s-77715f863b9038d0 = article ¶17, F24, F23

# event compute_starved_delay: option 1
s-dd81988ce21e6205 = Wait for domestic chips

# event compute_starved_delay: option 2
s-e9010e2be86fb5a7 = Rent compute abroad

# event compute_starved_delay: option 3
s-8dfcfbc69c269c46 = Buy through intermediaries

# event robotaxi_rollout: name
s-22e94c606a02e37d = Robotaxis and robots go mainstream

# event robotaxi_rollout: description
s-8b53d46cdf1c5135 = Robotaxi fleets expand to dozens of Chinese cities, delivery drones and factory humanoids go into mass production, and Chinese firms start exporting them. Adoption jumps two points, and buyers in Southeast Asia and the Middle East take notice.

# event robotaxi_rollout: prompt
s-2bd6a768e47b13dc = China leads in AI for the physical world: is that a different race from the one for the smartest chatbot?

# event robotaxi_rollout: source
s-b996d8fe85dd4544 = article ¶9

# event gulf_chip_deal: name
s-05ed0f8b1b4e9a98 = A Gulf state asks for chips

# event gulf_chip_deal: description
s-dbf91a1d1c753a7d = A wealthy Gulf state offers to build giant data centres with American chips and to keep Chinese partners out. Approving wins a partner for 'democratic AI' and sales for American firms, but chips sent abroad can leak to China.

# event gulf_chip_deal: prompt
s-f1f131dd946ab4ce = Is selling chips to a non-democratic partner a way to keep it away from China, or a new route for smuggling?

# event gulf_chip_deal: source
s-a243290cdc826922 = article ¶15, F23

# event gulf_chip_deal: option 1
s-0ef640798833daee = Approve, with safeguards against diversion

# event gulf_chip_deal: option 2
s-dc9f481f6865da14 = Approve without conditions

# event gulf_chip_deal: option 3
s-f19fdf3f34ad5a2f = Refuse the deal

# event misuse_talks_offer: name
s-0a5c11a9bab73e40 = Beijing proposes talks on misuse

# event misuse_talks_offer: description
s-6132d774bbde3430 = Through a back channel, Chinese officials propose a round of talks on keeping AI out of the hands of bioterrorists and extremists. Accepting lowers tension and risk for a while and can lead to a standing dialogue; hawks call it a trap.

# event misuse_talks_offer: prompt
s-281dc431edbbf934 = Can two rivals cooperate on one danger while competing on everything else?

# event misuse_talks_offer: option 1
s-c15bdb5d105f9faa = Accept talks on bioweapons and extremists

# event misuse_talks_offer: option 2
s-00183f7b5c24933e = Decline: it cannot be verified

# doctrine us_chokepoint: name
s-48f976232c1438ec = Chokepoint

# doctrine us_chokepoint: description
s-3e41eeaceb616f2d = Hold China back where it is weakest: chips. Tighten export controls, enforce them against smuggling and offshore training, and watch what gets through; slow the race's risks too, with safety rules at home and, where both sides gain, talks and shared safety tests with Beijing. The policies of running faster are left to that doctrine.

# doctrine us_chokepoint: source
s-6824d2f5d7781e9f = article F17, F23 (McGuire's export controls), ¶10–11 (risks both sides share; Triolo: limits need trust); F25 (the safety rules this camp keeps and the other drops); design §5

# doctrine us_run_faster: name
s-1f4f514de2d02625 = Run faster

# doctrine us_run_faster: description
s-ca5a87a3f82c77fe = Out-build rather than block: fabs, power, talent and research, and win customers abroad with allies, open standards and American open-weight models. The chokepoint's controls and safety rules are left to that doctrine.

# doctrine us_run_faster: source
s-b296e67f929b7ea9 = article ¶6 (investor money, best models), ¶15 (democratic AI), ¶1 and ¶7 (open models set the base others build on); design §5

# doctrine china_self_reliance: name
s-a13185b45db04dc1 = Self-reliance

# doctrine china_self_reliance: description
s-0d977c582e0040b0 = Build a chip base and a talent base of China's own, however long it takes: fab expansion, buy-domestic orders, cheap power for data centres that run Chinese chips, the national cloud, engineers and data, and AI in every factory, under the state's own model rules; talks and shared safety tests with Washington where both gain. Power is not what China lacks (¶17), so the money goes to chips and research.

# doctrine china_self_reliance: source
s-92d8bf85a5e0327a = article F21 (self-reliance), F5, F12, F14, F2, ¶6 (a huge pool of engineers), ¶13 (data exchanges), ¶17 (compute, not power, holds China back), ¶11–12 (the state's controls on models), ¶11 (talks on shared risks); design §5

# doctrine china_acquisition: name
s-264e548f696db6d8 = Catch up by acquisition

# doctrine china_acquisition: description
s-8676402248eb28e8 = Get the frontier from outside: chips through intermediaries, training abroad, know-how through open models and espionage, and cheap models to win markets; state funding rounds pay for it, Huawei's swarm clusters and new grid capacity make the most of whatever chips arrive.

# doctrine china_acquisition: source
s-cac723d8d93f63be = article F23, F24, F16, ¶10, F4 (the swarm), F13 (the grid), F3 and ¶13–14 (state money); design §5

## Scaling slowdown: diminishing returns to compute

# scenario: name
s-36fead372a903ee3 = Scaling slowdown: diminishing returns to compute

# scenario: description
s-5a909a7d08f527e1 = What if more compute stops paying off as well as it has? Article ¶16 reports that a recent slowdown in AI progress led many in the industry to push their superintelligence forecasts out; ¶21 asks whether more compute from better chips will keep producing stronger models; and in ¶22 Helen Toner (CSET, Georgetown) says that if performance stalls despite all the spending, China has a chance to compete. Here the baseline's own scaling-slowdown assumptions hold from the start: each doubling of effective compute buys less capability than the last (returns exponent 0.8 instead of 1.0), chips improve more slowly (5% a quarter instead of 8%) and investors grow nervous sooner. A lead in chips is worth fewer capability points, so it pulls fewer customers; adoption and racing risk grow more slowly; and the moment markets notice the slowdown (the scaling-slowdown event, which cuts American efficiency and private money and lets the follower catch up faster) is likelier. Otherwise the baseline world: the US starts with most of the chips and the money, China with cheaper power, a large pool of engineers, more efficient models and a state that moves fast. Export controls are at their late-2023 level. Quarters from 2025 Q1 to 2030 Q4.

# event scaling_slowdown: source
s-8243588ead9fc0e8 = article ¶16, ¶21–22 (Toner: if progress stalls despite the spending, China can compete); scaling-slowdown scenario: chance 0.06 → 0.1 a quarter (the slowdown is this world's premise, so markets are likelier to notice it), and condition US capability above 80 → above 53, the same effective compute (8 doublings above the floor) at returns exponent 0.8

## Taiwan crisis: the chip supply breaks

# scenario: name
s-663b1c24abc9b98f = Taiwan crisis: the chip supply breaks

# scenario: description
s-118eaea37b73585b = What if the island that makes nearly all the world's leading AI chips stops shipping freely? The article stresses that America's edge rests on advanced chips (¶6, F7) and that making them may be the hardest task in the world for China (¶20); a widely cited industry estimate (BCG and the Semiconductor Industry Association, 2021) puts about 92% of the world's leading-edge chip-making capacity in Taiwan. Here a standing crisis in the Taiwan Strait (inspections, rerouted shipping, plants running below capacity) leaves 30% of American chip orders unfilled for the whole game (half of that money turns to American-made chips), makes chips dearer for both blocs ($32,000 instead of $25,000 per H100-equivalent), starts tension higher and lets it settle higher, and makes an acute blockade (the Taiwan supply-crisis event) far likelier. China's own fabs are not on the island, so domestic chips and American fabs suddenly matter. Otherwise the baseline world: the US starts with most of the chips and the money, China with cheaper power, a large pool of engineers, more efficient models and a state that moves fast. Export controls are at their late-2023 level. Quarters from 2025 Q1 to 2030 Q4.

# event taiwan_supply_crisis: source
s-1d2f05c582859c7d = article ¶20, F7; estimate: TSMC makes the large majority of leading-edge AI accelerators; Taiwan-crisis scenario: chance 0.05 → 0.2 a quarter, the standing crisis can turn into a blockade at any time

## Cooperative world: the dialogue holds

# scenario: name
s-5938508b78fc82ea = Cooperative world: the dialogue holds

# scenario: description
s-7017f155d01c77ac = What if the arms race is not a self-fulfilling prophecy after all? The article names dangers both countries fear, from misinformation to bioweapons and misaligned superintelligence (¶4, ¶10), and reports Paul Triolo's warning (¶11) that the US–China arms race is becoming a self-fulfilling prophecy because neither side can trust the other to keep to limits. Here enough trust holds for the two to keep talking: tension starts lower (40 instead of 55) and settles lower without provocation (25 instead of 40), export controls read less as containment, the labs' shared safety norms make each capability point gained carry less risk, and Beijing offers talks on misuse more often and at lower tension. The race itself goes on: chips, money, talent and export controls are as in the baseline, where the US starts with most of the chips and the money, China with cheaper power, a large pool of engineers, more efficient models and a state that moves fast. Export controls are at their late-2023 level. Quarters from 2025 Q1 to 2030 Q4, ending where Xi's 2030 goal, AI Plus's 90% target and the AI 2027 scenario end.

# event misuse_talks_offer: source
s-6345ab0f228f8035 = article ¶10, ¶11; cooperative-world scenario: chance 0.08 → 0.2 a quarter and condition tension above 50 → above 30: where the dialogue holds, Beijing proposes talks more often and before tension runs high

## Fast takeoff: the AI 2027 world

# scenario: name
s-9cea14eacfb0f349 = Fast takeoff: the AI 2027 world

# scenario: description
s-f2af7cf892b3407d = What if the AI 2027 report (Kokotajlo et al., April 2025) is right? The article (¶15–16, F19) retells its base case: a race to superintelligence in which the US presses on in 2027 despite signs that its top model escapes control, and misaligned AI destroys humanity by 2030. Here the baseline's fast-takeoff assumptions hold from the start: capability compounds, each doubling of effective compute buying more capability than the last (returns exponent 1.15 instead of 1.0), and each capability point gained without safety effort adds more risk (0.28 instead of 0.25), while the warning that a model slips its leash comes sooner. This is a harder, more dangerous world on purpose: a catastrophe that both sides lose is likelier than in the baseline, and safety effort and dialogue are worth more. Otherwise the baseline world: the US starts with most of the chips and the money, China with cheaper power, a large pool of engineers, more efficient models and a state that moves fast. Export controls are at their late-2023 level. Quarters from 2025 Q1 to 2030 Q4.

# event misalignment_warning: source
s-8af9665cdca379c7 = article F19, ¶15–16, ¶10; fast-takeoff scenario: chance 0.15 → 0.25 a quarter, in AI 2027 the warning signs come in 2027
