# SPDX-FileCopyrightText: 2026 SG Assist contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Text through CMake lists: lists split at ";" and treat "[" and "]" as grouping, so lines of arbitrary
# text travel through them with those three characters encoded.

set(sgassist_semicolon "<sgassist-semicolon>")
set(sgassist_open_bracket "<sgassist-open-bracket>")
set(sgassist_close_bracket "<sgassist-close-bracket>")

macro(sgassist_encode_list_characters variable)
    string(REPLACE ";" "${sgassist_semicolon}" ${variable} "${${variable}}")
    string(REPLACE "[" "${sgassist_open_bracket}" ${variable} "${${variable}}")
    string(REPLACE "]" "${sgassist_close_bracket}" ${variable} "${${variable}}")
endmacro()

macro(sgassist_decode_list_characters variable)
    string(REPLACE "${sgassist_semicolon}" ";" ${variable} "${${variable}}")
    string(REPLACE "${sgassist_open_bracket}" "[" ${variable} "${${variable}}")
    string(REPLACE "${sgassist_close_bracket}" "]" ${variable} "${${variable}}")
endmacro()

# sgassist_split_lines(out text): the lines of text as a list of encoded lines (decode each one).
function(sgassist_split_lines out text)
    sgassist_encode_list_characters(text)
    string(REPLACE "\r" "" text "${text}")
    string(REPLACE "\n" ";" lines "${text}")
    set(${out} "${lines}" PARENT_SCOPE)
endfunction()
