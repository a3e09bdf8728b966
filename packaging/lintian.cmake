# SPDX-FileCopyrightText: 2026 SG Assist contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs Debian's lintian on the package packaging_deb built and fails on any error or warning:
#   cmake -DLINTIAN=/usr/bin/lintian -DDEB_DIR=build/packaging/deb -P lintian.cmake

cmake_minimum_required(VERSION 3.25)

file(GLOB debs "${DEB_DIR}/*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb in ${DEB_DIR} (packaging_deb builds it), found ${count}")
endif()
# Informational tags are shown too, so the log says what lintian would still like; they do not fail.
execute_process(COMMAND "${LINTIAN}" --fail-on error,warning --display-info --tag-display-limit 0 ${debs}
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
message("${output}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lintian found errors or warnings in ${debs} (exit ${result}):\n${output}${errors}")
endif()
message(STATUS "lintian: no errors or warnings in ${debs}")
