#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Promissa developers
#
# Tests the Debian package the way a user meets it, and validates the desktop
# integration files.
#
#   packaging/test-deb.sh [--no-build] [--keep]
#
#   --no-build  use the .deb already in build/package instead of building it
#   --keep      leave the test root in place after the run (for a look inside)
#
# Steps: build the package (release preset, CPack DEB, inside the build root
# of packaging/dev.sh); validate the .desktop file, the AppStream metainfo,
# the MIME type and the icons in a tools root; copy a pristine Debian 13 root,
# `apt-get install ./promissa_*.deb` into it, run promissa-cli, start promissa
# under Xvfb and take screenshots, check the MIME type of tracker files, the
# libraries and the dependencies, then `apt-get remove --purge` and check that
# nothing is left behind.
#
# The roots live next to dev.sh's build root (/var/cache/promissa when run as
# root) and are reused:
#   pkgtest-root          debootstrap --variant=minbase trixie, kept pristine
#   pkgtools-root         a copy of it with the validators and converters
#   pkgtest-run           a fresh copy of pkgtest-root for every run
#   pkgtest-apt-archives  the downloaded .debs, so reruns download nothing
# Screenshots and logs go to build/pkgtest/. Needs root (debootstrap, bwrap).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/.." && pwd)

build=1
keep=0
for arg in "$@"; do
    case $arg in
        --no-build) build=0 ;;
        --keep) keep=1 ;;
        *) sed -n '5,12p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
    esac
done

cache_base=${XDG_CACHE_HOME:-}
if [[ -z $cache_base ]]; then
    if [[ $(id -u) -eq 0 ]]; then cache_base=/var/cache; else cache_base=$HOME/.cache; fi
fi
cache=${PROMISSA_PKGTEST_DIR:-$cache_base/promissa}
base=$cache/pkgtest-root
tools=$cache/pkgtools-root
run=$cache/pkgtest-run
archives=$cache/pkgtest-apt-archives
out=$src/build/pkgtest
example=tests/data/kamerbrief-2025-03-04-oekraine.txt
app_id=org.promissa.Promissa

tools_packages=(appstream desktop-file-utils shared-mime-info librsvg2-bin icoutils icnsutils netpbm lintian)

die() { echo "test-deb: error: $*" >&2; exit 1; }
say() { echo "test-deb: $*" >&2; }

passed=0
failed=0
verified=()
check() { # check DESCRIPTION COMMAND... : runs the command, counts and reports
    local what=$1; shift
    if "$@"; then
        passed=$((passed + 1)); verified+=("ok    $what"); echo "ok - $what"
    else
        failed=$((failed + 1)); verified+=("FAIL  $what"); echo "FAIL - $what"
    fi
}

[[ $(id -u) -eq 0 ]] || die "needs root: it creates Debian roots with debootstrap and enters them with bwrap"
command -v bwrap >/dev/null || die "bwrap is missing (apt-get install bubblewrap)"
command -v debootstrap >/dev/null || die "debootstrap is missing (apt-get install debootstrap)"

# Runs a command inside a root, with the checkout read-only at its own path,
# the package folder at /pkg and build/pkgtest at /out.
inroot() {
    local root=$1; shift
    local args=(
        --bind "$root" /
        --proc /proc --dev /dev --tmpfs /dev/shm --tmpfs /tmp
        --ro-bind /etc/resolv.conf /etc/resolv.conf
        --ro-bind "$src" "$src"
        --bind "$out" /out
        --setenv HOME /root --setenv LANG C.UTF-8 --setenv LC_ALL C.UTF-8
        --setenv PATH /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
        --setenv DEBIAN_FRONTEND noninteractive
        --unsetenv DISPLAY --unsetenv WAYLAND_DISPLAY --unsetenv XDG_RUNTIME_DIR
        --die-with-parent
        --chdir /
    )
    [[ -n ${deb_dir:-} ]] && args+=(--ro-bind "$deb_dir" /pkg)
    [[ $root == "$run" ]] && args+=(--bind "$archives" /var/cache/apt/archives)
    bwrap "${args[@]}" "$@"
}

