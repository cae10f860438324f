# AI Race — every piece of text the game window shows, in English.
# To translate: copy this file to e.g. zh-CN.ftl or ar.ftl and translate the right-hand sides.
# Names of policies, events, doctrines and their sources come from the scenario file.

app-title = AI Race
app-subtitle = The US–China race for artificial intelligence, 2025–2030

## Common
us = United States
china = China
us-short = US
china-short = China
back = Back
close = Close
cancel = Cancel
ok = OK
error = Error
none = none
turn = Turn { $turn } of { $total }
months = { $value } months
unknown = unknown

## Title screen
title-continue = Continue the game
title-new-game = New game
title-load-game = Load game
title-help = Help and glossary
title-quit = Quit
title-tagline = Each turn is a quarter. Choose policies — export controls, subsidies, grid build-out, immigration, safety rules — and answer events. Every number comes from the scenario file and carries its source.
settings = Settings
settings-ui-scale = Text and interface size
settings-guide = Show the guided first turn
settings-ui-scale-hint = Larger sizes suit a projector.

## New game
new-title = New game
new-scenario = Scenario
new-scenario-shipped = Shipped scenario
new-scenario-path = Or open a scenario file (.ron) by path
new-scenario-open = Open
new-scenario-loaded = Loaded: { $name }
new-side = Play as
new-side-us = The United States
new-side-china = China
new-side-hotseat = Hot-seat (two players, one screen)
new-side-watch = Watch the computer play both sides
new-difficulty = Computer opponent
new-doctrine = Computer's doctrine
new-doctrine-drawn = Drawn by the computer
new-seed = Seed (same seed and orders give the same game)
new-start = Start the game
new-broken = This scenario cannot be played. The errors below give the line, the column and the fix.
level-random = Random — any legal order
level-easy = Easy — follows its doctrine, no lookahead
level-normal = Normal — looks a few turns ahead
level-hard = Hard — looks further ahead, more samples
level-rules = Rules — the simple rule-based doctrine

## Load
load-title = Load game
load-saves = Saves
load-autosaves = Autosaves (newest first)
load-path = Or open a save file by path
load-open = Open
load-none = No saves found in { $dir }
load-broken = This save cannot be loaded.

## Game screen
top-date = { $date }
top-turn = Turn { $turn }/{ $total }
top-capital = Political capital { $value }
top-lead = US lead { $value } months (90%: { $low } to { $high })
top-lead-hint = The capability lead in months as your side estimates it: positive means the US is ahead. The interval is 90% likely to hold the truth.
top-you-are = You play { $side }
top-watching = Watching, from { $side }'s view
panel-resources = Your bloc
panel-rival = { $side } (estimates)
panel-rival-hint = Your intelligence sees the rival through fog: each number is an estimate with a 90% interval. Better intelligence narrows it.
panel-world = World markets
panel-world-hint = Each region's AI market, split between the US and China (share of the region's market).
panel-policies = Policies
panel-orders = Orders for this turn
panel-orders-none = No orders yet. Enact a policy or change the budget; orders take effect when the turn ends.
panel-events = Events
panel-news = News
panel-computer = What the computer did
panel-computer-none = The computer has not moved yet.
panel-world-state = World
resource-change = { $delta } this turn
ledger-title = Why it changed this turn
ledger-none = Nothing changed it this turn.
ledger-total = Total change
policy-cost = Cost: { $capital } capital, ${ $money }B a quarter
policy-source = Source: { $source }
policy-prompt = For discussion: { $prompt }
policy-expect = What to expect:
policy-expect-rises = { $quantity } rises
policy-expect-falls = { $quantity } falls
policy-status-off = off
policy-status-on = in force
policy-status-level = level { $level }
policy-status-building = building, { $turns } turns left
policy-status-built = built
policy-enact = Enact
policy-repeal = Repeal
policy-build = Build
policy-level = Level
policy-requires = Needs: { $list }
policy-excludes = Cannot be combined with: { $list }
budget = Budget split
budget-chips = Chips
budget-grid = Power
budget-research = Research and talent
budget-apply = Set budget
order-remove = Remove
order-refused = Refused: { $reason }
event-choose = Choose:
event-waiting = { $side } must answer this event.
event-source = Source: { $source }
button-end-turn = End turn (Enter)
button-next-turn = Next turn (Enter)
button-autoplay = Play on its own
button-pause = Pause
button-save = Save (Ctrl+S)
button-charts = Charts (C)
button-help = Help (F1)
button-guide = Guided tour
button-menu = Menu
thinking = The computer is thinking…
saved = Saved to { $path }
save-failed = Could not save: { $reason }
autosave-failed = Autosave failed: { $reason }
world-tension = Tension
world-risk = Risk of catastrophe
world-bubble = AI bubble
world-frontier = Frontier quality

