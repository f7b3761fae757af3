#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Promissa developers
#
# Builds what the Qt installer does not carry, against the Qt it installed:
# extra-cmake-modules, KF6 Archive, KF6 SyntaxHighlighting and Poppler (its
# Qt 6 frontend only). A distribution's Poppler or KF6 would link that
# distribution's Qt, and two Qt versions in one process do not work.
#
#   build-deps.sh PREFIX
#
# Needs QT_ROOT_DIR (set by jurplel/install-qt-action), cmake, ninja, git and
# a compiler in the environment; KF_TAG and POPPLER_TAG choose the versions.
# Extra configure options for every project come from DEPS_CMAKE_ARGS (the
# vcpkg toolchain on Windows).
set -euo pipefail

prefix=$1
: "${QT_ROOT_DIR:?QT_ROOT_DIR is not set}"
kf_tag=${KF_TAG:?}
poppler_tag=${POPPLER_TAG:?}
work=${RUNNER_TEMP:-/tmp}/promissa-deps
mkdir -p "$work" "$prefix"
read -r -a extra <<<"${DEPS_CMAKE_ARGS:-}"

build() { # build NAME URL TAG [CMAKE ARGS...]
    local name=$1 url=$2 tag=$3; shift 3
    echo "::group::$name $tag"
    rm -rf "$work/$name"
    git clone --quiet --depth 1 --branch "$tag" "$url" "$work/$name"
    cmake -S "$work/$name" -B "$work/$name/build" -G Ninja \
        -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_INSTALL_PREFIX="$prefix" \
        -DCMAKE_PREFIX_PATH="$prefix;$QT_ROOT_DIR" \
        -DBUILD_TESTING=OFF \
        "${extra[@]}" "$@"
    cmake --build "$work/$name/build"
    cmake --install "$work/$name/build"
    echo "::endgroup::"
}

build extra-cmake-modules https://invent.kde.org/frameworks/extra-cmake-modules.git "$kf_tag" \
    -DBUILD_DOC=OFF
build karchive https://invent.kde.org/frameworks/karchive.git "$kf_tag" \
    -DBUILD_QCH=OFF -DWITH_OPENSSL=OFF
# The syntax definitions are compiled into the library, so nothing else
# needs shipping with it.
build syntax-highlighting https://invent.kde.org/frameworks/syntax-highlighting.git "$kf_tag" \
    -DBUILD_QCH=OFF -DQRC_SYNTAX=ON
build poppler https://gitlab.freedesktop.org/poppler/poppler.git "$poppler_tag" \
    -DENABLE_QT6=ON -DENABLE_QT5=OFF -DENABLE_GLIB=OFF -DENABLE_GOBJECT_INTROSPECTION=OFF \
    -DENABLE_CPP=OFF -DENABLE_UTILS=OFF -DENABLE_BOOST=OFF -DENABLE_NSS3=OFF -DENABLE_GPGME=OFF \
    -DENABLE_LIBCURL=OFF -DENABLE_LIBOPENJPEG=none -DENABLE_LIBTIFF=OFF \
    -DBUILD_GTK_TESTS=OFF -DBUILD_QT5_TESTS=OFF -DBUILD_QT6_TESTS=OFF -DBUILD_CPP_TESTS=OFF \
    -DBUILD_MANUAL_TESTS=OFF
