#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Promissa developers
#
# Promissa's developer entry point: set up a toolchain, build, test, run.
#
#   packaging/dev.sh setup        make the toolchain ready (host or build root)
#   packaging/dev.sh build [PRESET]
#   packaging/dev.sh test  [PRESET]   build, run the suite (default: the asan preset, then
#                                    every fuzz target for a bounded time)
#   packaging/dev.sh run   [FILE...]   the app; headless CLI output without a display
#   packaging/dev.sh screenshot OUT.png [FILE]
#   packaging/dev.sh shell [CMD...]    a shell (or a command) inside the toolchain
#
# Promissa needs Qt >= 6.5 and KF6 SyntaxHighlighting. When the host has them,
# everything runs on the host. Otherwise (Debian 12 has Qt 6.4 and KF5 only)
# the script keeps a Debian 13 "trixie" build root in a cache folder outside
# the checkout and runs every command inside it with bubblewrap; the bind
# mounts vanish when the command ends.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/.." && pwd)

# Everything the build root must contain. Changing this list changes the
# stamp, and the next command installs what is missing.
root_packages=(
    g++ cmake ninja-build pkg-config git ca-certificates
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins qt6-translations-l10n
    libkf6syntaxhighlighting-dev extra-cmake-modules
    fonts-dejavu-core fonts-noto-core xvfb xauth
    libqt6sql6-psql postgresql sqlite3
    libkf6archive-dev libpoppler-qt6-dev poppler-utils
    clang libclang-rt-dev
    ripgrep
)

cache_base=${XDG_CACHE_HOME:-}
if [[ -z $cache_base ]]; then
    if [[ $(id -u) -eq 0 ]]; then cache_base=/var/cache; else cache_base=$HOME/.cache; fi
fi
root=${PROMISSA_BUILD_ROOT:-$cache_base/promissa/trixie-root}
stamp_file=$root/.promissa-stamp

die() { echo "dev.sh: error: $*" >&2; exit 1; }
say() { echo "dev.sh: $*" >&2; }

# --- host or build root -----------------------------------------------------

host_is_enough() {
    [[ ${PROMISSA_FORCE_ROOT:-0} == 1 ]] && return 1
    command -v cmake >/dev/null || return 1
    command -v ninja >/dev/null || return 1
    local qtver=""
    for q in qmake6 qtpaths6 /usr/lib/qt6/bin/qtpaths; do
        if command -v "$q" >/dev/null; then
            qtver=$("$q" -query QT_VERSION 2>/dev/null || true)
            [[ -n $qtver ]] && break
        fi
    done
    [[ -n $qtver ]] || return 1
    # Qt >= 6.5
    local major minor
    IFS=. read -r major minor _ <<<"$qtver"
    (( major > 6 || (major == 6 && minor >= 5) )) || return 1
    # KF6SyntaxHighlighting's CMake package somewhere on the usual prefixes.
    compgen -G "/usr/lib/*/cmake/KF6SyntaxHighlighting" >/dev/null \
        || compgen -G "/usr/lib/cmake/KF6SyntaxHighlighting" >/dev/null \
        || compgen -G "/usr/lib64/cmake/KF6SyntaxHighlighting" >/dev/null \
        || compgen -G "/usr/local/lib*/cmake/KF6SyntaxHighlighting" >/dev/null \
        || return 1
    return 0
}

stamp() { printf '%s\n' "${root_packages[@]}" | sha256sum | cut -d' ' -f1; }

need_root_user() {
    [[ $(id -u) -eq 0 ]] || die "this host lacks Qt >= 6.5 / KF6, and creating the Debian 13 build root needs root (debootstrap, apt-get, bwrap). Run as root, or install Qt >= 6.5 and KF6 SyntaxHighlighting on the host."
}

# Runs a command inside the build root. The checkout is bind-mounted at the
# same path, so build directories and compile_commands.json stay valid.
in_root() {
    local args=(
        --bind "$root" /
        --proc /proc --dev /dev --tmpfs /dev/shm --tmpfs /tmp
        --ro-bind /etc/resolv.conf /etc/resolv.conf
        --bind "$src" "$src"
        --setenv HOME /root --setenv LANG C.UTF-8 --setenv LC_ALL C.UTF-8
        --setenv PATH /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
        --die-with-parent
        --chdir "$src"
    )
    # Pass a display through when there is one.
    if [[ -n ${DISPLAY:-} && -d /tmp/.X11-unix ]]; then
        args+=(--ro-bind /tmp/.X11-unix /tmp/.X11-unix --setenv DISPLAY "$DISPLAY")
        if [[ -n ${XAUTHORITY:-} && -f $XAUTHORITY ]]; then
            args+=(--ro-bind "$XAUTHORITY" /tmp/.promissa-xauth --setenv XAUTHORITY /tmp/.promissa-xauth)
        fi
    fi
    if [[ -n ${WAYLAND_DISPLAY:-} && -n ${XDG_RUNTIME_DIR:-} && -S $XDG_RUNTIME_DIR/$WAYLAND_DISPLAY ]]; then
        args+=(--ro-bind "$XDG_RUNTIME_DIR/$WAYLAND_DISPLAY" "/tmp/$WAYLAND_DISPLAY"
               --setenv XDG_RUNTIME_DIR /tmp --setenv WAYLAND_DISPLAY "$WAYLAND_DISPLAY")
    fi
    [[ -n ${QT_QPA_PLATFORM:-} ]] && args+=(--setenv QT_QPA_PLATFORM "$QT_QPA_PLATFORM")
    [[ -n ${CI:-} ]] && args+=(--setenv CI "$CI")
    bwrap "${args[@]}" "$@"
}