## Hot-seat
handoff-title = Pass the screen to { $side }
handoff-body = { $other }'s orders are hidden. When { $side }'s player is at the screen, press the button.
handoff-ready = I play { $side } — show my screen

## Charts
charts-title = Charts
charts-quantity = Quantity
charts-yours = { $side } (exact)
charts-rival = { $side } (estimate, 90% band)
charts-markers = Policies and events
charts-x = Turn
charts-hint = Your side's numbers are exact; the rival's are your intelligence's estimates, with a band that holds the truth 90% of the time.

## End screen
end-title = The race is over
end-winner = { $side } wins
end-draw = A draw: the scores are within the draw margin
end-shared-loss = Catastrophe: both sides lose
end-score = Score
end-axis = Axis
end-axis-lead = Capability lead
end-axis-market = World market share
end-axis-adoption = Adoption against targets
end-axis-economy = Economy
end-axis-stability = Stability
end-axis-total = Weighted total
end-article = How the race compares with the article
end-article-lead = Lead at the end: { $value } months, as your side estimates it. The article (F8): the US lead in AI models is “months, not years”.
end-article-target = China's adoption { $date }: { $got }% (the AI Plus target, article F2: { $target }%).
end-article-target-pending = China's AI Plus target for { $date } (article F2): { $target }% — not reached by the end of the game.
end-new = New game
end-charts = Charts
end-title-screen = Title screen

## Help
help-title = Help
help-keys = Keyboard
help-key-enter = Enter — end the turn
help-key-c = C — charts
help-key-s = Ctrl+S — save
help-key-f1 = F1 or H — this help
help-key-esc = Escape — close this window or go back
help-key-zoom = Ctrl + and Ctrl − — larger or smaller text
help-glossary = Glossary of quantities
help-reopen-guide = Start the guided tour again

## Guide
guide-title = Guided first turn ({ $step }/{ $total })
guide-next = Next
guide-skip = Skip the tour
guide-1 = The top bar shows the date, your political capital and the lead in months. Each turn is one quarter.
guide-2 = Your bloc's resources are on the left: compute, chips, funding, the grid, talent and adoption. Hover any number to see why it changed this turn.
guide-3 = The rival is shown as estimates with 90% intervals: the fog of war hides its true numbers.
guide-4 = Policies are grouped by category. Hover a policy to see what it does, its cost and its source in the article. Enacting one adds an order.
guide-5 = Events strike during the game. When one asks you to choose, its card appears under Events.
guide-6 = When your orders are ready, press End turn (or Enter). The Charts button shows every quantity over time.

## News
news-turn = { $date }
news-enacted = { $side } enacts { $policy }
news-repealed = { $side } repeals { $policy }
news-level = { $side } sets { $policy } to level { $to } (was { $from })
news-completed = { $side } completes { $policy }
news-shared = Both sides now keep { $policy }
news-lapsed = { $policy } lapses
news-event = Event: { $event }
news-event-choose = Event: { $event } — { $side } must choose
news-answered = { $side } answers { $event }: { $choice }
news-answered-default = { $side } did not answer { $event }: { $choice } applies
news-rejected = Your order was refused: { $reason }
news-bubble = AI-bubble correction: private funding falls
news-catastrophe = Catastrophe: the racing risk was realised
news-breakthrough = { $side } achieves a decisive breakthrough
news-loaded = Game loaded at turn { $turn }

## Errors
no-adapter = No graphics adapter was found, so the game window cannot open. Play headless instead: ai-race simulate --scenario scenarios/baseline_2025.ron

