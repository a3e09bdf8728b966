#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SG Assist contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks that every C++ source of the project (models, app, ui, tests; not build folders or
# node_modules) is laid out as .clang-format says, naming each place that is not.
#   check-format.sh SOURCE_DIR [CLANG_FORMAT]
# Exits 77, which ctest reports as skipped, when clang-format 14 (Debian's `clang-format`) is not
# installed: other versions lay some constructs out differently.
set -euo pipefail
source_dir=$1
clang_format=${2:-}
if [[ -z "$clang_format" || ! -x "$clang_format" ]]; then
    clang_format=$(command -v clang-format-14 || command -v clang-format || true)
fi
if [[ -z "$clang_format" ]]; then
    echo "clang-format is not installed (apt-get install clang-format): the layout is not checked"
    exit 77
fi
version=$("$clang_format" --version | sed -n 's/.*version \([0-9]*\)\..*/\1/p')
if [[ "$version" != "14" ]]; then
    echo "$clang_format is version ${version:-unknown}; .clang-format is checked with version 14 only"
    exit 77
fi

cd "$source_dir"
mapfile -d '' files < <(find models app ui tests -type d \( -name node_modules -o -name 'build*' \) -prune \
                             -o -type f \( -name '*.cpp' -o -name '*.h' \) -print0 | sort -z)
if ! "$clang_format" --dry-run -Werror "${files[@]}"; then
    echo "Lay these out with: clang-format-14 -i FILE... (the whole tree: see README, Layout and tests)" >&2
    exit 1
fi
echo "${#files[@]} files laid out as .clang-format says"
