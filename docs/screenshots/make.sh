#!/usr/bin/env bash
# Regenerate the screenshots in this folder from a release build, under Xvfb with lavapipe
# (apt-get install xvfb xauth mesa-vulkan-drivers libvulkan1). Run from the repository root:
#   cargo build --release && docs/screenshots/make.sh
set -euo pipefail
bin="${CARGO_TARGET_DIR:-target}/release/ai-race"
out=docs/screenshots
saves="$(mktemp -d)"
shot() {
    local name="$1"; shift
    WGPU_BACKEND=vulkan xvfb-run -a -s '-ac -screen 0 1280x720x24' \
        "$bin" play --scenario scenarios/baseline_2025.ron --seed 7 --saves "$saves" \
        --screenshot "$out/$name.png" "$@" 2>/dev/null | grep autoplay || true
}
shot title --side china --autoplay 0 --show title
shot new_game --side china --autoplay 0 --show new-game
shot guide --side china --autoplay 0 --show guide
shot game --side china --level normal --autoplay 5
shot charts --side china --level normal --autoplay 8 --show charts
shot market_chart --side china --level normal --autoplay 8 --show market-chart
shot help --side us --level normal --autoplay 1 --show help
shot handoff --side hotseat --autoplay 0
shot load --side us --level easy --autoplay 3 --show load
shot end --side us --level normal --autoplay 24
shot experiment --side us --level easy --autoplay 1 --show experiment
shot branch --side us --level normal --autoplay 6 --show branch
# Every screen in Chinese and in Arabic (the game with a tooltip open: the pointer rests on
# the first quantity of the player's own panel: its name in Chinese, its value in Arabic).
for lang in zh-CN ar; do
    if [ "$lang" = ar ]; then at=1075,103; else at=60,150; fi
    shot "title_$lang" --lang "$lang" --side china --autoplay 0 --show title
    shot "new_game_$lang" --lang "$lang" --side china --autoplay 0 --show new-game
    shot "game_$lang" --lang "$lang" --side china --level normal --autoplay 5 --pointer "$at"
    shot "charts_$lang" --lang "$lang" --side china --level normal --autoplay 8 --show charts
    shot "help_$lang" --lang "$lang" --side us --level normal --autoplay 1 --show help
    shot "handoff_$lang" --lang "$lang" --side hotseat --autoplay 0
    shot "load_$lang" --lang "$lang" --side us --level easy --autoplay 3 --show load
    shot "end_$lang" --lang "$lang" --side us --level normal --autoplay 24
    shot "experiment_$lang" --lang "$lang" --side us --level easy --autoplay 1 --show experiment
done
# The language is remembered with the settings: back to English for what follows.
shot lang_reset --lang en --side china --autoplay 0 --show title && rm -f "$out/lang_reset.png"
# A small screen: the game at 1024x640.
WGPU_BACKEND=vulkan xvfb-run -a -s '-ac -screen 0 1024x640x24' \
    "$bin" play --scenario scenarios/baseline_2025.ron --seed 7 --saves "$saves" --size 1024x640 \
    --side china --level normal --autoplay 5 --screenshot "$out/game_1024.png" 2>/dev/null | grep autoplay || true
# The debrief, rendered by headless Chromium (apt-get install chromium).
game="$saves/debrief_game.aisave"
"$bin" simulate --scenario scenarios/baseline_2025.ron --seed 7 --us easy --china normal --save "$game" >/dev/null
"$bin" report "$game" --out "$saves/debrief" >/dev/null
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$saves/chromium" --window-size=1280,1600 \
    --screenshot="$out/debrief.png" "file://$saves/debrief/debrief.html" 2>/dev/null
"$bin" report "$game" --out "$saves/debrief-ar" --lang ar >/dev/null
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$saves/chromium" --window-size=1280,1600 \
    --screenshot="$out/debrief_ar.png" "file://$saves/debrief-ar/debrief.html" 2>/dev/null
# A class: a host on this machine, a team's window joining it (English and Arabic), the
# join screen, then the teacher's console and the projector view in headless Chromium.
class="$saves/class"
exec 9> >("$bin" host --scenario scenarios/baseline_2025.ron --teams 3 --port 9460 --code LION42 \
    --seed 7 --out "$class" > "$saves/host.txt" 2>&1)
sleep 1
join() {
    local name="$1"; shift
    WGPU_BACKEND=vulkan xvfb-run -a -s '-ac -screen 0 1280x720x24' \
        "$bin" play --saves "$saves/team" --screenshot "$out/$name.png" "$@" 2>/dev/null | grep autoplay || true
}
join class_join --autoplay 0 --show join
join class_join_ar --autoplay 0 --show join --lang ar
join class_team_game --join 127.0.0.1:9461 --code LION42 --team "Blue team" --autoplay 3 --lang en
# The Blue team leaves; its seat goes to the computer; the next team takes game 1's China,
# with an event the teacher injected for its next turn.
echo "computer 1 us" >&9
echo "inject deepseek_moment 1" >&9
join class_team_game_ar --join 127.0.0.1:9461 --code LION42 --team "فريق النسر" --autoplay 4 --lang ar
key=$(grep -o 'key=[A-Z0-9]*' "$saves/host.txt" | cut -d= -f2)
for page in "teacher?key=$key class_console" "projector class_projector"; do
    set -- $page
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$saves/chromium" --window-size=1280,1000 \
        --screenshot="$out/$2.png" "http://127.0.0.1:9460/$1" 2>/dev/null
done
exec 9>&-
# The browser build (scripts/build-web.sh, then .ci's web check) saves web_title.png and
# web_autoplay.png; copy them here by hand after a release web build.
ls -la "$out"