## Quantities: q-PATH is the name, q-PATH-unit the unit, q-PATH-desc the meaning (PATH without the side, dots as dashes)
q-game-tension = Tension
q-game-tension-unit = 0–100
q-game-tension-desc = Tension between the blocs.
q-game-risk = Risk of catastrophe
q-game-risk-unit = 0–100
q-game-risk-desc = Global catastrophe risk from misaligned or misused AI.
q-game-bubble = AI bubble
q-game-bubble-unit = 0–100
q-game-bubble-desc = AI-bubble pressure: funding running ahead of adoption.
q-game-frontier-quality = Best chip on sale
q-game-frontier-quality-unit = H100e per accelerator
q-game-frontier-quality-desc = Performance of the best chip on sale.
q-game-frontier-perf-per-watt = Best chip efficiency
q-game-frontier-perf-per-watt-unit = × H100
q-game-frontier-perf-per-watt-desc = Performance per watt of the best chip on sale.
q-game-lead-months = Lead in months
q-game-lead-months-unit = months (+ = US ahead)
q-game-lead-months-desc = How long the follower, at its current pace, needs to reach the leader's L today.
q-funding-private = Private funding
q-funding-private-unit = $B/quarter
q-funding-private-desc = Private AI investment this quarter.
q-funding-state = State funding
q-funding-state-unit = $B/quarter
q-funding-state-desc = State AI money this quarter.
q-funding-sentiment = Investor sentiment
q-funding-sentiment-unit = index (1 = neutral)
q-funding-sentiment-desc = Investor sentiment.
q-budget-chips = Budget: chips
q-budget-chips-unit = share 0–1
q-budget-chips-desc = Share of funding spent on chips.
q-budget-grid = Budget: power
q-budget-grid-unit = share 0–1
q-budget-grid-desc = Share of funding spent on power for data centres.
q-budget-research = Budget: research
q-budget-research-unit = share 0–1
q-budget-research-desc = Share of funding spent on research and talent.
q-chips-installed = Chips installed
q-chips-installed-unit = million accelerators
q-chips-installed-desc = Accelerators in service.
q-chips-quality = Chip quality
q-chips-quality-unit = H100e per accelerator
q-chips-quality-desc = Average performance per installed accelerator.
q-chips-perf-per-watt = Chip efficiency
q-chips-perf-per-watt-unit = × H100
q-chips-perf-per-watt-desc = Average performance per watt of the installed chips.
q-chips-imports = Chip imports
q-chips-imports-unit = million accelerators/quarter
q-chips-imports-desc = Accelerators bought abroad this quarter (smuggled ones included).
q-chips-smuggled = Smuggled chips
q-chips-smuggled-unit = million accelerators/quarter
q-chips-smuggled-desc = Of the imports, those that came around export controls.
q-chips-fab-output = Fab output
q-chips-fab-output-unit = million accelerators/quarter
q-chips-fab-output-desc = Domestically made accelerators this quarter.
q-chips-fab-capacity = Fab capacity
q-chips-fab-capacity-unit = million accelerators/quarter
q-chips-fab-capacity-desc = Domestic fab capacity for AI accelerators.
q-chips-fab-quality = Domestic chip quality
q-chips-fab-quality-unit = H100e per accelerator
q-chips-fab-quality-desc = Performance of a domestically made accelerator.
q-chips-blocked-share = Blocked by export controls
q-chips-blocked-share-unit = share 0–1
q-chips-blocked-share-desc = Share of chip demand blocked by the rival's export controls.
q-chips-smuggle-rate = Smuggling rate
q-chips-smuggle-rate-unit = share 0–1
q-chips-smuggle-rate-desc = Share of blocked demand that arrives through intermediaries.
q-chips-import-quality-cap = Import quality cap
q-chips-import-quality-cap-unit = H100e per accelerator
q-chips-import-quality-cap-desc = Best chip export controls let through legally.
q-energy-grid-gw = Energy grid
q-energy-grid-gw-unit = GW
q-energy-grid-gw-desc = Power available to AI data centres.
q-energy-build-rate = Grid build rate
q-energy-build-rate-unit = GW/quarter
q-energy-build-rate-desc = Power added each quarter outside the AI budget.
q-energy-price = Electricity price
q-energy-price-unit = $/MWh
q-energy-price-desc = Electricity price for data centres.
q-compute-raw = Raw compute
q-compute-raw-unit = million H100e
q-compute-raw-desc = Installed chips × quality.
q-compute-power-cap = Compute the grid can power
q-compute-power-cap-unit = million H100e
q-compute-power-cap-desc = Compute the grid can power.
q-compute-utilisation = Utilisation
q-compute-utilisation-unit = share 0–1
q-compute-utilisation-desc = Share of powered compute doing useful work.
q-compute-effective = Effective compute
q-compute-effective-unit = million H100e
q-compute-effective-desc = min(raw, power cap) × utilisation.
q-talent-researchers = Talent
q-talent-researchers-unit = thousand people
q-talent-researchers-desc = Top AI researchers and engineers.
q-research-efficiency = Algorithmic efficiency
q-research-efficiency-unit = × (multiplier)
q-research-efficiency-desc = Algorithmic efficiency: how much each unit of compute is worth.
q-research-log-compute = Effective doublings (L)
q-research-log-compute-unit = doublings (log2 H100e)
q-research-log-compute-desc = L = log2(effective compute in H100e × efficiency).
q-research-capability = Capability
q-research-capability-unit = index points
q-research-capability-desc = Frontier capability K = points × (L − floor)^γ.
q-research-capability-gain = Capability gained
q-research-capability-gain-unit = index points/quarter
q-research-capability-gain-desc = Capability gained this quarter.
q-research-pace = Pace
q-research-pace-unit = doublings/quarter
q-research-pace-desc = Smoothed growth of L: how fast this bloc is moving.
q-research-absorption = Absorption
q-research-absorption-unit = × (multiplier)
q-research-absorption-desc = How fast this bloc catches up when it follows (open models, espionage).
q-adoption-share = Adoption
q-adoption-share-unit = % of the economy
q-adoption-share-desc = Share of the economy using AI.
q-safety-effort = Safety effort
q-safety-effort-unit = share 0–1
q-safety-effort-desc = Share of racing risk removed by safety work and regulation.
q-politics-capital = Political capital
q-politics-capital-unit = points
q-politics-capital-desc = Political capital available for policy changes.
q-market-price-index = Price of AI
q-market-price-index-unit = × (1 = US at the start)
q-market-price-index-desc = What the bloc's AI costs customers, before electricity prices.
q-market-influence = Influence
q-market-influence-unit = × (multiplier)
q-market-influence-desc = The bloc's pull in every region (standards, alliances, open models).
q-intel-level = Intelligence
q-intel-level-unit = 0–1
q-intel-level-desc = How clearly this bloc sees the rival (0 blind, 1 clear).