ensure_host_tools() {
    local missing=()
    command -v debootstrap >/dev/null || missing+=(debootstrap)
    command -v bwrap >/dev/null || missing+=(bubblewrap)
    if ((${#missing[@]})); then
        say "installing ${missing[*]} on the host"
        apt-get update -qq || die "apt-get update failed on the host"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
            || die "could not install ${missing[*]} on the host"
    fi
}

setup_root() {
    need_root_user
    ensure_host_tools
    local want; want=$(stamp)
    if [[ -f $stamp_file && $(cat "$stamp_file") == "$want" ]]; then
        return 0
    fi
    # One set-up at a time: commands started meanwhile wait, then find it done.
    mkdir -p "$(dirname "$root")"
    local lock
    exec {lock}>"$(dirname "$root")/setup.lock"
    flock "$lock"
    if [[ -f $stamp_file && $(cat "$stamp_file") == "$want" ]]; then
        exec {lock}>&-
        return 0
    fi
    if [[ ! -x $root/usr/bin/apt-get ]]; then
        say "creating a Debian 13 (trixie) build root in $root (about a minute)"
        rm -rf "$root.partial"
        mkdir -p "$(dirname "$root")"
        debootstrap --variant=minbase trixie "$root.partial" >"$(dirname "$root")/debootstrap.log" 2>&1 \
            || die "debootstrap failed; see $(dirname "$root")/debootstrap.log"
        rm -rf "$root"
        mv "$root.partial" "$root"
    fi
    say "installing the build packages into $root"
    # apt's privilege drop to _apt does not work inside bwrap without a user
    # namespace; the root is ours alone, so let apt stay root.
    in_root env DEBIAN_FRONTEND=noninteractive sh -c '
        set -e
        apt-get -o APT::Sandbox::User=root update -qq
        apt-get -o APT::Sandbox::User=root install -y -qq --no-install-recommends "$@"
        apt-get clean
    ' sh "${root_packages[@]}" >"$(dirname "$root")/apt.log" 2>&1 \
        || { tail -n 30 "$(dirname "$root")/apt.log" >&2; die "apt-get inside the build root failed; see $(dirname "$root")/apt.log"; }
    echo "$want" >"$stamp_file"
    exec {lock}>&-
    say "build root ready"
}

# Runs a command with the chosen toolchain.
tool() {
    if host_is_enough; then
        (cd "$src" && "$@")
    else
        setup_root
        in_root "$@"
    fi
}

# --- commands ---------------------------------------------------------------

cmd_setup() {
    if host_is_enough; then
        say "the host has Qt >= 6.5 and KF6 SyntaxHighlighting: using it"
    else
        setup_root
    fi
}

cmd_build() {
    local preset=${1:-dev}
    tool cmake --preset "$preset"
    tool cmake --build --preset "$preset"
}

cmd_test() {
    # Without a preset, the whole suite runs once under AddressSanitizer,
    # UndefinedBehaviorSanitizer and LeakSanitizer (the asan preset: Debug,
    # -Werror, every test), and then every libFuzzer target for a bounded
    # time on its seed corpus (clang, build/fuzz). A finding fails the run.
    local preset=${1:-asan}
    tool cmake --workflow --preset "$preset"
    if (($# == 0)); then
        if tool sh -c 'command -v clang++' >/dev/null; then
            tool env PROMISSA_IN_ROOT=1 bash tests/fuzz/run.sh "${PROMISSA_FUZZ_SECONDS:-20}"
        else
            say "no clang++ here: the fuzz targets (tests/fuzz) were not run"
        fi
    fi
}

example=tests/data/kamerbrief-2025-03-04-oekraine.txt

have_display() {
    [[ -n ${WAYLAND_DISPLAY:-} ]] && return 0
    [[ -n ${DISPLAY:-} ]] || return 1
    # An X display whose socket we can see.
    local n=${DISPLAY#*:}; n=${n%%.*}
    [[ -S /tmp/.X11-unix/X$n ]]
}

# Builds the dev preset quietly: the log goes to build/dev-build.log and is
# shown only when the build fails.
quiet_build() {
    local log=$src/build/dev-build.log
    mkdir -p "$src/build"
    say "building (log: build/dev-build.log)"
    if ! cmd_build dev >"$log" 2>&1; then
        tail -n 40 "$log" >&2
        die "the build failed; see $log"
    fi
}

cmd_run() {
    quiet_build
    local files=("$@")
    ((${#files[@]})) || files=("$example")
    if have_display; then
        tool build/dev/bin/promissa "${files[@]}"
    else
        # The app's job without a window: read the letters, find their
        # commitments, keep them in a tracker, show the tracker's list. The
        # tracker is a file of its own in build/, never the user's.
        local db=build/run/example.promissa
        say "no display found: doing the same job headless."
        say "promissa-cli analyses the letters into the tracker $db and lists the commitments:"
        mkdir -p "$src/build/run"
        tool build/dev/bin/promissa-cli import --db "$db" "${files[@]}"
        tool build/dev/bin/promissa-cli list --db "$db" --format text
    fi
}

cmd_screenshot() {
    local out=${1:?usage: dev.sh screenshot OUT.png [FILE]}
    local file=${2:-$example}
    quiet_build
    QT_QPA_PLATFORM=offscreen tool build/dev/bin/promissa --screenshot "$out" "$file"
    say "wrote $out"
}

cmd_shell() {
    if (($#)); then tool "$@"; else tool bash -l; fi
}

main() {
    local cmd=${1:-}
    shift || true
    case $cmd in
        setup) cmd_setup "$@" ;;
        build) cmd_build "$@" ;;
        test) cmd_test "$@" ;;
        run) cmd_run "$@" ;;
        screenshot) cmd_screenshot "$@" ;;
        shell) cmd_shell "$@" ;;
        *) sed -n '5,14p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
    esac
}

main "$@"