# --- the package ----------------------------------------------------------------

mkdir -p "$out" "$archives/partial"
if ((build)); then
    say "building the release package (log: build/pkgtest/build.log)"
    {
        bash "$src/packaging/dev.sh" shell cmake --preset release -B build/package -DBUILD_TESTING=OFF &&
        bash "$src/packaging/dev.sh" shell nice -n 10 cmake --build build/package -j2 &&
        bash "$src/packaging/dev.sh" shell sh -c 'cd build/package && rm -f promissa_*.deb && cpack -G DEB'
    } >"$out/build.log" 2>&1 || { tail -n 30 "$out/build.log" >&2; die "building the package failed"; }
fi
shopt -s nullglob
debs=("$src"/build/package/promissa_*.deb)
shopt -u nullglob
((${#debs[@]} == 1)) || die "expected one build/package/promissa_*.deb, found ${#debs[@]}"
deb=${debs[0]}
deb_dir=$(dirname "$deb")
deb_name=$(basename "$deb")
say "testing $deb_name"

# --- the roots ------------------------------------------------------------------

apt_root() { # apt inside a root: no privilege drop (bwrap has no _apt user namespace)
    local root=$1; shift
    inroot "$root" apt-get -q -o APT::Sandbox::User=root "$@"
}

if [[ ! -x $base/usr/bin/apt-get ]]; then
    say "creating the pristine Debian 13 root $base (about a minute)"
    rm -rf "$base.partial"
    debootstrap --variant=minbase trixie "$base.partial" >"$cache/pkgtest-debootstrap.log" 2>&1 \
        || die "debootstrap failed; see $cache/pkgtest-debootstrap.log"
    mv "$base.partial" "$base"
fi
# Fresh package lists, at most a day old, so that the test installs what a
# user would get today.
if [[ -z $(find "$base/var/lib/apt/lists" -maxdepth 1 -name '*Packages*' -mtime -1 2>/dev/null | head -n 1) ]]; then
    say "updating the package lists of $base"
    apt_root "$base" update -qq >/dev/null || die "apt-get update failed in $base"
fi

tools_stamp=$(printf '%s\n' "${tools_packages[@]}" | sha256sum | cut -d' ' -f1)
if [[ ! -f $tools/.promissa-stamp || $(cat "$tools/.promissa-stamp") != "$tools_stamp" ]]; then
    say "preparing the tools root $tools"
    if [[ ! -x $tools/usr/bin/apt-get ]]; then
        rm -rf "$tools"
        cp -a "$base" "$tools"
    fi
    apt_root "$tools" update -qq >/dev/null
    apt_root "$tools" install -y -qq --no-install-recommends "${tools_packages[@]}" >"$out/tools-apt.log" 2>&1 \
        || { tail -n 20 "$out/tools-apt.log" >&2; die "installing the tools failed"; }
    echo "$tools_stamp" >"$tools/.promissa-stamp"
fi

# --- the files, validated -------------------------------------------------------

echo "== desktop integration files"
check "desktop-file-validate packaging/$app_id.desktop" \
    inroot "$tools" desktop-file-validate "$src/packaging/$app_id.desktop"
# --no-net: the screenshots are on the forge, which this machine cannot reach.
check "appstreamcli validate packaging/$app_id.metainfo.xml" \
    inroot "$tools" appstreamcli validate --no-net --pedantic --explain "$src/packaging/$app_id.metainfo.xml"
# update-mime-database reads the XML strictly and stops at any error.
check "update-mime-database accepts packaging/mime/promissa.xml" \
    inroot "$tools" sh -c "mkdir -p /tmp/m/mime/packages && cp '$src/packaging/mime/promissa.xml' /tmp/m/mime/packages/ &&
        log=\$(update-mime-database -V /tmp/m/mime 2>&1) && ! printf '%s\n' \"\$log\" | grep -i -e error -e warning &&
        test -f /tmp/m/mime/application/x-promissa-tracker.xml"
# The PNGs and the Windows/macOS icons are committed; they must be renders of
# the committed SVG, not of an older one.
check "the committed PNG icons are renders of the SVG (16 .. 256 px)" \
    inroot "$tools" sh -c "cd '$src/packaging/icons' && for s in 16 22 24 32 48 64 128 256; do
        rsvg-convert -w \$s -h \$s $app_id.svg -o /tmp/\$s.png &&
        pngtopnm hicolor/\${s}x\${s}/$app_id.png >/tmp/a.pnm && pngtopnm /tmp/\$s.png >/tmp/b.pnm &&
        cmp -s /tmp/a.pnm /tmp/b.pnm || { echo \"\$s px differs; run packaging/icons/render.sh\" >&2; exit 1; }; done"
check "the Windows .ico holds 16 .. 256 px" \
    inroot "$tools" sh -c "icotool -l '$src/packaging/windows/promissa.ico' | grep -q 'width=16 ' &&
        icotool -l '$src/packaging/windows/promissa.ico' | grep -q 'width=256 '"
check "the macOS .icns holds 16 .. 512 px" \
    inroot "$tools" sh -c "icns2png -l '$src/packaging/macos/promissa.icns' | grep -q ' 16x16 ' &&
        icns2png -l '$src/packaging/macos/promissa.icns' | grep -q ' 512x512 '"

echo "== the package"
inroot "$tools" dpkg-deb --info "/pkg/$deb_name" >"$out/deb-info.txt"
inroot "$tools" dpkg-deb --contents "/pkg/$deb_name" >"$out/deb-contents.txt"
grep -E '^ (Package|Version|Architecture|Depends|Recommends|Installed-Size):' "$out/deb-info.txt"
expected_files=(
    ./usr/bin/promissa ./usr/bin/promissa-cli
    ./usr/share/applications/$app_id.desktop
    ./usr/share/metainfo/$app_id.metainfo.xml
    ./usr/share/mime/packages/$app_id.xml
    ./usr/share/icons/hicolor/scalable/apps/$app_id.svg
    ./usr/share/doc/promissa/copyright
)
for s in 16 22 24 32 48 64 128 256; do expected_files+=(./usr/share/icons/hicolor/${s}x${s}/apps/$app_id.png); done
contents_ok() {
    local f missing=0
    for f in "${expected_files[@]}"; do
        grep -q " $f\$" "$out/deb-contents.txt" || { echo "missing in the package: $f" >&2; missing=1; }
    done
    return $missing
}
check "the package holds the binaries, desktop file, metainfo, MIME type, icons and copyright (${#expected_files[@]} files)" contents_ok
# Lintian: no error, except the two that need the maintainer's address, which
# only a release build sets (-DPROMISSA_PACKAGE_CONTACT="Name <address>"): the
# Maintainer field, and the changelog whose entries must be signed with it.
lintian_ok() {
    inroot "$tools" lintian --tag-display-limit 0 "/pkg/$deb_name" >"$out/lintian.txt" 2>&1 || true
    cat "$out/lintian.txt" >&2
    ! grep '^E: ' "$out/lintian.txt" | grep -v -e ' malformed-contact ' -e ' no-changelog '
}
check "lintian finds no error but the missing maintainer address (see build/pkgtest/lintian.txt)" lintian_ok
check "the package installs nothing outside /usr" \
    sh -c "! awk '{print \$6}' '$out/deb-contents.txt' | grep -v -e '^\./usr/' -e '^\./\$'"

# --- install, use, remove, in a fresh root --------------------------------------

echo "== install into a fresh Debian 13 root"
rm -rf "$run"
cp -a "$base" "$run"
# The example letter, where the root can read it as a user's file.
mkdir -p "$run/home/user"
cp "$src/$example" "$run/home/user/letter.txt"

install_deb() {
    apt_root "$run" install -y "/pkg/$deb_name" >"$out/install.log" 2>&1 \
        || { tail -n 30 "$out/install.log" >&2; return 1; }
    inroot "$run" dpkg-query -W -f='${Status}\n' promissa | grep -qx 'install ok installed'
}
check "apt-get install ./$deb_name (with its dependencies from Debian 13)" install_deb
grep -E '^(The following NEW packages|[0-9]+ upgraded)' "$out/install.log" | tail -n 1 || true

cli_version() {
    local v
    v=$(inroot "$run" promissa-cli --version) || return 1
    echo "  $v"
    [[ $v == *"$(sed -n 's/^ *Version: //p' "$out/deb-info.txt" | tr -d ' ')"* ]]
}
check "promissa-cli --version prints the package's version" cli_version

cli_analyze() {
    inroot "$run" promissa-cli analyze --format text /home/user/letter.txt >"$out/analyze.txt" 2>&1 \
        || { cat "$out/analyze.txt" >&2; return 1; }
    local line; line=$(grep -m1 -E '^Commitments \([0-9]+\)' "$out/analyze.txt") || return 1
    echo "  $line"
    [[ $line != "Commitments (0)" ]]
}
check "promissa-cli analyze finds the commitments in the example letter" cli_analyze

cli_tracker() {
    inroot "$run" sh -c 'cd /home/user && promissa-cli import --db /home/user/shared.promissa letter.txt &&
        promissa-cli list --db /home/user/shared.promissa' >"$out/cli-tracker.txt" 2>&1 \
        || { cat "$out/cli-tracker.txt" >&2; return 1; }
    # The tracker is kept for the MIME checks below.
    [[ -s $run/home/user/shared.promissa ]]
}
check "promissa-cli imports the letter into a tracker file (SQLite driver present)" cli_tracker

no_missing_libraries() {
    ! inroot "$run" ldd /usr/bin/promissa /usr/bin/promissa-cli | grep -i 'not found'
}
check "ldd: every library of both binaries is installed" no_missing_libraries

desktop_files_installed() {
    [[ -f $run/usr/share/applications/$app_id.desktop &&
       -f $run/usr/share/metainfo/$app_id.metainfo.xml &&
       -f $run/usr/share/icons/hicolor/scalable/apps/$app_id.svg ]] || return 1
    # shared-mime-info (recommended, so apt installs it) ran its trigger.
    [[ -f $run/usr/share/mime/application/x-promissa-tracker.xml ]]
}
check "the desktop file, metainfo and icon are installed and the MIME database knows the type" desktop_files_installed

echo "== a user's tools: X server, file type lookup, dpkg-shlibdeps"
user_tools() {
    apt_root "$run" install -y --no-install-recommends xvfb xauth x11-apps x11-utils libglib2.0-bin desktop-file-utils dpkg-dev >"$out/user-tools.log" 2>&1 \
        || { tail -n 20 "$out/user-tools.log" >&2; return 1; }
}
check "install an X server (xvfb, xwd), gio, desktop-file-utils and dpkg-dev into the test root" user_tools

mime_of() { inroot "$run" gio info -a standard::content-type "$1" | sed -n 's/.*standard::content-type: //p'; }
mime_checks() {
    local t=/home/user/shared.promissa ok=0
    # The same tracker without the extension: only the magic can tell.
    cp "$run$t" "$run/home/user/tracker-without-extension"
    # Somebody else's SQLite database: the application id at offset 68 zeroed.
    cp "$run$t" "$run/home/user/other.sqlite"
    printf '\0\0\0\0' | dd of="$run/home/user/other.sqlite" bs=1 seek=68 conv=notrunc status=none
    local a b c
    a=$(mime_of "$t"); b=$(mime_of /home/user/tracker-without-extension); c=$(mime_of /home/user/other.sqlite)
    echo "  shared.promissa: $a; tracker-without-extension: $b; other.sqlite: $c"
    [[ $a == application/x-promissa-tracker && $b == application/x-promissa-tracker && $c == application/vnd.sqlite3 ]] || ok=1
    return $ok
}
check "MIME: a tracker is application/x-promissa-tracker by name and by magic; other SQLite is not" mime_checks

default_app() {
    # desktop-file-utils (on every desktop) indexes the desktop files when it
    # is installed and again whenever a package adds or removes one.
    local d
    d=$(grep -h '^application/x-promissa-tracker=' "$run/usr/share/applications/mimeinfo.cache") || return 1
    echo "  mimeinfo.cache: $d"
    [[ $d == *"$app_id.desktop"* ]]
}
check "the desktop's MIME index names Promissa for trackers (mimeinfo.cache)" default_app

gui_run() {
    rm -f "$out/promissa-xvfb.xwd" "$out/promissa-grab.png"
    # 1) The app as a user starts it, with a tracker and a letter on the
    #    command line; the screen is grabbed from the X server after a while.
    # 2) The app's own --screenshot through the same X server (xcb plugin).
    inroot "$run" xvfb-run -a -s '-screen 0 1400x900x24' sh -c '
        cd /home/user
        promissa --database /home/user/gui.promissa letter.txt >/out/promissa-gui.log 2>&1 &
        pid=$!
        sleep 12
        kill -0 $pid || { echo "promissa exited early" >&2; exit 1; }
        xwd -root -silent -out /out/promissa-xvfb.xwd || exit 1
        xwininfo -root -children >/out/promissa-windows.txt
        kill $pid; wait $pid 2>/dev/null
        promissa --screenshot /out/promissa-grab.png letter.txt >>/out/promissa-gui.log 2>&1' \
        || { cat "$out/promissa-gui.log" >&2; return 1; }
    inroot "$tools" sh -c 'xwdtopnm /out/promissa-xvfb.xwd 2>/dev/null | pnmtopng >/out/promissa-xvfb.png' || return 1
    rm -f "$out/promissa-xvfb.xwd"
    # A window draws many colours; a black or blank screen has one or two.
    local colours grab_colours
    colours=$(inroot "$tools" sh -c 'pngtopnm /out/promissa-xvfb.png | ppmhist -noheader | wc -l')
    grab_colours=$(inroot "$tools" sh -c 'pngtopnm -mix /out/promissa-grab.png | ppmhist -noheader | wc -l')
    echo "  build/pkgtest/promissa-xvfb.png: $colours colours; build/pkgtest/promissa-grab.png: $grab_colours colours"
    ((colours > 50 && grab_colours > 50))
}
check "promissa starts under Xvfb with a letter; screenshots of the screen and of its own grab" gui_run

# What a double click on a tracker does: the desktop file runs
# `promissa %F` with the tracker's path. The tracker must open as the
# tracker (the letter it holds is listed), not be imported as a letter or
# be answered with the first-run dialog.
open_tracker() {
    inroot "$run" xvfb-run -a -s '-screen 0 1400x900x24' sh -c '
        cd /home/user
        HOME=/home/user/fresh-home promissa /home/user/shared.promissa >/out/promissa-open.log 2>&1 &
        pid=$!
        sleep 10
        kill -0 $pid || { echo "promissa exited early" >&2; exit 1; }
        xwininfo -root -children >/out/promissa-open-windows.txt
        xwd -root -silent | cat >/out/promissa-open.xwd
        kill $pid; wait $pid 2>/dev/null; exit 0' || { cat "$out/promissa-open.log" >&2; return 1; }
    inroot "$tools" sh -c 'xwdtopnm /out/promissa-open.xwd 2>/dev/null | pnmtopng >/out/promissa-open.png'
    rm -f "$out/promissa-open.xwd"
    # Top-level windows with a title: only the main window may be there.
    local titles
    titles=$(sed -n 's/^ *0x[0-9a-f]* "\(.*\)": .*/\1/p' "$out/promissa-open-windows.txt" | grep -v '^Qt Selection Owner for ')
    echo "  windows: $(tr '\n' '|' <<<"$titles")"
    [[ -n $titles ]] && ! grep -v -e '^Promissa$' -e ' — Promissa$' <<<"$titles"
}
check "promissa FILE.promissa (a double click) opens the tracker, with no dialog in the way" open_tracker

shlibdeps_covered() {
    # What dpkg-shlibdeps computes for the installed binaries, checked against
    # the package's Depends: every package named, with a floor at least as
    # high as the computed one.
    local computed depends missing=0 entry name version ours
    computed=$(inroot "$run" sh -c 'mkdir -p /tmp/s/debian && cd /tmp/s && printf "Source: x\n\nPackage: x\nArchitecture: any\n" >debian/control &&
        dpkg-shlibdeps -O /usr/bin/promissa /usr/bin/promissa-cli 2>/dev/null' | sed -n 's/^shlibs:Depends=//p')
    [[ -n $computed ]] || return 1
    depends=$(sed -n 's/^ Depends: //p' "$out/deb-info.txt")
    echo "  dpkg-shlibdeps: $computed"
    while read -r entry; do
        name=${entry%% *}
        version=$(sed -n 's/.*(>= *\([^)]*\)).*/\1/p' <<<"$entry")
        ours=$(tr ',' '\n' <<<"$depends" | sed 's/^ *//' | awk -v n="$name" '$1 == n')
        if [[ -z $ours ]]; then
            echo "  not in Depends: $entry" >&2; missing=1; continue
        fi
        ours=$(sed -n 's/.*(>= *\([^)]*\)).*/\1/p' <<<"$ours")
        if [[ -n $version ]] && ! inroot "$run" dpkg --compare-versions "${ours:-0}" ge "$version"; then
            echo "  Depends has $name (>= ${ours:-any}), the binaries need (>= $version)" >&2; missing=1
        fi
    done < <(tr ',' '\n' <<<"$computed" | sed 's/^ *//; s/ *|.*//')
    return $missing
}
check "Depends names every library package dpkg-shlibdeps finds, with a high enough version" shlibdeps_covered

no_rpath() {
    ! inroot "$run" readelf -d /usr/bin/promissa /usr/bin/promissa-cli | grep -E 'R(UN)?PATH'
}
check "the binaries carry no RPATH or RUNPATH" no_rpath

echo "== remove"
remove_purge() {
    inroot "$run" dpkg-query -L promissa | sort >"$out/installed-files.txt"
    apt_root "$run" remove --purge -y promissa >"$out/remove.log" 2>&1 || { tail -n 20 "$out/remove.log" >&2; return 1; }
    if inroot "$run" dpkg-query -W -f='${Status}\n' promissa 2>/dev/null | grep -q 'ok installed'; then
        echo "  dpkg still lists promissa" >&2; return 1
    fi
    local f left=0
    while read -r f; do
        [[ -n $f && ! -d $run$f && -e $run$f ]] && { echo "  left behind: $f" >&2; left=1; }
    done <"$out/installed-files.txt"
    # The MIME trigger ran again and forgot the type.
    [[ -e $run/usr/share/mime/application/x-promissa-tracker.xml ]] && { echo "  the MIME type is still known" >&2; left=1; }
    grep -q "$app_id" "$run/usr/share/applications/mimeinfo.cache" && { echo "  mimeinfo.cache still names $app_id" >&2; left=1; }
    return $left
}
check "apt-get remove --purge promissa leaves none of its $(inroot "$run" dpkg-query -L promissa | wc -l) paths, no MIME type and no MIME index entry behind" remove_purge
autoremove() {
    apt_root "$run" autoremove --purge -y >"$out/autoremove.log" 2>&1 || { tail -n 20 "$out/autoremove.log" >&2; return 1; }
    grep -E '^[0-9]+ upgraded' "$out/autoremove.log" | sed 's/^/  /'
}
check "apt-get autoremove --purge takes the dependencies away again" autoremove

if ((keep)); then say "the test root stays in $run"; else rm -rf "$run"; fi

echo
echo "== summary ($deb_name)"
printf '%s\n' "${verified[@]}"
echo "Screenshots and logs: build/pkgtest/"
echo "$passed passed, $failed failed"
((failed == 0))