## Regions
region-north-america = North America
region-latin-america = Latin America
region-europe = Europe
region-middle-east-africa = Middle East and Africa
region-south-asia = South Asia
region-southeast-asia = Southeast Asia
region-east-asia = East Asia

## Causes in the ledger (why a number changed)
cause-order = Your orders (budget)
cause-funding-growth = Funding growth
cause-market-sentiment = Market sentiment
cause-sentiment-reversion = Sentiment returning to normal
cause-bubble-correction = AI-bubble correction
cause-chip-purchases = Chips bought
cause-smuggling = Smuggled chips
cause-fab-output = Domestic fab output
cause-retirement = Old chips retired
cause-new-chip-mix = New chips change the average
cause-fab-growth = Fab capacity growth
cause-fab-investment = Fab investment
cause-fab-learning = Fab learning
cause-frontier-progress = Progress of the best chips
cause-grid-build = Grid build-out
cause-grid-investment = Grid investment from the budget
cause-grid-build-growth = Faster grid building
cause-compute-recalc = Compute recalculated from chips and power
cause-talent-inflow = Talent arriving
cause-talent-outflow = Talent leaving
cause-efficiency-growth = Algorithmic progress
cause-diffusion = Catching up by diffusion
cause-capability-recalc = Capability recalculated
cause-pace-update = Pace updated
cause-lead-recalc = Lead recalculated
cause-adoption-growth = Adoption growth
cause-market-shift = Market shift
cause-racing-risk = Racing risk
cause-risk-decay = Risk fading
cause-tension-drift = Tension drifting
cause-bubble-build-up = Bubble building up
cause-bubble-decay = Bubble deflating
cause-capital-income = Political capital income
cause-clamp = Kept within bounds
cause-policy = Policy: { $name }
cause-event = Event: { $name }

## Categories of policies (the scenario's category ids)
category-chips = Chips
category-energy = Energy
category-talent = Talent
category-safety = Safety
category-diplomacy = Diplomacy
category-funding = Funding
category-research = Research
category-adoption = Adoption
category-security = Security
category-markets = Markets
category-other = Other
category-compute = Compute
category-intelligence = Intelligence
