# AI Race — every piece of text the game window shows, in English.
# To translate: copy this file to e.g. zh-CN.ftl or ar.ftl and translate the right-hand sides.
# Names of policies, events, doctrines and their sources come from the scenario file.

language-name = English
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
quarter = { $year } Q{ $quarter }
side-quantity = { $side } { $name }
months = { $value } months
unknown = unknown

## Title screen
title-continue = Continue the game
title-new-game = New game
title-load-game = Load game
title-experiment = Experiments
title-join = Join a class
title-help = Help and glossary
title-quit = Quit
title-tagline = Each turn is a quarter. Choose policies — export controls, subsidies, grid build-out, immigration, safety rules — and answer events. Every number comes from the scenario file and carries its source.
settings = Settings
settings-ui-scale = Text and interface size
settings-guide = Show the guided first turn
settings-language = Language
settings-ui-scale-hint = Larger sizes suit a projector.

## New game
new-title = New game
new-scenario = Scenario
new-scenario-shipped = Shipped scenario
shipped-baseline-2025 = Baseline 2025–2030 (the article's figures)
shipped-scaling-slowdown = Scaling slowdown: diminishing returns to compute (¶16, ¶21–22)
shipped-taiwan-crisis = Taiwan crisis: the chip supply breaks
shipped-cooperative-world = Cooperative world: the dialogue holds (¶10–11)
shipped-fast-takeoff = Fast takeoff: the AI 2027 world (¶15–16)
new-scenario-path = Or open a scenario file (.ron) by path
new-scenario-open = Open
new-scenario-upload = Open a scenario file from this computer…
new-assumptions = Assumptions
new-assumptions-none = As the scenario is written
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
level-easy = Easy — follows its doctrine, no lookahead (recommended for a first game)
level-normal = Normal — plays its likely orders out to the end of the game on guesses about you
level-hard = Hard — as normal, with more orders, pairs of orders and guesses
level-rules = Rules — the simple rule-based doctrine

## Load
load-title = Load game
load-saves = Saves
load-autosaves = Autosaves (newest first)
load-hotseat = hot-seat, two players
load-you-play = you: { $side }, against { $level }
load-watch = the computer on both sides
load-turn = turn { $turn }/{ $total }, { $date }
load-finished = finished
load-unreadable = { $file } — cannot be read (choose it to see why)
load-age-minutes = saved { $n } min ago
load-age-hours = saved { $n } h ago
load-age-days = saved { $n } days ago
load-path = Or open a save file by path
load-open = Open
load-upload = Open a save file from this computer…
load-browser-autosave = Continue the game this browser kept
load-no-browser-autosave = This browser keeps no game yet: its autosave appears here after your first turn.
load-none = No saves found in { $dir }
load-broken = This save cannot be loaded.

## Game screen
top-date = { $date }
top-turn = Turn { $turn }/{ $total }
top-branch = A branch from turn { $turn }
top-branch-hint = You are playing a new timeline from this turn on; the charts draw the original beside it and compare the two.
top-capital = Political capital { $value }
top-capital-left = Political capital { $value } ({ $left } left after your orders)
top-capital-full = (full)
top-capital-full-hint = At most { $cap } points can be banked: spend some this quarter, or { $lost } of next quarter's income is lost.
top-capital-suggest = One move to consider: enact “{ $policy }”, which the “{ $doctrine }” strategy reaches for first among what you can enact now.
top-lead = US lead { $value } months (90%: { $low } to { $high })
top-lead-hint = The capability lead in months as your side estimates it: positive means the US is ahead. The interval is 90% likely to hold the truth.
lead-parts = Made of: compute { $compute } months, algorithms { $efficiency } months (of which diffusion { $diffusion }). Positive numbers favour the US.
compute-binding-chips = Limited by chips: raw compute { $raw } against a power cap of { $cap } — power to spare (×{ $by }).
compute-binding-power = Limited by power: raw compute { $raw } against a power cap of { $cap } — chips stand idle (×{ $by } more than the grid powers).
top-you-are = You play { $side }
top-watching = Watching, as { $side } sees it
panel-resources = Your bloc
panel-controls = Export controls
panel-controls-hint-china = What American export controls block, what still gets through (smuggled chips, at a premium and up to what the networks carry), and where the blocked money goes: half to Chinese chips, the rest to power and research. Hover a number for its causes.
panel-controls-hint-us = What the controls cost American chip makers: their legal sales to China this quarter (the economy score counts them).
panel-rival = { $side } (estimates)
panel-score = Score if the game ended now
panel-score-hint = Each axis runs from 0 to 1 and is shown here times its weight (hover an axis for its weight); the higher total wins at the end. Your own axes are exact. The rival's are computed from your estimates of its numbers, and both lead axes from your estimate of the lead, so they carry the fog. Hover an axis to see how it is measured.
panel-score-you = You
panel-score-weight = Weight { $weight }: the numbers shown are the axis (0 to 1) times this weight.
panel-score-rival = Rival (est.)
panel-score-ahead = As far as you can tell, you are ahead by { $gap } (90% range of your lead over the rival: { $low } to { $high }).
panel-score-behind = As far as you can tell, you are behind by { $gap } (90% range of your lead over the rival: { $low } to { $high }).
panel-score-even = As far as you can tell, the totals are within the draw margin (90% range of your lead over the rival: { $low } to { $high }).
panel-score-range-hint = The range comes from 200 draws of the rival's hidden numbers and of the lead, each within its estimate's interval: the fog makes the rival's score uncertain, and better intelligence narrows it.
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
event-new = NEW
choice-does = What this option does, as the scenario writes it:
choice-nothing = Nothing happens beyond the event itself.
choice-enact = enacts { $policy }
choice-repeal = repeals { $policy }
choice-level = sets { $policy } to level { $level }
effect-add = { $quantity } { $amount }
effect-multiply = { $quantity } { $percent }
effect-toward = { $quantity } pulled { $rate } of the way toward { $target }
effect-held = for good
effect-held-for = for { $turns } quarters
effect-each-turn = every quarter
effect-turns = every quarter for { $turns } quarters
effect-once = once
effect-delay = starting { $turns } quarters later
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
budget-money = This quarter: chips { $chips }, power { $grid }, research { $research }
budget-applies = A change becomes an order as soon as you let go of a slider or type a number; it shows under Your orders.
order-remove = Remove
order-line = { $what }: { $detail }
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
handoff-title = Pass the screen to { $side-id ->
    [us] the United States
   *[other] { $side }
}
handoff-body = The orders of { $other-id ->
    [us] the United States
   *[other] { $other }
} are hidden. When the player for { $side-id ->
    [us] the United States
   *[other] { $side }
} is at the screen, press the button.
public-title = For the whole room
public-hint = What both sides can see: last quarter's news, the policies in force and the market shares. Estimates and orders stay on each side's own screen.
public-no-news = Nothing happened in public last quarter.
public-policies = { $side }: policies in force
public-none = none
handoff-ready = I play for { $side-id ->
    [us] the United States
   *[other] { $side }
} — show my screen

## Charts
charts-title = Charts
charts-quantity = Your bloc and the rival
charts-race = The race
charts-markets = Market shares by region
charts-market-title = Market share in { $region }
charts-market-unit = % of the region's AI market
charts-share = share of { $side }
charts-public = Public figure
charts-lead-estimate = Your estimate of the lead (90% band)
charts-hint-lead = The lead is what your side can estimate: its band holds the truth 90% of the time. Above zero the United States is ahead.
charts-hint-public = Public figures: both sides see them exactly.
charts-yours = { $side } (exact)
charts-rival = { $side } (estimate, 90% band)
charts-markers = Policies and events
charts-x = Turn
charts-original = Original timeline (before the branch)
charts-branch-point = Branch point
branch-title = Rewind and branch:
branch-none-yet = play a turn first; then you can go back to any turn and try something else.
branch-turn = turn
branch-same-players = the same players play on
branch-take = a person takes { $side }
branch-go = Branch from the start of turn { $turn }
branch-go-hint = The game goes back to the start of that turn. Give different orders and play on; the original timeline is kept, and the charts show both.
branch-first = First difference: turn { $turn } ({ $date }), { $side }: original { $a } | branch { $b }
branch-same = So far the branch gives the same orders as the original.
branch-table = Where the timelines diverge most, what the score counts first (the gap relative to the quantity's largest value; hover a name for its path):
branch-col-quantity = Quantity
branch-col-turn = Turn
branch-col-original = Original
branch-col-branch = Branch
branch-col-gap = Gap
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
end-axis-lead-desc = The true lead in months at the end against a par (here a US lead of { $par } months gives each side 0.5); { $cap } months better than par scores 1, { $cap } months worse scores 0.
end-axis-market-desc = The side's share of the world AI market, regions weighted by size, against the start: keeping it scores 0.5, gaining { $swing } points scores 1, losing { $swing } scores 0.
end-axis-adoption-desc = Share of firms using AI: China against its AI Plus targets (baseline: 70% by 2027 Q4, 90% by 2030 Q4), each capped at 1 and averaged; the US, with no target, scores its share ÷ 100.
end-axis-economy-desc = Growth of the side's AI money (private plus state) plus its chip makers' sales to the rival, against the start: no growth scores 0, growing { $growth }-fold scores 1.
end-axis-stability-desc = 1 minus the side's own part of today's risk and tension, per 100 points: the less of the shared danger is its own doing, the higher the score.
end-article = How the race compares with the article
end-article-lead = Lead at the end: { $value } months (your side estimated { $estimate }). The article (F8): the US lead in AI models is “months, not years”.
end-truth = The fog lifts
end-truth-hint = What your side estimated of { $side } at the end, and what was true.
end-truth-quantity = Quantity
end-truth-estimated = Your estimate (90% interval)
end-truth-true = True value
end-article-target = China's adoption { $date }: { $got }% (the AI Plus target, article F2: { $target }%).
end-article-target-pending = China's AI Plus target for { $date } (article F2): { $target }% — not reached by the end of the game.
end-new = New game
end-kit = Print the class kit
end-kit-hint = A page to print for the class: a role card and an order sheet for each side, and the article's facts behind the scenario (one page each), in the window's language.
end-written = Written: { $path }
end-not-written = Could not be written: { $reason }
load-class-report = Class report of these saves
load-class-report-pick = Class report of several saves…
load-class-report-none = None of the files picked is a saved game.
load-class-report-hint = One page about all the saves listed: every game's verdict and scores side by side, the lead curves overlaid, the orders on one timeline, and where the games parted.
end-experiment = Experiment with this scenario
end-charts = Charts
end-title-screen = Title screen
end-debrief = Export debrief
end-debrief-hint = A web page for the class: the timeline of both sides' orders and the events, the computer's reasons, charts, why the biggest changes happened, the article's facts behind each move, the score and questions for discussion; with the history as CSV and JSON.

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
help-win-title = How you win
help-win-1 = The game ends after its last turn ({ $end } in this scenario), or earlier on a breakthrough or a catastrophe. Each side is then scored on five axes, each from 0 to 1, times its weight, added up; the higher total wins. In this scenario the weights are capability lead { $w-lead }, world market share { $w-market }, adoption { $w-adoption }, economy { $w-economy } and stability { $w-stability }, so the best possible total is { $w-total }.
help-win-2 = Lead: the true lead in months at the end (the top bar shows only your estimate of it). In this scenario a US lead of { $par } months counts as even and gives each side half the axis; { $cap } months better than that gives the full axis, { $cap } months worse gives nothing. In the baseline the US starts about 8 months ahead. Market: your share of the world AI market, regions weighted by size, against the start: keeping it gives half, gaining { $swing } points all, losing { $swing } nothing.
help-win-3 = Adoption: the share of firms using AI in production. In the baseline scenario China is scored against its AI Plus targets, 70% of firms by the end of 2027 and 90% by the end of 2030: each target counts the share reached at its date ÷ the target (at most 1), and the two are averaged; a target not yet due counts today's share. The US has no target, so its share of firms ÷ 100 counts.
help-win-4 = Economy: your AI money (private plus state; money spent on policies still counts) plus your chip makers' sales to the rival, against the start: no growth gives nothing, growing { $growth }-fold gives the full axis. Stability: 1 minus your own part of today's risk and tension, per 100 points: your racing and what your policies and answers to events did (for the US, also export controls tighter than at the start). What the rival or events did by themselves does not count against you.
help-win-5 = Draw: if the two totals are within { $margin } of each other, nobody wins. { $breakthrough ->
    [none] No lead ends this scenario early.
   *[other] Breakthrough: if the lead reaches { $breakthrough } months either way, the game ends at once, at the end of that turn, and is scored as at the last turn. The breakthrough does not win by itself, but it gives the leader the full lead axis.
}
help-win-6 = Catastrophe: a side that gains capability without enough safety effort adds to the shared risk, more so when tension is high. Above risk 15 (baseline) every quarter carries a chance that the risk is realised: about 1% a quarter at risk 50, 4% at 70, 15% at 100. A catastrophe ends the game at once and both sides lose, whatever the score.
help-win-7 = Political capital is the leadership's attention, counted in points. In this scenario the US starts with { $us-capital }, earns { $us-income } a quarter and can bank at most { $us-cap }; China starts with { $cn-capital }, earns { $cn-income } and can bank { $cn-cap }. Enacting a policy costs its price (2 to 6 points in the baseline); moving a level policy costs its price for each level moved (export controls: 4 a level); a repeal costs half, and a project cannot be repealed. Some events add or take points. Many policies also cost state money every quarter, which state funding must cover. Changing the budget split is free.

## Guide
guide-title = Guided first turn ({ $step }/{ $total })
guide-first-move = A first move to try: enact “{ $policy }”, the policy the “{ $doctrine }” strategy reaches for first. Find it under Policies and hover it to see what it does and costs.
guide-next = Next
guide-skip = Skip the tour
guide-0 = How you win: at the end, each side is scored on five axes. In this scenario their weights are capability lead { $w-lead }, world market share { $w-market }, adoption of AI { $w-adoption }, economy { $w-economy } and stability { $w-stability }. The higher total wins and totals within { $margin } draw; a catastrophe ends the game as a loss for both. The Score panel on the right shows where both sides stand now. Policy changes cost political capital: you earn { $income } points a quarter and can bank { $bank }.
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
news-unpaid = { $side } can no longer pay for { $policy }: it lapses
news-shared = Both sides now keep { $policy }
news-lapsed = { $policy } lapses
news-event = Event: { $event }
news-event-choose = Event: { $event } — { $side } must choose
news-answered = { $side } answers { $event }: { $choice }
news-answered-default = { $side } did not answer { $event }: { $choice } applies
news-rejected = Your order was refused: { $reason }
news-computer = { $side } thinks: { $why }
news-rejected-of = { $side }: an order was refused: { $reason }
rejected = { $order } — { $reason }
rejected-via = { $order } (from the answer to { $event }) — { $reason }
news-bubble = AI-bubble correction: private funding falls
news-catastrophe = Catastrophe: the racing risk was realised
news-breakthrough = { $side } achieves a decisive breakthrough
news-loaded = Game loaded at turn { $turn }

## Errors
no-adapter = No graphics adapter was found, so the game window cannot open. Play headless instead: ai-race simulate --scenario scenarios/baseline_2025.ron

## Quantities: q-PATH is the name, q-PATH-unit the unit, q-PATH-desc the meaning (PATH without the side, dots as dashes)
q-game-tension = Tension
q-game-tension-unit = 0–100
q-game-tension-desc = How hostile the two blocs are, 0–100. High tension makes racing add more risk and opens crises (a chip crisis in the Taiwan Strait is possible above 60). Each quarter it drifts 15% of the way toward 40, more if US export controls are tighter than at the start, less if looser; policies and events push it.
q-game-risk = Risk of catastrophe
q-game-risk-unit = 0–100
q-game-risk-desc = The shared danger of an AI catastrophe (misaligned or misused AI), 0–100. Capability gained without safety effort adds to it, more under high tension; it fades 3% a quarter. Above 15, every quarter carries a chance of catastrophe, a loss for both sides, rising steeply to 15% a quarter at 100.
q-game-bubble = AI bubble
q-game-bubble-unit = 0–100
q-game-bubble-desc = Pressure of an AI investment bubble, 0–100. It builds when private AI money grows faster than AI use (adoption) and slowly deflates. Above 40 a correction can strike, likelier the higher it is: both sides lose 30% of their private money and investors turn gloomy.
q-game-frontier-quality = Best chip on sale
q-game-frontier-quality-unit = H100e per accelerator
q-game-frontier-quality-desc = Power of the best AI chip on sale, in H100-equivalents (an Nvidia H100 = 1; 2 at the start). It improves 8% a quarter on its own. Imported and smuggled chips come at this quality unless export controls cap them; domestic chips chase it.
q-game-frontier-perf-per-watt = Best chip efficiency
q-game-frontier-perf-per-watt-unit = × H100
q-game-frontier-perf-per-watt-desc = Work the best chip on sale does per watt, compared with an H100 (1.6 at the start). It improves 6% a quarter on its own. Newer, more efficient chips let the same power grid run more compute.
q-game-lead-months = Lead in months
q-game-lead-months-unit = months (+ = US ahead)
q-game-lead-months-desc = The headline of the race: how many months the follower, at its recent pace, needs to reach the leader's L today (+ means the US leads). It is the lead axis of the score, and a lead of 24 months (baseline) ends the game at once. The top bar shows your side's estimate.
q-funding-private = Private funding
q-funding-private-unit = $B/quarter
q-funding-private-desc = Money private investors put into AI each quarter; with state money, less policy upkeep, it is the AI money your budget splits. It grows at its trend (US 5%, China 3% a quarter) × investor sentiment, with a random swing. Bubble corrections and events cut or boost it; no policy moves it directly.
q-funding-state = State funding
q-funding-state-unit = $B/quarter
q-funding-state-desc = Government AI money each quarter. It must cover your policies' upkeep, so it limits how many paid policies you can keep; the rest joins the budget. It grows slowly (US 1%, China 3% a quarter); federal research, state funding rounds and some events raise it.
q-funding-sentiment = Investor sentiment
q-funding-sentiment-unit = index (1 = neutral)
q-funding-sentiment-desc = How keen investors are (1 = neutral). Private money grows at its trend × sentiment. It rises when AI use grows faster than AI money and falls when the money runs ahead, drops in a bubble correction, and drifts 30% of the way back to 1 each quarter; some policies and events nudge it.
q-budget-chips = Budget: chips
q-budget-chips-unit = share 0–1
q-budget-chips-desc = Share of your AI money (private plus state, less policy upkeep) spent on chips, bought abroad or made at home. Chips and power together set your compute. Changing the split costs no political capital; the three shares are rescaled to add up to 1.
q-budget-grid = Budget: power
q-budget-grid-unit = share 0–1
q-budget-grid-desc = Share of your AI money spent on power for data centres (a gigawatt costs $12B in the US, $6B in China). Power caps how many chips can run, so this helps only when power, not chips, limits your compute: hover effective compute to see which.
q-budget-research = Budget: research
q-budget-research-unit = share 0–1
q-budget-research-desc = Share of your AI money spent on research and talent. Research money speeds algorithmic progress and draws in new researchers, with diminishing returns: doubling it speeds progress by about 15%.
q-chips-installed = Chips installed
q-chips-installed-unit = million accelerators
q-chips-installed-desc = AI accelerators (chips) in service, in millions. About 4% retire each quarter; new ones arrive from legal imports, smuggling and home fabs. Installed chips × their quality give raw compute.
q-chips-quality = Chip quality
q-chips-quality-unit = H100e per accelerator
q-chips-quality-desc = Average power of your installed chips, in H100-equivalents per chip (an Nvidia H100 = 1). Each new batch shifts the average: frontier chips raise it, export-capped and weaker domestic chips pull it down. Chips × quality = raw compute.
q-chips-perf-per-watt = Chip efficiency
q-chips-perf-per-watt-unit = × H100
q-chips-perf-per-watt-desc = Average work your installed chips do per watt, relative to an H100. Higher efficiency lets the same grid power more compute. New frontier chips raise it; export-capped chips, weaker domestic chips and China's swarm clusters lower it.
q-chips-imports = Chip imports
q-chips-imports-unit = million accelerators/quarter
q-chips-imports-desc = Accelerators bought abroad this quarter, smuggled ones included, in millions. They depend on your chip money, the share of it spent abroad, the chip price and, for China, how much US export controls block and cap.
q-chips-smuggled = Smuggled chips
q-chips-smuggled-unit = million accelerators/quarter
q-chips-smuggled-desc = Accelerators that got around the rival's export controls this quarter: frontier chips bought through intermediaries at a 50% premium, no more than the smuggling networks can carry. Only a bloc facing controls smuggles.
q-chips-fab-output = Fab output
q-chips-fab-output-unit = million accelerators/quarter
q-chips-fab-output-desc = Accelerators made at home this quarter. Home fabs sell all they can make, up to their capacity, at the world price per unit of performance; buyers pay from their domestic chip money and, if that falls short, from their import money.
q-chips-fab-capacity = Fab capacity
q-chips-fab-capacity-unit = million accelerators/quarter
q-chips-fab-capacity-desc = How many accelerators home fabs can make a quarter, in millions. It grows with the domestic chip money left after buying fab output, never faster than the fab growth limit. US fabs also expand by themselves and fab subsidies add more; China's grow only with money.
q-chips-fab-quality = Domestic chip quality
q-chips-fab-quality-unit = H100e per accelerator
q-chips-fab-quality-desc = Power of a home-made accelerator, in H100-equivalents. It follows the best chip's progress and slowly closes the gap, faster the more money goes to domestic chips: China's starts at 0.3 of the frontier, US fabs make frontier chips. Equipment controls wear China's down.
q-chips-blocked-share = Blocked by export controls
q-chips-blocked-share-unit = share 0–1
q-chips-blocked-share-desc = Share of your import money the rival's export controls block (China 0.85 at the start; the US 0 unless a Taiwan crisis strikes). Each quarter China's moves halfway to the target of the US control level in force. Blocked money is smuggled, turned home or redirected.
q-chips-smuggle-rate = Smuggling rate
q-chips-smuggle-rate-unit = share 0–1
q-chips-smuggle-rate-desc = Share of blocked import money that tries to buy chips through intermediaries. The US control level pulls it toward its target; China's tolerated smuggling networks raise it; US enforcement, intelligence and scandals cut it. Smuggling capacity limits what actually arrives.
q-chips-import-quality-cap = Import quality cap
q-chips-import-quality-cap-unit = H100e per accelerator
q-chips-import-quality-cap-desc = The most powerful chip export controls let through legally, in H100-equivalents (China 0.3 at the start, an H20-class chip). Capped chips cost the same per unit of performance, so the cap mostly lowers how efficient the arriving chips are. Each control level pulls it to its target.
q-energy-grid-gw = Energy grid
q-energy-grid-gw-unit = GW
q-energy-grid-gw-desc = Electric power available to AI data centres, in gigawatts. With chip efficiency it sets how much compute can run (the power cap). It grows each quarter by the build rate plus what your power budget buys (and China's grid investment); droughts and shortfalls cut it.
q-energy-build-rate = Grid build rate
q-energy-build-rate-unit = GW/quarter
q-energy-build-rate-desc = Power for AI added each quarter by utilities and the state, outside your AI budget (US 0.5 GW, China 0.6 GW at the start). It grows a little each quarter (US 2%, China 4%); US grid reform and some events raise it.
q-energy-price = Electricity price
q-energy-price-unit = $/MWh
q-energy-price-desc = Price of electricity for data centres, in $ per megawatt-hour (US 80, China 60 at the start). Power is a fifth of what AI costs customers, so cheaper power helps win world markets. Only policies and events change it.
q-compute-raw = Raw compute
q-compute-raw-unit = million H100e
q-compute-raw-desc = Computing power of all your installed chips: chips × average quality, in millions of H100-equivalents. Whether it can all run depends on power.
q-compute-power-cap = Compute the grid can power
q-compute-power-cap-unit = million H100e
q-compute-power-cap-desc = How much compute your grid can keep running: gigawatts × chip efficiency ÷ what an H100 draws with cooling. If raw compute is above it, chips stand idle; if below, power is to spare.
q-compute-utilisation = Utilisation
q-compute-utilisation-unit = share 0–1
q-compute-utilisation-desc = Share of running compute doing useful work (US 0.70, China 0.55 at the start: scattered data centres). China's national cloud, compute subsidies, swarm clusters and offshore training raise it; US enforcement and power cuts lower it.
q-compute-effective = Effective compute
q-compute-effective-unit = million H100e
q-compute-effective-desc = The compute that counts: the smaller of raw compute and the power cap, × utilisation, in millions of H100-equivalents. With algorithmic efficiency it sets L and capability, and a follower with more of it learns more from the leader.
q-talent-researchers = Talent
q-talent-researchers-unit = thousand people
q-talent-researchers-desc = Top AI researchers and engineers, in thousands. More of them speed algorithmic progress (doubling them: about 40% faster). Research money draws newcomers each quarter and a small share leave; immigration, talent programmes and visa events move people.
q-research-efficiency = Algorithmic efficiency
q-research-efficiency-unit = × (multiplier)
q-research-efficiency-desc = How much useful work algorithms get from each unit of compute (at the start US 1, China 3, thanks to DeepSeek). It grows each quarter with talent and research money, and the follower gains extra by diffusion. Compute × efficiency sets L.
q-research-log-compute = Effective doublings (L)
q-research-log-compute-unit = doublings (log2 H100e)
q-research-log-compute-desc = L, the race's measure of strength: how many times effective compute × algorithmic efficiency has doubled (log base 2). Each doubling adds 1. Capability and the lead in months are both read from it.
q-research-capability = Capability
q-research-capability-unit = index points
q-research-capability-desc = The frontier capability index: 10 points for each doubling of L above about 65,000 H100-equivalents (baseline). Being ahead in it pulls customers in every region, above 60 points it speeds adoption, and every point gained adds racing risk.
q-research-capability-gain = Capability gained
q-research-capability-gain-unit = index points/quarter
q-research-capability-gain-desc = Capability points gained this quarter. Each point adds racing risk: 0.25 × (1 − safety effort), and up to 50% more at tension 100 (baseline). A quarter with no gain adds no racing risk.
q-research-pace = Pace
q-research-pace-unit = doublings/quarter
q-research-pace-desc = How fast L has grown lately, in doublings a quarter (half this quarter's growth, half the earlier pace). The follower's pace turns the gap in L into the lead in months: the faster the follower, the shorter the lead.
q-research-absorption = Absorption
q-research-absorption-unit = × (multiplier)
q-research-absorption-desc = How well this bloc learns from the leader when it follows, as a multiplier (1 = normal); it scales diffusion. China's cyber espionage and American open models raise China's; US cyber defence lowers it.
q-adoption-share = Adoption
q-adoption-share-unit = % of firms
q-adoption-share-desc = Share of firms using AI in production (US 24%, China 19% at the start). It spreads along an S-curve, fast in the middle and slow near 100%, a little faster once capability passes 60; adoption policies add to it. China is scored against its AI Plus targets.
q-safety-effort = Safety effort
q-safety-effort-unit = share 0–1
q-safety-effort-desc = Share of racing risk removed by safety work and rules (US 0.40, China 0.45 at the start). Safety regulation, strict model controls and shared safety policies raise it; deregulation and easing the safety review lower it.
q-politics-capital = Political capital
q-politics-capital-unit = points
q-politics-capital-desc = Points spent to change policy: enacting costs the policy's price, each level step of a level policy costs it again, a repeal half. You start with 26, earn 2 a quarter and can bank at most 30 (baseline); some events add or take points. Changing the budget is free.
q-market-price-index = Price of AI
q-market-price-index-unit = × (1 = US at the start)
q-market-price-index-desc = What this bloc's AI costs customers, before electricity (US 1, China 0.75 at the start). Cheaper AI pulls more customers in every region. China's open-weight releases cut its price.
q-market-influence = Influence
q-market-influence-unit = × (multiplier)
q-market-influence-desc = The bloc's pull on customers in every region, as a multiplier (1 at the start): alliances, standards, trust, open models. With capability and price it sets the share each region drifts toward. Diplomacy, open models and some events change it.
q-intel-level = Intelligence
q-intel-level-unit = 0–1
q-intel-level-desc = How clearly you see the rival, from 0 (blind) to 1 (clear); 0.5 at the start. It sets how wide the 90% ranges around the rival's numbers are. Intelligence, espionage and joint compute reporting raise it; US cyber defence lowers China's.
q-funding-upkeep = Policy upkeep
q-funding-upkeep-unit = $B/quarter
q-funding-upkeep-desc = State money your policies in force (and projects being built) cost this quarter. It comes out of your AI money before the budget split, and state money must cover it: if it cannot, the newest policies lapse. Enacting paid policies raises it.
q-funding-growth = Growth of private money
q-funding-growth-unit = share/quarter
q-funding-growth-desc = How much private AI money grew this quarter (0.05 = +5%): trend × sentiment plus the random swing. Next quarter investors compare it with the growth of adoption; money outgrowing AI use lowers sentiment and, for both sides together, builds bubble pressure.
q-chips-fab-perf-per-watt = Domestic chip efficiency
q-chips-fab-perf-per-watt-unit = × H100
q-chips-fab-perf-per-watt-desc = Work a home-made accelerator does per watt, relative to an H100. Like domestic chip quality, it follows the frontier and slowly closes the gap, faster with more domestic chip money. Less efficient chips need more power for the same compute.
q-chips-fab-growth-limit = Fab growth limit (equipment)
q-chips-fab-growth-limit-unit = share/quarter
q-chips-fab-growth-limit-desc = The most fab capacity can grow in a quarter (0.06 = 6%), set by the chip-making equipment a bloc can get. US export controls at levels 3 and 4 pull China's to 5% and 4%; China's fab-expansion drive lifts it. This limit, not money, usually caps China's chip making.
q-chips-domestic-spending = Spending on domestic chips
q-chips-domestic-spending-unit = $B/quarter
q-chips-domestic-spending-desc = Money spent on home-made chips and fabs this quarter: chip money not sent abroad plus blocked import money turned home. It buys fab output first, then new capacity; more of it also makes domestic chips catch up with the frontier faster.
q-chips-redirected = Chip money redirected
q-chips-redirected-unit = $B/quarter
q-chips-redirected-desc = Blocked import money that was neither smuggled nor turned to domestic chips this quarter. It is not lost: it goes to power and research, split between them as your budget splits them.
q-chips-export-sales = Chip sales to the rival
q-chips-export-sales-unit = $B/quarter
q-chips-export-sales-desc = Money the rival spent this quarter on legal chip imports, booked as this bloc's chip makers' sales; it counts in this bloc's economy score. For the US these are China's purchases that export controls still allow, so tighter controls shrink them.
q-chips-import-share = Import share of chip money
q-chips-import-share-unit = share 0–1
q-chips-import-share-desc = Share of your chip money meant for chips bought abroad; the rest goes to domestic chips and fabs (US 0.95, China 0.6 at the start). China's buy-domestic orders, its power subsidy for domestic-chip data centres and some events lower it.
q-chips-price = Price of chips
q-chips-price-unit = $ thousands per H100e
q-chips-price-desc = What one H100-equivalent of computing power costs, in thousands of dollars (25 at the start). It falls 6.4% a quarter as chips improve, so the same money buys more compute each year. Smuggled chips cost 50% more.
q-chips-smuggle-cap = Smuggling capacity
q-chips-smuggle-cap-unit = million H100e/quarter
q-chips-smuggle-cap-desc = The most computing power smuggling networks can deliver in a quarter (China: 0.06 million, i.e. 60,000 H100-equivalents, at the start). China's tolerated smuggling networks raise it; US enforcement cuts it.
q-chips-substitution = Turn to domestic chips
q-chips-substitution-unit = share 0–1
q-chips-substitution-desc = Share of blocked import money, left after smuggling, that buyers turn to domestic chips (0.5 at the start); the rest goes to power and research. Buy-domestic orders, cheap power for domestic-chip data centres and some events raise it.
q-research-diffused = Gained by diffusion
q-research-diffused-unit = doublings (log2)
q-research-diffused-desc = Doublings of algorithmic efficiency this bloc has gained since the start by catching up (open models, papers, leaks). The follower closes part of the gap in L each quarter, more if it has more compute to use what it learns.
q-adoption-growth = Growth of adoption
q-adoption-growth-unit = share/quarter
q-adoption-growth-desc = How much adoption grew this quarter (0.05 = +5%). Investors watch it: when AI use grows faster than AI money, sentiment rises and private money grows faster; when the money runs ahead, sentiment falls and the bubble builds.
q-safety-risk-added = Own part of risk
q-safety-risk-added-unit = risk points
q-safety-risk-added-desc = This bloc's own part of today's risk: its racing plus what its policies and choices did to risk, fading as risk fades. The larger it is, the lower your stability score.
q-safety-tension-added = Own part of tension
q-safety-tension-added-unit = tension points
q-safety-tension-added-desc = This bloc's own part of today's tension: what its policies and choices did to tension (for the US also export controls tighter, or looser, than at the start), fading as tension drifts. It lowers your stability score; it can be negative.

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
cause-fab-investment = Fab capacity added
cause-substitution = Blocked money turned home or redirected
cause-export-sales = Chip sales to the rival
cause-upkeep = Running cost of policies
cause-returns = Investors following returns
cause-attribution = Own part of risk or tension
cause-fab-learning = Fab learning
cause-frontier-progress = Progress of the best chips
cause-grid-build = Grid build-out
cause-grid-investment = Grid investment from the budget
cause-grid-build-growth = Faster grid building
cause-compute-recalc = Compute recalculated from chips and power
cause-chip-limited = Compute held back by chips (power to spare)
cause-power-limited = Compute held back by power (chips to spare)
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

## The experiment screen
exp-title = Experiment
exp-intro = Many games between computer players, to see what a parameter changes: how often each side wins, and the middle and spread of a quantity over time. Each variant plays the same seeds.
exp-no-scenario = Choose a scenario on the new-game screen first.
exp-runs = Games per variant
exp-us = United States level
exp-china = China level
exp-seed = Seed
exp-vary = Parameter to vary (a path; empty: none)
exp-pick-param = Pick a parameter (or type its path below)
exp-values = Its values, separated by commas
exp-vary-hint = Paths as `ai-race params --scenario FILE` lists them, e.g. world.capability.returns_exponent or us.funding.private_growth. Lookahead levels (normal, hard) are much slower.
exp-run = Run the experiment
exp-stop = Stop
exp-empty = The results appear here: outcome rates with 95% intervals, and a chart of any quantity's median with its 10–90% band.
exp-outcomes = How the games ended (95% intervals)
exp-col-variant = Variant
exp-col-us = US wins
exp-col-china = China wins
exp-col-draw = Draws
exp-col-loss = Shared loss
exp-as-written = the scenario as written
exp-bad-runs = Games per variant must be a whole number from 1 to 100000.
exp-bad-seed = The seed must be a whole number.

## Class kit (ai-race kit)
kit-title = AI Race — class kit: { $scenario }
kit-role-title = { $side }: role card
kit-role-intro = You play { $side } in “{ $scenario }”, one quarter a turn from { $start } to { $end }. Each turn, choose policies, split your budget and answer the events that concern you.
kit-goal = Your goal: the higher score at the end
kit-start = What you start with
kit-capital = Political capital: { $capital } at the start, { $income } more each quarter, banked up to { $cap }. Enacting or changing a policy costs capital; some policies also cost state money every quarter.
kit-levers = Your levers
kit-cost = { $capital } capital
kit-cost-money = { $capital } capital + ${ $money }B/quarter
kit-levels = { $n } levels
kit-orders-title = { $side }: orders for a turn
kit-orders-turn = Turn ____  Quarter ________  Team ________________  Capital available ______
kit-orders-policy = Policy
kit-orders-cost = Cost
kit-orders-order = Order
kit-orders-enact = ☐ enact   ☐ repeal
kit-orders-level = level ____ (now ____)
kit-orders-budget = Budget split (adds up to 100%)
kit-orders-events = Answers to events
kit-orders-event-line = Event ______________________________   Option ____
kit-facts-title = The article behind the scenario
kit-facts-intro = The scenario's numbers cite these figures of the article, an Arabic report on Ektisadi.com retelling Wall Street Journal reporting from 2025. ¶ is the paragraph of the original, which ships with the game (assets/reference/source_article_ar.txt).
kit-facts-figure = Figure
kit-facts-para = ¶
kit-facts-text = What the article says

## Class report (ai-race class-report)
class-title = AI Race — class report
class-intro = { $games } games from { $files } files, grouped by scenario.
class-skipped = Files skipped
class-scenario = { $scenario } — { $games } games
class-games = Games
class-file = Save
class-players = Players
class-verdict = Verdict
class-lead-end = Lead at the end (months)
class-lead-chart = The lead in each game (months, + = US ahead)
class-timeline = Policies moved and events answered, quarter by quarter
class-parted = Where each game parted from { $first }
class-parted-order = the orders first differ in { $turn } ({ $side })
class-parted-same = the same orders throughout
class-parted-state = the games first differ after { $turn }
class-parted-seed = another seed, so the events were drawn differently
class-biggest = diverging most
class-prompts = Discussion prompts the games touched
class-prompt-count = { $n } of { $total } games
class-human = person
class-computer = computer ({ $level })
class-unfinished = unfinished ({ $turn } turns played)

## Refused orders (why an order cannot be given)
refusal-game-over = the game is over; no more orders are taken
refusal-bad-budget = the budget's shares must be numbers, none negative, not all zero
refusal-wrong-side = { $policy } is not a policy { $side } can enact
refusal-already-ordered = { $policy } already has an order this turn
refusal-capital = { $policy } costs { $cost } political capital; { $side } has { $left } left this turn
refusal-money = { $policy } costs ${ $cost }B a quarter of state money; { $side } has ${ $left }B a quarter left after the upkeep of its policies
refusal-fixed = { $policy } is fixed by this scenario; nobody can change it
refusal-requires = { $policy } needs { $needs } in force first
refusal-excludes = { $policy } cannot be in force together with { $with }; repeal { $with } first
refusal-has-levels = { $policy } has levels: set a level instead
refusal-already-enacted = { $policy } is already enacted
refusal-project = { $policy } is a project and cannot be repealed
refusal-repeal-levels = { $policy } has levels: set level 0 instead
refusal-not-in-force = { $policy } is not in force
refusal-no-levels = { $policy } has no levels
refusal-no-such-level = { $policy } has levels 0 to { $max }; there is no level { $level }
refusal-not-available = { $policy } is not available to { $side }
refusal-already-at-level = { $policy } is already at level { $level }
refusal-no-pending-choice = no choice of “{ $event }” is waiting for { $side }
refusal-no-such-choice = “{ $event }” has { $options } options; there is no option { $choice }
refusal-choice-order = option { $option } of “{ $event }” would order “{ $order }”, which is refused: { $reason }

## The computer's reasons (one line under each computer move)
why-rules = rule-based doctrine: keep chips powered, enact what it likes best
why-random = random pick: { $order }
why-random-none = random pick: no change
why-doctrine = doctrine rules: { $order }
why-doctrine-none = doctrine rules: no change this turn
why-nothing-to-weigh = no policy order worth weighing this turn
why-no-change = no new policy: the best alternative scored { $best } against { $none }; US lead { $lead } months by { $horizon }
why-chosen = { $orders }: expected score margin { $value } against { $none } for no change{ $sureness }; US lead { $lead } months by { $horizon } ({ $rollouts } rollouts of { $depth } turns)
why-interval = ; the gain's 95% interval { $low } to { $high }
why-gamble = ; a gamble: the gain's 95% interval { $low } to { $high } includes no gain

## The debrief page (ai-race report, the end screen's "Export debrief")
debrief-title = AI Race debrief — { $scenario }
debrief-meta = Scenario “{ $scenario }”, seed { $seed }, { $turns } turns played ({ $first } to { $last }). The United States: { $us }. China: { $china }.
debrief-person = a person
debrief-computer = the computer ({ $level })
debrief-computer-doctrine = the computer ({ $level }, doctrine “{ $doctrine }”)
debrief-start = start
debrief-result = The result
debrief-weight = Weight
debrief-charts = The race in charts
debrief-chart-lead = The lead in months (above zero: the United States ahead)
debrief-chart-risk = Catastrophe risk and tension
debrief-timeline = Timeline
debrief-timeline-intro = Each turn's orders (a budget split only when it changes), what happened, and the computer's one-line reasons.
debrief-col-turn = Turn
debrief-col-quarter = Quarter
debrief-col-orders = Orders of { $side }
debrief-col-news = What happened
debrief-col-reasons = The computer's reasons
debrief-why = Why: the five biggest changes
debrief-why-intro = The largest one-quarter changes of the main quantities, relative to their size, with every cause the game's ledger recorded for them.
debrief-change = { $quantity } — turn { $turn } ({ $date })
debrief-no-cause = (no cause recorded)
debrief-facts = What the article says behind the moves of this game
debrief-facts-intro = Each policy enacted and each event that struck cites a figure (F) or paragraph (¶) of the source article, an Arabic report on Ektisadi.com retelling Wall Street Journal reporting from 2025. The summaries below are the game's summary of those paragraphs.
debrief-col-move = Policy or event
debrief-col-source = Source
debrief-col-said = What the article says
debrief-modelling-choice = (a modelling choice of the game; see docs/sources.md)
debrief-prompts = Questions for discussion
debrief-footer-data = Every quantity, turn by turn:
debrief-footer-made = Made by AI Race { $version } from a save that replays bit for bit:

## The experiment's summary (ai-race experiment), Markdown for analysts
exp-md-title = Experiment: { $runs } games per variant, US { $us } vs China { $china }, seed { $seed }
exp-md-col-us = US wins % (95% CI)
exp-md-end = At the end (median, with the 10th and 90th percentiles):
exp-md-band = { $p50 } ({ $p10 } to { $p90 })
exp-md-balance = Balance — each side's share of the games someone won, and the games nobody won:
exp-md-col-us-share = US share of decided games % (95% CI)
exp-md-col-china-share = China share % (95% CI)
exp-md-col-undecided = draws and shared losses %
exp-md-policies = Policies enacted or raised in a side's wins ({ $variant }), share of those wins:
exp-md-no-wins = no wins
exp-md-doctrines = Doctrines ({ $variant }): the US's share of the decided games of each pairing:
exp-md-col-us-doctrine = US doctrine
exp-md-col-china-doctrine = China doctrine
exp-md-col-games = games
exp-md-axes = What each score axis decides — the share of games whose verdict would differ with that axis left out:

## A class on its own devices (Join a class; a team's game in a class)
join-title = Join a class
join-hint = The teacher's screen shows the host's address and a join code. Type them here with your team's name; the host gives your team a seat and a side.
join-address = Host address
join-code = Join code
join-team = Team name
join-button = Join
join-rejoin = Back to your seat as { $team }
join-rejoin-hint = This page kept your seat's key: it brings you back to the same game and side, with its past turns.
join-connecting = Connecting to { $address }…
join-waiting = Connected; waiting for the host to seat your team…
join-closed = The connection to the host closed. Check the address and that the host is running, then try again.
join-failed = Could not reach the host: { $reason }
join-back = Back
class-seat = { $team } — { $side }, game { $game }
class-send = Send orders (Enter)
class-change = Change orders
class-sent = Orders sent. The turn is played when every team has sent theirs or the teacher's time runs out.
class-sent-waiting = Orders sent. Waiting for { $waiting ->
    [one] one more team
   *[other] { $waiting } more teams
}.
class-lost = Connection to the host lost; trying again…
class-error-too-large = The message was too large for the host ({ $got } bytes; at most { $max }).
class-error-malformed = The host could not read the message: { $reason }
class-error-wrong-version = This page and the host speak different versions ({ $got } and { $want }): reload the page from the host.
class-error-unknown-code = That is not this class's join code.
class-error-bad-team-name = A team name needs 1 to { $max } characters.
class-error-class-full = Every seat in the class is taken: ask the teacher.
class-error-unknown-token = The host does not know this seat: join again with the class's code.
class-error-stale-turn = These orders were for turn { $got }, but turn { $now } is being planned.
class-error-too-many-orders = { $got } orders in one turn; at most { $max }.
class-error-order = Order { $index } was refused: { $reason }
class-error-game-over = This game is over.
class-error-too-fast = Too many messages at once: wait a moment and send again.
class-error-paused = The teacher has paused the class: wait, then send again.
console-title = Teacher's console
console-hint = Every seat of the class, who is connected and whose orders are in. The page refreshes every few seconds. Keep its address to yourself: it holds the teacher's key.
console-waiting = Waiting for { $waiting ->
    [one] one team
   *[other] { $waiting } teams
} to send their orders.
console-paused = The class is paused: no orders are taken.
console-time-left = { $seconds } s left in this turn
console-end = End the turn now
console-pause = Pause
console-resume = Resume
console-projector-link = Open the projector view
console-game = Game
console-side = Side
console-team = Team
console-connected = Connected
console-orders = Orders in
console-turn = Turns played
console-computer = the computer
console-open = open (the computer until a team joins)
console-yes = yes
console-no = no
console-wrong-key = This page needs the teacher's key printed by the host (…/teacher?key=…).
projector-title = The class's games
projector-hint = What every team may see: the quarter, tension and risk, market shares, the policies in force and the events so far. Each team's own numbers and estimates stay on its screen.
projector-game = Game { $game }
projector-over = This game is over.
projector-events = Events so far:
console-inject = An event for the next turn
console-inject-hint = Pick an event from the scenario's deck: it happens at the start of the next turn in the game you choose (or in every game), and is recorded in the game's save, so a replay shows it too.
console-inject-all = every game
console-inject-button = Make it happen
console-injected = Set for the next turn: { $event } (game { $game })
console-branch = A "what if" of one game
console-branch-hint = Saves one game rewound to the start of a turn, beside the class's games. Open it in the game's window (Load game) and play that turn differently on the projector; the class's game goes on untouched.
console-branch-turn = from turn
console-branch-button = Save the branch
console-branch-written = Game { $game } from turn { $turn } is saved as { $file }.
console-to-computer = Give { $team }'s seat to the computer (a team that left)
