#!/usr/bin/env bash
# Builds the browser version of AI Race into dist/web/ (index.html, ai_race.js, ai_race_bg.wasm).
#
# usage: scripts/build-web.sh [--release] [--no-opt]
#   --release  size-optimised build (profile web-release), then `wasm-opt -Oz` when binaryen is
#              installed, and each file's gzip -9 copy beside it (for `ai-race host --web`)
#   --no-opt   skip wasm-opt even with --release
#
# Needs rustup (adds the wasm32-unknown-unknown target if missing) and installs the
# wasm-bindgen-cli whose version matches the wasm-bindgen crate in Cargo.lock. wasm-opt comes
# from binaryen (Debian/Ubuntu: `apt-get install binaryen`); without it the wasm is left as is.
# CARGO_TARGET_DIR defaults to $HOME/.cache/ai-race/target, as in .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

release=0
opt=1
for arg in "$@"; do
    case "$arg" in
        --release) release=1 ;;
        --no-opt) opt=0 ;;
        -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "build-web.sh: unknown argument '$arg' (usage: scripts/build-web.sh [--release] [--no-opt])" >&2; exit 2 ;;
    esac
done

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/ai-race/target}"
target=wasm32-unknown-unknown
out=dist/web
step() { printf '\n=== %s\n' "$*"; }

step "rust target $target"
if command -v rustup >/dev/null; then
    installed=$(rustup target list --installed) # not piped into grep -q: SIGPIPE + pipefail
    if ! grep -qx "$target" <<<"$installed"; then
        rustup target add "$target"
    fi
    echo "installed"
else
    echo "rustup not found: assuming the $target standard library is installed" >&2
fi

step "wasm-bindgen-cli"
# The CLI must be exactly the version of the wasm-bindgen crate the game links against.
want=$(awk '
    /^\[\[package\]\]/ { name = "" }
    /^name = /         { name = $3 }
    /^version = / && name == "\"wasm-bindgen\"" { gsub(/"/, "", $3); print $3 }
' Cargo.lock | sort -u)
if [ -z "$want" ]; then
    echo "Cargo.lock has no wasm-bindgen package: the web build needs it (is the 'web' feature defined?)" >&2
    exit 1
fi
if [ "$(printf '%s\n' "$want" | wc -l)" -ne 1 ]; then
    echo "Cargo.lock has several wasm-bindgen versions ($(echo $want)): cannot pick the CLI's" >&2
    exit 1
fi
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
    echo "wasm-bindgen ${have:-not installed}; installing wasm-bindgen-cli $want"
    # Its own target directory, so the install does not touch the game's build.
    # --locked first; if a crate its lock file pins is not in the registry any more (seen:
    # webpki-roots 1.0.11), let cargo pick the newest compatible versions instead.
    CARGO_TARGET_DIR="$CARGO_TARGET_DIR/wasm-bindgen-cli" \
        cargo install wasm-bindgen-cli --version "$want" --locked \
        || CARGO_TARGET_DIR="$CARGO_TARGET_DIR/wasm-bindgen-cli" \
            cargo install wasm-bindgen-cli --version "$want"
    hash -r
fi
wasm-bindgen --version

# --release uses the web-release profile (Cargo.toml: opt-level z, fat LTO, one codegen unit).
if [ "$release" = 1 ]; then profile=web-release; flags=(--profile web-release); else profile=debug; flags=(); fi

step "cargo build ($profile, $target, features: web)"
cargo build --target "$target" "${flags[@]}" --no-default-features --features web
wasm="$CARGO_TARGET_DIR/$target/$profile/ai-race.wasm"
[ -f "$wasm" ] || { echo "the build made no $wasm" >&2; exit 1; }

step "wasm-bindgen -> $out"
rm -rf "$out"
mkdir -p "$out"
wasm-bindgen --target web --no-typescript --out-name ai_race --out-dir "$out" "$wasm"

# wasm-opt: $WASM_OPT if set (e.g. "node node_modules/binaryen/bin/wasm-opt" from npm's
# binaryen), else the one on PATH if it is recent enough. Binaryen before 116 (Debian 12 has
# 108) turns wasm-bindgen's externref table into one the page cannot start
# ("WebAssembly.Table.set(): Argument 1 is invalid"), so it is not used.
wasm_opt="${WASM_OPT:-}"
if [ -z "$wasm_opt" ] && command -v wasm-opt >/dev/null; then
    v=$(wasm-opt --version | grep -o '[0-9]\+' | head -1)
    if [ "${v:-0}" -ge 116 ]; then
        wasm_opt=wasm-opt
    else
        echo "note: wasm-opt $v is too old (before 116 it breaks the page); set WASM_OPT to a newer one, e.g. npm's binaryen" >&2
    fi
fi
if [ "$release" = 1 ] && [ "$opt" = 1 ]; then
    step "wasm-opt -Oz"
    if [ -n "$wasm_opt" ]; then
        # The features rustc enables by default for wasm32 (older binaryen does not read them
        # from the module). On failure the un-optimised wasm is kept: it works, only larger.
        tmp="$out/ai_race_bg.opt.wasm"
        if $wasm_opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
            --enable-mutable-globals --enable-reference-types --enable-multivalue \
            -o "$tmp" "$out/ai_race_bg.wasm"; then
            echo "$(wc -c <"$out/ai_race_bg.wasm") -> $(wc -c <"$tmp") bytes"
            mv "$tmp" "$out/ai_race_bg.wasm"
        else
            rm -f "$tmp"
            echo "note: wasm-opt failed; keeping the un-optimised wasm" >&2
        fi
    else
        echo "note: no usable wasm-opt, the wasm is not size-optimised (npm install binaryen, then WASM_OPT=\"node node_modules/binaryen/bin/wasm-opt\")"
    fi
fi

cp web/index.html "$out/"

rm -f "$out"/*.gz
if [ "$release" = 1 ]; then
    step "precompressed copies for ai-race host --web (each file's .gz beside it)"
    # The class host sends a file's .gz to a browser that takes gzip: thirty students then
    # download the compressed size. Other static servers ignore the .gz files.
    for f in ai_race_bg.wasm ai_race.js index.html; do
        gzip -9kf "$out/$f"
    done
    echo "written"
fi

step "sizes"
for f in ai_race_bg.wasm ai_race.js index.html; do
    raw=$(wc -c <"$out/$f")
    gz=$(gzip -9c "$out/$f" | wc -c)
    awk -v f="$f" -v r="$raw" -v g="$gz" \
        'BEGIN { printf "%-16s %12d bytes (%7.2f MB)   gzip -9: %12d bytes (%7.2f MB)\n", f, r, r / 1e6, g, g / 1e6 }'
done

cat <<EOF

Built $out ($profile). Serve it with any static web server, for example:
    python3 -m http.server -d $out 8000
then open http://127.0.0.1:8000/
EOF
